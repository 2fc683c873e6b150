import type { LanguageCode } from '@app/common';
import { ForumEventSource, PublishedEvent, buildPublishedCalendar, forumEventText, forumCalendarUid } from '@app/mail';
import { Forum } from '../forum.entity';
import { ForumStatus } from '../forum.enums';
import { absoluteUrl, publicCalendarPaths } from './public-calendar-links';

export interface PublicCalendarAgency {
  id: string;
  name: string;
  slug: string;
  timeZone: string;
  senderName: string | null;
  senderEmail: string | null;
  /** The agency's brand colour (AA contrast checked when set), for its public pages. */
  primaryColor: string | null;
  /** The languages the agency offers its public (English first), for the pages' language links. */
  enabledLanguages: LanguageCode[];
}

/** A forum as the public sees it: the entity with its venue attached. */
export type PublicForum = Forum & Pick<ForumEventSource, 'venue'>;

export interface PublicIcsOptions {
  publicUrl: string;
  mailDomain: string;
  mailFrom: string;
}

/** Subscribers re-read the feed this often (REFRESH-INTERVAL / X-PUBLISHED-TTL). */
export const PUBLIC_FEED_REFRESH_SECONDS = 60 * 60;

function publishedEvent(agency: PublicCalendarAgency, forum: PublicForum, options: PublicIcsOptions, language: LanguageCode): PublishedEvent {
  const pageUrl = absoluteUrl(options.publicUrl, publicCalendarPaths.forum(agency.slug, forum.id));
  // The labels ("Format:", "Agenda:"…) in the reader's language; the officer's text comes already localised.
  const text = forumEventText(forum, { pageUrl }, language);
  return {
    uid: forumCalendarUid(forum.id, options.mailDomain),
    sequence: forum.sequence,
    start: forum.startsAt,
    end: forum.endsAt,
    timeZone: forum.timeZone,
    stamp: forum.updatedAt,
    created: forum.createdAt,
    ...text,
    url: forum.format !== 'IN_PERSON' && forum.onlineUrl ? forum.onlineUrl : pageUrl,
    cancelled: forum.status === ForumStatus.CANCELLED,
  };
}

/** The agency's calendar feed: one VEVENT per forum, no METHOD (it is a subscription, not a message). */
export function buildPublicFeed(agency: PublicCalendarAgency, forums: PublicForum[], options: PublicIcsOptions, language: LanguageCode = 'en'): string {
  return buildPublishedCalendar({
    name: `${agency.name}: public forums`,
    description: `Upcoming public community forums held by ${agency.name}.`,
    timeZone: agency.timeZone,
    url: absoluteUrl(options.publicUrl, publicCalendarPaths.feed(agency.slug)),
    refreshSeconds: PUBLIC_FEED_REFRESH_SECONDS,
    events: forums.map((forum) => publishedEvent(agency, forum, options, language)),
  });
}

/** One forum to import ("add to calendar"): METHOD:PUBLISH, which RFC 5546 says carries an ORGANIZER. */
export function buildForumDownload(agency: PublicCalendarAgency, forum: PublicForum, options: PublicIcsOptions, language: LanguageCode = 'en'): string {
  return buildPublishedCalendar({
    timeZone: forum.timeZone,
    method: 'PUBLISH',
    events: [
      {
        ...publishedEvent(agency, forum, options, language),
        organizer: { name: agency.senderName ?? agency.name, email: agency.senderEmail ?? options.mailFrom },
      },
    ],
  });
}
