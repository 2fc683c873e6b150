import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { NotFoundError } from '@app/common';
import type { LanguageCode } from '@app/common';
import { formatDateTime, formatTimeRange, languageNameIn, translate } from '@app/i18n';
import { AgenciesService } from '@app/agencies';
import type { Agency } from '@app/agencies';
import { ForumLookupService, forumContentIn } from '@app/forums';
import type { Forum, Venue } from '@app/forums';
import type { CalendarInviteFor } from '@app/mail';

/** Everything about a forum that its emails show, rendered once per mailing. */
export interface ForumMailContext {
  forum: Forum;
  venue: Venue | null;
  agency: Agency;
  /** The `forum` object the templates read, in English (`forumDetailsIn` gives other languages). */
  details: ForumDetails;
  /** Details already rendered for this mailing, by language. */
  localized?: Map<LanguageCode, ForumDetails>;
  /** Calendar events prepared for this mailing (see InvitationMailComposer). */
  calendars?: Map<`${'REQUEST' | 'CANCEL'}:${LanguageCode}`, CalendarInviteFor>;
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
  agenda: { number: number; title: string; speaker: string | null; minutes: number | null; language: LanguageCode }[];
  /** The language the title, description and notes are really in (English where a translation is missing), for `lang` marks. */
  textLanguages: { title: LanguageCode; description: LanguageCode; accessibilityNotes: LanguageCode };
}

/** A moment in the forum's own zone, in the reader's language: "Tuesday, December 15, 2026 at 6:00 PM CST". */
export function formatInZone(instant: Date, zone: string, language: LanguageCode = 'en'): string {
  return formatDateTime(instant, zone, language);
}

/** Start and end in the forum's own zone, in the reader's language: "Tuesday, December 15, 2026, 6:00–8:00 PM CST". */
export function formatForumTime(startsAt: Date, endsAt: Date, zone: string, language: LanguageCode = 'en'): string {
  return formatTimeRange(startsAt, endsAt, zone, language);
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
    return { forum, venue, agency, details: forumDetails(forum, venue, 'en') };
  }
}

/** The forum as a reader of `language` sees it (rendered once per language per mailing). */
export function forumDetailsIn(context: ForumMailContext, language: LanguageCode): ForumDetails {
  if (language === 'en') return context.details;
  const cache = (context.localized ??= new Map());
  let details = cache.get(language);
  if (!details) {
    details = forumDetails(context.forum, context.venue, language);
    cache.set(language, details);
  }
  return details;
}

/** A label from the catalog for an enum value, the value itself for one the catalog does not know. */
function label(language: LanguageCode, prefix: 'forum.type' | 'forum.feature', value: string): string {
  try {
    return translate(language, `${prefix}.${value}` as never);
  } catch {
    return value;
  }
}

function forumDetails(forum: Forum, venue: Venue | null, language: LanguageCode): ForumDetails {
  const names = (tags: string[]) => tags.map((tag) => languageNameIn(tag, language)).join(', ');
  // Title, description, agenda and notes in the reader's language where the officer gave them, else in English.
  const content = forumContentIn(forum, language);
  return {
    title: content.title,
    typeLabel: label(language, 'forum.type', forum.type),
    description: content.description || null,
    when: formatForumTime(forum.startsAt, forum.endsAt, forum.timeZone, language),
    venue: venue
      ? {
          name: venue.name,
          address: venue.address,
          accessibility: venue.accessibilityFeatures.map((f) => label(language, 'forum.feature', f).toLocaleLowerCase(language === 'zh-Hans' ? 'zh' : language)),
        }
      : null,
    onlineUrl: forum.onlineUrl,
    languages: names(forum.languages) || languageNameIn('en', language),
    interpretation: forum.interpretationLanguages.length ? names(forum.interpretationLanguages) : null,
    signLanguage: forum.signLanguage,
    accessibilityNotes: content.accessibilityNotes,
    rsvpDeadline: forum.rsvpDeadline ? formatInZone(forum.rsvpDeadline, forum.timeZone, language) : null,
    agenda: content.agenda.map((item, i) => ({
      number: i + 1,
      title: item.title,
      speaker: item.speaker ?? null,
      minutes: item.durationMinutes ?? null,
      language: content.agendaLanguages[i],
    })),
    textLanguages: { title: content.titleLanguage, description: content.descriptionLanguage, accessibilityNotes: content.accessibilityNotesLanguage },
  };
}
