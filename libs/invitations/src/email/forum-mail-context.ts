import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DateTime } from 'luxon';
import { NotFoundError } from '@app/common';
import { AgenciesService } from '@app/agencies';
import type { Agency } from '@app/agencies';
import { ForumLookupService } from '@app/forums';
import type { Forum, Venue } from '@app/forums';
import { accessibilityFeatureLabel, languageName } from '@app/mail';
import type { CalendarInviteFor } from '@app/mail';

/** Everything about a forum that its emails show, rendered once per mailing. */
export interface ForumMailContext {
  forum: Forum;
  venue: Venue | null;
  agency: Agency;
  /** The `forum` object the templates read. */
  details: ForumDetails;
  /** Calendar events prepared for this mailing (see InvitationMailComposer). */
  calendars?: Map<'REQUEST' | 'CANCEL', CalendarInviteFor>;
}

export interface ForumDetails {
  title: string;
  typeLabel: string;
  description: string | null;
  when: string;
  venue: { name: string; address: string; accessibility: string[] } | null;
  onlineUrl: string | null;
  languages: string;
  interpretation: string | null;
  signLanguage: boolean;
  accessibilityNotes: string | null;
  rsvpDeadline: string | null;
  agenda: { number: number; title: string; speaker: string | null; minutes: number | null }[];
}

/** A moment in the forum's own zone, e.g. "Tuesday 15 December 2026, 18:00 CST". */
export function formatInZone(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toFormat("cccc d LLLL yyyy, HH:mm ZZZZ");
}

/** Start and end in the forum's own zone: "Tuesday 15 December 2026, 18:00–20:00 CST". */
export function formatForumTime(startsAt: Date, endsAt: Date, zone: string): string {
  const start = DateTime.fromJSDate(startsAt, { zone });
  const end = DateTime.fromJSDate(endsAt, { zone });
  if (start.hasSame(end, 'day')) return `${start.toFormat('cccc d LLLL yyyy, HH:mm')}–${end.toFormat('HH:mm ZZZZ')}`;
  return `${start.toFormat('cccc d LLLL yyyy, HH:mm')} – ${end.toFormat('cccc d LLLL yyyy, HH:mm ZZZZ')}`;
}

function typeLabel(type: string): string {
  const words = type.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Loads what a forum's emails show: the forum, its venue and its agency, in the caller's transaction. */
@Injectable()
export class ForumMailContexts {
  constructor(
    private readonly forums: ForumLookupService,
    private readonly agencies: AgenciesService,
  ) {}

  /** Loads a forum (in the actor's agency) with its venue and agency, ready for templates. */
  async load(manager: EntityManager, agencyId: string, forumId: string): Promise<ForumMailContext> {
    const forum = await this.forums.find(manager, forumId, agencyId);
    if (!forum) throw new NotFoundError('Forum', forumId);
    return this.of(manager, forum);
  }

  async of(manager: EntityManager, forum: Forum): Promise<ForumMailContext> {
    const [venue, agency] = await Promise.all([
      forum.venueId ? this.forums.venue(manager, forum.venueId) : Promise.resolve(null),
      this.agencies.get(forum.agencyId, manager),
    ]);
    return { forum, venue, agency, details: forumDetails(forum, venue) };
  }
}

function forumDetails(forum: Forum, venue: Venue | null): ForumDetails {
  return {
    title: forum.title,
    typeLabel: typeLabel(forum.type),
    description: forum.description || null,
    when: formatForumTime(forum.startsAt, forum.endsAt, forum.timeZone),
    venue: venue
      ? { name: venue.name, address: venue.address, accessibility: venue.accessibilityFeatures.map((f) => accessibilityFeatureLabel(f).toLowerCase()) }
      : null,
    onlineUrl: forum.onlineUrl,
    languages: forum.languages.map(languageName).join(', ') || 'English',
    interpretation: forum.interpretationLanguages.length ? forum.interpretationLanguages.map(languageName).join(', ') : null,
    signLanguage: forum.signLanguage,
    accessibilityNotes: forum.accessibilityNotes,
    rsvpDeadline: forum.rsvpDeadline ? formatInZone(forum.rsvpDeadline, forum.timeZone) : null,
    agenda: forum.agenda.map((item, i) => ({
      number: i + 1,
      title: item.title,
      speaker: item.speaker ?? null,
      minutes: item.durationMinutes ?? null,
    })),
  };
}
