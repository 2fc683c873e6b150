import type {
  CreateForumInput,
  ForumFormat,
  ForumFormFieldsFragment,
  ForumType,
  ForumVisibility,
  HostChoiceFieldsFragment,
  UpdateForumInput,
  VenueChoiceFieldsFragment,
} from '../../../graphql/generated/graphql';

export type VenueChoice = VenueChoiceFieldsFragment;
export type HostChoice = Pick<HostChoiceFieldsFragment, 'id' | 'name' | 'role'>;

export const FORUM_TYPES: ForumType[] = [
  'COMMUNITY_FORUM',
  'TOWN_HALL',
  'LISTENING_SESSION',
  'ADVISORY_BOARD',
  'AWARENESS_EVENT',
  'CITIZEN_ACADEMY',
  'SCHOOL_PROGRAM',
  'TASK_FORCE_MEETING',
];
export const FORUM_FORMATS: ForumFormat[] = ['IN_PERSON', 'ONLINE', 'HYBRID'];
export const VISIBILITIES: ForumVisibility[] = ['PUBLIC', 'INVITE_ONLY'];

/** Languages offered as checkboxes (BCP 47); their names come from the browser (Intl.DisplayNames). */
export const COMMON_LANGUAGES = ['en', 'es', 'vi', 'zh', 'ar', 'fr', 'so', 'tl', 'ko', 'ru', 'ht', 'pt', 'hmn', 'am', 'fa', 'uk'];

export interface AgendaRow {
  /** Stable across reordering, for React and for keeping focus on the moved item. */
  key: string;
  title: string;
  speaker: string;
  minutes: string;
  notes: string;
}

/** The forum's text in one other language; agenda items by their row's key, so moving a row keeps its translation. */
export interface TranslationValues {
  title: string;
  description: string;
  accessibilityNotes: string;
  agenda: Record<string, { title: string; notes: string }>;
}

export function emptyTranslation(): TranslationValues {
  return { title: '', description: '', accessibilityNotes: '', agenda: {} };
}

/** What the form holds: text as typed, so nothing is lost or reformatted on an error. */
export interface ForumFormValues {
  type: ForumType | '';
  title: string;
  description: string;
  topics: string;
  neighbourhood: string;
  timeZone: string;
  start: string;
  end: string;
  rsvpDeadline: string;
  format: ForumFormat;
  venue: VenueChoice | null;
  onlineUrl: string;
  capacityOverride: string;
  hosts: HostChoice[];
  languages: string[];
  interpretationLanguages: string[];
  signLanguage: boolean;
  accessibilityNotes: string;
  visibility: ForumVisibility;
  agenda: AgendaRow[];
  /** By language code, for the agency's enabled languages other than English. */
  translations: Record<string, TranslationValues>;
}

/** What the translations part of a form needs: the English texts and their translations. */
export type TranslatableValues = Pick<ForumFormValues, 'title' | 'description' | 'accessibilityNotes' | 'agenda' | 'translations'>;

/** Translations as the API returns them, keyed by language, agenda items by the form's rows. */
export function translationValues(
  list: readonly { language: string; title?: string | null; description?: string | null; accessibilityNotes?: string | null; agenda: readonly { title?: string | null; notes?: string | null }[] }[],
  agenda: readonly AgendaRow[],
): Record<string, TranslationValues> {
  const translations: Record<string, TranslationValues> = {};
  for (const t of list) {
    translations[t.language] = {
      title: t.title ?? '',
      description: t.description ?? '',
      accessibilityNotes: t.accessibilityNotes ?? '',
      agenda: Object.fromEntries(agenda.map((row, i) => [row.key, { title: t.agenda[i]?.title ?? '', notes: t.agenda[i]?.notes ?? '' }])),
    };
  }
  return translations;
}

let nextKey = 0;
export function agendaKey(): string {
  nextKey += 1;
  return `agenda-${nextKey}`;
}

export function emptyAgendaRow(): AgendaRow {
  return { key: agendaKey(), title: '', speaker: '', minutes: '', notes: '' };
}

export function newForumValues(timeZone: string, host: HostChoice | null): ForumFormValues {
  return {
    type: '',
    title: '',
    description: '',
    topics: '',
    neighbourhood: '',
    timeZone,
    start: '',
    end: '',
    rsvpDeadline: '',
    format: 'IN_PERSON',
    venue: null,
    onlineUrl: '',
    capacityOverride: '',
    hosts: host && host.role !== 'ANALYST' ? [host] : [],
    languages: ['en'],
    interpretationLanguages: [],
    signLanguage: false,
    accessibilityNotes: '',
    visibility: 'PUBLIC',
    agenda: [],
    translations: {},
  };
}

export function forumValues(forum: ForumFormFieldsFragment): ForumFormValues {
  const agenda = forum.agenda.map((item) => ({
    key: agendaKey(),
    title: item.title,
    speaker: item.speaker ?? '',
    minutes: item.durationMinutes == null ? '' : String(item.durationMinutes),
    notes: item.notes ?? '',
  }));
  const translations = translationValues(forum.translations, agenda);
  return {
    type: forum.type,
    title: forum.title,
    description: forum.description,
    topics: forum.topics.join(', '),
    neighbourhood: forum.neighbourhood ?? '',
    timeZone: forum.timeZone,
    start: forum.startsAtLocal,
    end: forum.endsAtLocal,
    rsvpDeadline: forum.rsvpDeadlineLocal ?? '',
    format: forum.format,
    venue: forum.venue ?? null,
    onlineUrl: forum.onlineUrl ?? '',
    capacityOverride: forum.capacityOverride == null ? '' : String(forum.capacityOverride),
    hosts: forum.hosts,
    languages: forum.languages,
    interpretationLanguages: forum.interpretationLanguages,
    signLanguage: forum.signLanguage,
    accessibilityNotes: forum.accessibilityNotes ?? '',
    visibility: forum.visibility,
    agenda,
    translations,
  };
}

/** The other languages the form offers: the agency's enabled ones but English (the API refuses others). */
export function translationLanguages(enabled: readonly string[]): string[] {
  return enabled.filter((code) => code !== 'en');
}

/** What a language still lacks: each text the forum has in English with nothing in that language (its readers see English). */
export function missingIn(values: TranslatableValues, language: string): string[] {
  const t = values.translations[language] ?? emptyTranslation();
  const missing: string[] = [];
  const need = (english: string, translated: string | undefined, field: string) => {
    if (english.trim() && !translated?.trim()) missing.push(field);
  };
  need(values.title, t.title, 'title');
  need(values.description, t.description, 'description');
  need(values.accessibilityNotes, t.accessibilityNotes, 'accessibilityNotes');
  values.agenda.forEach((row, i) => {
    need(row.title, t.agenda[row.key]?.title, `agenda.${i}.title`);
    need(row.notes, t.agenda[row.key]?.notes, `agenda.${i}.notes`);
  });
  return missing;
}

const WHOLE = /^\s*-?\d+\s*$/;

/**
 * What the browser can tell before asking the server: numbers that are not whole numbers
 * (the API's Int would refuse them without naming the field) and a missing kind.
 * Keys are the API's field paths, so these show where the API's own messages would.
 */
export function localProblems(values: ForumFormValues, messages: { typeMissing: string; notWholeNumber: string }): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!values.type) problems.type = messages.typeMissing;
  if (values.capacityOverride.trim() && !WHOLE.test(values.capacityOverride)) problems.capacityOverride = messages.notWholeNumber;
  values.agenda.forEach((row, index) => {
    if (row.minutes.trim() && !WHOLE.test(row.minutes)) problems[`agenda.${index}.durationMinutes`] = messages.notWholeNumber;
  });
  return problems;
}

function text(value: string): string | null {
  return value.trim() ? value.trim() : null;
}

function whole(value: string): number | null {
  return value.trim() ? Number.parseInt(value, 10) : null;
}

const needsVenue = (format: ForumFormat) => format !== 'ONLINE';
const needsLink = (format: ForumFormat) => format !== 'IN_PERSON';

/** Every offered language in order (so an error's `translations.N` names the N-th language the form shows). */
export function translationsInput(values: TranslatableValues, languages: readonly string[]) {
  return languages.map((language) => {
    const t = values.translations[language] ?? emptyTranslation();
    return {
      language,
      title: text(t.title),
      description: text(t.description),
      accessibilityNotes: text(t.accessibilityNotes),
      agenda: values.agenda.map((row) => ({ title: text(t.agenda[row.key]?.title ?? ''), notes: text(t.agenda[row.key]?.notes ?? '') })),
    };
  });
}

/** The fields createForum and updateForum share. */
function details(values: ForumFormValues, overrideReason: string | null, languages: readonly string[]) {
  return {
    title: values.title,
    type: values.type as ForumType,
    description: values.description,
    topics: values.topics
      .split(',')
      .map((topic) => topic.trim())
      .filter(Boolean),
    neighbourhood: text(values.neighbourhood),
    format: values.format,
    venueId: needsVenue(values.format) ? (values.venue?.id ?? null) : null,
    onlineUrl: needsLink(values.format) ? text(values.onlineUrl) : null,
    capacityOverride: whole(values.capacityOverride),
    rsvpDeadline: text(values.rsvpDeadline),
    hostIds: values.hosts.map((host) => host.id),
    languages: values.languages.length ? values.languages : ['en'],
    interpretationLanguages: values.interpretationLanguages,
    signLanguage: values.signLanguage,
    accessibilityNotes: text(values.accessibilityNotes),
    visibility: values.visibility,
    agenda: values.agenda.map((row) => ({ title: row.title, speaker: text(row.speaker), durationMinutes: whole(row.minutes), notes: text(row.notes) })),
    translations: translationsInput(values, languages),
    ...(overrideReason ? { conflictOverride: { reason: overrideReason } } : {}),
  };
}

export function createInput(values: ForumFormValues, overrideReason: string | null, languages: readonly string[] = []): CreateForumInput {
  return { ...details(values, overrideReason, languages), timeZone: values.timeZone, start: values.start, end: values.end };
}

export function updateInput(values: ForumFormValues, overrideReason: string | null, languages: readonly string[] = []): UpdateForumInput {
  return details(values, overrideReason, languages);
}

/** Whether the times (or their zone) differ from the saved forum's: those go through rescheduleForum. */
export function timesChanged(values: ForumFormValues, saved: Pick<ForumFormValues, 'start' | 'end' | 'timeZone'>): boolean {
  return values.start !== saved.start || values.end !== saved.end || values.timeZone !== saved.timeZone;
}
