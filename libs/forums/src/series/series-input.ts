import { InputError, LANGUAGE_CODES, errorText } from '@app/common';
import type { LanguageCode } from '@app/common';
import { ConflictOverride, ForumDetails, NewForum, normaliseAgenda, normaliseTags } from '../forum-input';
import { ForumVisibility } from '../forum.enums';
import { cleanForumTranslations, forumTranslationList } from '../forum-translations';
import type { ForumTranslationGiven, ForumTranslations } from '../forum-translations';
import { ForumSeries, SeriesTemplate } from './forum-series.entity';
import { DEFAULT_HORIZON_DAYS, MAX_HORIZON_DAYS, Occurrence } from './occurrences';

/** The forum fields of a series: everything createForum takes except times (and the RSVP deadline, a time). */
export type SeriesDetails = Omit<ForumDetails, 'rsvpDeadline'>;

/** A new series. */
export interface NewForumSeries extends SeriesDetails {
  /** RFC 5545 RRULE without DTSTART, at most daily, e.g. `FREQ=MONTHLY;BYDAY=2TU`; UNTIL is a local date. */
  recurrenceRule: string;
  timeZone: string;
  /** First local date the rule is evaluated from, `YYYY-MM-DD`. */
  startDate: string;
  /** Local start time of every occurrence, `HH:mm`. */
  startTime: string;
  durationMinutes: number;
  /** How far ahead occurrences exist as forums; default 180, at most 730. */
  horizonDays?: number | null;
  /** Occurrences are created PUBLISHED when true, DRAFT otherwise (the default). */
  publishOccurrences?: boolean | null;
  /** Books occurrences that collide with other forums anyway; only those get the override. */
  conflictOverride?: ConflictOverride | null;
}

/** Whole-series changes that are not about time (applied to upcoming occurrences not edited on their own). */
export type ForumSeriesChanges = Partial<SeriesDetails> & {
  horizonDays?: number | null;
  publishOccurrences?: boolean | null;
  conflictOverride?: ConflictOverride | null;
};

/** "This and following": new timing and/or details from one occurrence on. */
export type ForumSeriesSplit = Partial<SeriesDetails> & {
  recurrenceRule?: string | null;
  timeZone?: string | null;
  startTime?: string | null;
  durationMinutes?: number | null;
  conflictOverride?: ConflictOverride | null;
  reason?: string | null;
};

export function assertHorizon(days: number | null | undefined, field = 'input.horizonDays'): number {
  const horizon = days ?? DEFAULT_HORIZON_DAYS;
  if (!Number.isInteger(horizon) || horizon < 1 || horizon > MAX_HORIZON_DAYS) {
    throw new InputError(field, errorText('must be a whole number of days from 1 to {max}', { max: MAX_HORIZON_DAYS }), 'INVALID_HORIZON');
  }
  return horizon;
}

/** The stored template, normalised as a forum's fields are. */
export function buildTemplate(input: SeriesDetails): SeriesTemplate {
  return {
    title: input.title.trim(),
    type: input.type,
    description: input.description?.trim() ?? '',
    topics: normaliseTags(input.topics ?? []),
    neighbourhood: input.neighbourhood?.trim() || null,
    format: input.format,
    onlineUrl: input.onlineUrl?.trim() || null,
    capacityOverride: input.capacityOverride ?? null,
    languages: normaliseTags(input.languages ?? ['en']),
    interpretationLanguages: normaliseTags(input.interpretationLanguages ?? []),
    signLanguage: input.signLanguage ?? false,
    accessibilityNotes: input.accessibilityNotes?.trim() || null,
    hostIds: [...new Set(input.hostIds ?? [])],
    visibility: input.visibility ?? ForumVisibility.PUBLIC,
    agenda: normaliseAgenda(input.agenda ?? []),
    // Shape only here; whether the agency has each language enabled is checked by the service.
    translations: cleanForumTranslations(input.translations, LANGUAGE_CODES),
  };
}

/**
 * Stored translations as forums take them, keeping only languages the agency still has enabled
 * (a language switched off since the series was made must not stop its occurrences).
 */
export function translationsFor(translations: ForumTranslations | null | undefined, enabled: readonly LanguageCode[]): ForumTranslationGiven[] {
  return forumTranslationList(translations).filter((t) => enabled.includes(t.language));
}

/** The details given in a change, as a template patch (absent keys are left alone). */
export function templatePatch(changes: Partial<SeriesDetails>): Partial<SeriesTemplate> {
  const keys = Object.keys(buildTemplate({ title: '', type: undefined as never, format: undefined as never })) as (keyof SeriesTemplate)[];
  const patch: Partial<SeriesTemplate> = {};
  for (const key of keys) {
    if (changes[key as keyof SeriesDetails] === undefined) continue;
    (patch as Record<string, unknown>)[key] = buildTemplate({ title: '', type: undefined as never, format: undefined as never, ...changes } as SeriesDetails)[key];
  }
  return patch;
}

/** What createForum would be given for one occurrence of a series. */
export function occurrenceInput(series: ForumSeries, occurrence: Occurrence, enabled: readonly LanguageCode[], conflictOverride: ConflictOverride | null = null): NewForum {
  return {
    ...series.template,
    translations: translationsFor(series.template.translations, enabled),
    venueId: series.venueId,
    start: occurrence.start,
    end: occurrence.end,
    timeZone: series.timeZone,
    conflictOverride,
  };
}
