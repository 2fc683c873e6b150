import { InputError, LANGUAGES, LANGUAGE_CODES, isLanguageCode, unknownLanguage, errorText } from '@app/common';
import type { LanguageCode } from '@app/common';
import type { AgendaItem, ForumTranslation, ForumTranslations } from './forum.entity';

export type { ForumTranslation, ForumTranslations };

/** A translation as the API takes it. */
export interface ForumTranslationGiven extends ForumTranslation {
  language: string;
}

/** What readers of one language see of a forum's own text. */
export interface ForumContent {
  title: string;
  description: string;
  accessibilityNotes: string | null;
  agenda: AgendaItem[];
  /** The languages each text is really in: `en` where the translation is missing. */
  titleLanguage: LanguageCode;
  descriptionLanguage: LanguageCode;
  accessibilityNotesLanguage: LanguageCode;
  /** By position: the language each agenda item's title is in. */
  agendaLanguages: LanguageCode[];
  /** Some text the forum has in English is shown in English to this reader. */
  fellBack: boolean;
}

/** A text of a forum lacking one of the agency's enabled languages. */
export interface ForumMissingTranslation {
  language: LanguageCode;
  /** As in the input: title, description, accessibilityNotes, agenda.1.title, agenda.1.notes. */
  field: string;
  message: string;
}

type ForumText = { title: string; description: string; accessibilityNotes: string | null; agenda: AgendaItem[]; translations?: ForumTranslations | null };

const blank = (value: string | null | undefined): boolean => !value?.trim();
const clean = (value: string | null | undefined): string | null => value?.trim() || null;

/**
 * Translations as stored: shipped languages other than English, blanks dropped, a language given
 * twice keeps the last. An unknown code, English (the forum's own fields) or a language the agency
 * has not enabled is BAD_USER_INPUT naming the code and its field.
 */
export function cleanForumTranslations(given: ForumTranslationGiven[] | null | undefined, enabled: readonly LanguageCode[], prefix = 'input'): ForumTranslations {
  const out: ForumTranslations = {};
  (given ?? []).forEach((entry, i) => {
    const field = `${prefix}.translations.${i}.language`;
    if (!isLanguageCode(entry.language)) throw unknownLanguage(entry.language, field);
    if (entry.language === 'en') throw new InputError(field, errorText('English is the forum\'s own title, description, agenda and notes; give translations for other languages'), 'ENGLISH_TRANSLATION');
    if (!enabled.includes(entry.language)) {
      throw new InputError(field, errorText('"{language}" ({englishName}) is not one of the agency\'s enabled languages ({enabled})', { language: entry.language, englishName: LANGUAGES[entry.language].englishName, enabled: enabled.join(', ') }), 'LANGUAGE_NOT_ENABLED');
    }
    const agenda = (entry.agenda ?? []).map((item) => ({ title: clean(item?.title), notes: clean(item?.notes) }));
    while (agenda.length && !agenda[agenda.length - 1].title && !agenda[agenda.length - 1].notes) agenda.pop();
    const translation: ForumTranslation = {
      ...(clean(entry.title) ? { title: clean(entry.title) } : {}),
      ...(clean(entry.description) ? { description: clean(entry.description) } : {}),
      ...(clean(entry.accessibilityNotes) ? { accessibilityNotes: clean(entry.accessibilityNotes) } : {}),
      ...(agenda.length ? { agenda } : {}),
    };
    if (Object.keys(translation).length) out[entry.language] = translation;
    else delete out[entry.language];
  });
  return out;
}

/** The forum's text for a reader of `language`: each text in that language where given, else in English. */
export function forumContentIn(forum: ForumText, language: LanguageCode): ForumContent {
  const tr = language === 'en' ? undefined : forum.translations?.[language];
  let fellBack = false;
  const pick = (translated: string | null | undefined, english: string | null): { text: string | null; language: LanguageCode } => {
    if (!blank(translated)) return { text: translated!, language };
    if (language !== 'en' && !blank(english)) fellBack = true;
    return { text: english, language: 'en' };
  };
  const title = pick(tr?.title, forum.title);
  const description = pick(tr?.description, forum.description);
  const notes = pick(tr?.accessibilityNotes, forum.accessibilityNotes);
  const agendaLanguages: LanguageCode[] = [];
  const agenda = forum.agenda.map((item, i) => {
    const itemTitle = pick(tr?.agenda?.[i]?.title, item.title);
    agendaLanguages.push(itemTitle.language);
    return { ...item, title: itemTitle.text ?? item.title, notes: pick(tr?.agenda?.[i]?.notes, item.notes ?? null).text };
  });
  return {
    title: title.text ?? forum.title,
    description: description.text ?? '',
    accessibilityNotes: notes.text,
    agenda,
    titleLanguage: title.language,
    descriptionLanguage: description.language,
    accessibilityNotesLanguage: notes.language,
    agendaLanguages,
    fellBack,
  };
}

/** Every text the forum has in English but lacks in one of `languages` (English itself is never missing). */
export function missingForumTranslations(forum: ForumText, languages: readonly LanguageCode[]): ForumMissingTranslation[] {
  const out: ForumMissingTranslation[] = [];
  for (const language of LANGUAGE_CODES.filter((code) => code !== 'en' && languages.includes(code))) {
    const tr = forum.translations?.[language];
    const name = LANGUAGES[language].englishName;
    const need = (english: string | null | undefined, translated: string | null | undefined, field: string, what: string) => {
      if (!blank(english) && blank(translated)) out.push({ language, field, message: `${what} has no ${name} text` });
    };
    need(forum.title, tr?.title, 'title', 'The title');
    need(forum.description, tr?.description, 'description', 'The description');
    need(forum.accessibilityNotes, tr?.accessibilityNotes, 'accessibilityNotes', 'The accessibility notes');
    forum.agenda.forEach((item, i) => {
      need(item.title, tr?.agenda?.[i]?.title, `agenda.${i}.title`, `Agenda item ${i + 1}`);
      need(item.notes, tr?.agenda?.[i]?.notes, `agenda.${i}.notes`, `Agenda item ${i + 1}'s notes`);
    });
  }
  return out;
}

/** The translations as a list in Liaison's language order (for the API). */
export function forumTranslationList(translations: ForumTranslations | null | undefined): (ForumTranslation & { language: LanguageCode })[] {
  return LANGUAGE_CODES.filter((code) => translations?.[code]).map((language) => ({ language, ...translations![language]! }));
}
