import { InputError, errorText } from '@app/common';
import { AgendaItem, Forum } from './forum.entity';
import { ForumFormat, ForumType, ForumVisibility } from './forum.enums';
import { assertTimeZone, localToInstant } from './local-time';
import type { ForumTranslationGiven } from './forum-translations';

/** Books a forum even though its venue or a host is taken; the reason goes to the audit log. */
export interface ConflictOverride {
  reason: string;
}

/** Everything about a forum except its times. */
export interface ForumDetails {
  title: string;
  type: ForumType;
  description?: string;
  topics?: string[];
  neighbourhood?: string | null;
  format: ForumFormat;
  venueId?: string | null;
  onlineUrl?: string | null;
  capacityOverride?: number | null;
  /** Local wall-clock time in the forum's zone, like `start`. */
  rsvpDeadline?: string | null;
  languages?: string[];
  interpretationLanguages?: string[];
  signLanguage?: boolean;
  accessibilityNotes?: string | null;
  hostIds?: string[];
  visibility?: ForumVisibility;
  agenda?: AgendaItem[];
  /** Title, description, agenda and notes in other enabled languages; given, it replaces every translation. */
  translations?: ForumTranslationGiven[] | null;
}

/** A new forum. `start` and `end` are local wall-clock times in `timeZone`, e.g. `2027-03-14T18:00`. */
export interface NewForum extends ForumDetails {
  start: string;
  end: string;
  timeZone: string;
  conflictOverride?: ConflictOverride | null;
}

/** Changes to anything but the times (those go through a reschedule). */
export type ForumChanges = Partial<ForumDetails> & { conflictOverride?: ConflictOverride | null };

export interface ForumReschedule {
  start: string;
  end: string;
  /** Defaults to the forum's current zone. */
  timeZone?: string | null;
  /** Defaults to the forum's current venue; null moves it off any venue (online only). */
  venueId?: string | null;
  reason?: string | null;
  conflictOverride?: ConflictOverride | null;
}

export interface ForumTimes {
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
}

/** Reads local start/end in a zone; names the field at fault. */
export function parseForumTimes(input: { start: string; end: string; timeZone: string }, prefix = 'input'): ForumTimes {
  assertTimeZone(input.timeZone, `${prefix}.timeZone`);
  const startsAt = localToInstant(input.start, input.timeZone, `${prefix}.start`);
  const endsAt = localToInstant(input.end, input.timeZone, `${prefix}.end`);
  if (endsAt <= startsAt) throw new InputError(`${prefix}.end`, errorText('must be after the start'), 'END_BEFORE_START');
  return { startsAt, endsAt, timeZone: input.timeZone };
}

/** Tags compare case-insensitively; stored trimmed, lower-case, once each. */
export function normaliseTags(tags: string[]): string[] {
  return [...new Set(tags.map((tag) => tag.trim().replace(/\s+/g, ' ').toLowerCase()).filter(Boolean))];
}

type ForumShape = Pick<Forum, 'title' | 'format' | 'venueId' | 'onlineUrl' | 'capacityOverride' | 'rsvpDeadline' | 'endsAt' | 'agenda'>;

/**
 * The rules a forum must satisfy whatever changed (the database checks the same ones;
 * checking here first names the field). `neighbourhoods` are the agency's.
 */
export function assertForumShape(forum: ForumShape & { neighbourhood: string | null }, neighbourhoods: string[], prefix = 'input'): void {
  if (!forum.title.trim()) throw new InputError(`${prefix}.title`, errorText('must not be empty'));
  if (forum.capacityOverride != null && forum.capacityOverride < 0) {
    throw new InputError(`${prefix}.capacityOverride`, errorText('must be zero or more'), 'NEGATIVE_CAPACITY');
  }
  if (forum.format !== ForumFormat.ONLINE && !forum.venueId) {
    throw new InputError(`${prefix}.venueId`, forum.format === ForumFormat.HYBRID ? errorText('a hybrid forum needs a venue') : errorText('an in-person forum needs a venue'), 'VENUE_REQUIRED');
  }
  if (forum.format !== ForumFormat.IN_PERSON && !forum.onlineUrl) {
    throw new InputError(`${prefix}.onlineUrl`, forum.format === ForumFormat.HYBRID ? errorText('a hybrid forum needs a link') : errorText('an online forum needs a link'), 'ONLINE_URL_REQUIRED');
  }
  if (forum.onlineUrl && !/^https?:\/\/\S+$/i.test(forum.onlineUrl)) {
    throw new InputError(`${prefix}.onlineUrl`, errorText('must be an http(s) link'), 'INVALID_URL');
  }
  if (forum.rsvpDeadline && forum.rsvpDeadline > forum.endsAt) {
    throw new InputError(`${prefix}.rsvpDeadline`, errorText('must not be after the end of the forum'), 'RSVP_DEADLINE_AFTER_END');
  }
  if (forum.neighbourhood != null && !neighbourhoods.includes(forum.neighbourhood)) {
    throw new InputError(`${prefix}.neighbourhood`, errorText('must be one of the agency\'s neighbourhoods ({neighbourhoods})', { neighbourhoods: neighbourhoods.join(', ') || errorText('none set') }), 'UNKNOWN_NEIGHBOURHOOD');
  }
  forum.agenda.forEach((item, index) => {
    if (!item.title?.trim()) throw new InputError(`${prefix}.agenda.${index}.title`, errorText('must not be empty'));
    if (item.durationMinutes != null && (!Number.isInteger(item.durationMinutes) || item.durationMinutes <= 0)) {
      throw new InputError(`${prefix}.agenda.${index}.durationMinutes`, errorText('must be a whole number of minutes above zero'));
    }
  });
}

/** Agenda items as stored: only known keys, blanks as null. */
export function normaliseAgenda(items: AgendaItem[]): AgendaItem[] {
  return items.map((item) => ({
    title: item.title.trim(),
    speaker: item.speaker?.trim() || null,
    durationMinutes: item.durationMinutes ?? null,
    notes: item.notes?.trim() || null,
  }));
}
