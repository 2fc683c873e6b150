import { errorText } from '../errors/error-text';
import { InputError } from '../errors/domain-error';
import { LANGUAGES, LanguageCode, isLanguageCode } from './languages';

/** Text in each language the content offers (a survey's, a forum's), e.g. `{ en: 'Yes', es: 'Sí', vi: 'Có' }`. */
export type LocalisedText = Partial<Record<LanguageCode, string>>;

/**
 * Localised text as the API takes it: `en` and `es` as fields (as before), and any shipped
 * language as `{ language, text }` entries (GraphQL names cannot hold `zh-Hans`).
 */
export type LocalisedTextGiven = LocalisedText & { translations?: { language: string; text?: string | null }[] | null };

/** The text in `language`, falling back to English, then to any language the text has. */
export function textIn(text: LocalisedText | null | undefined, language: LanguageCode): string {
  return textWithLanguage(text, language).text;
}

/** The text in `language` and the language it is really in (English or another when `language` lacks it). */
export function textWithLanguage(text: LocalisedText | null | undefined, language: LanguageCode): { text: string; language: LanguageCode } {
  if (text?.[language]) return { text: text[language]!, language };
  if (text?.en) return { text: text.en, language: 'en' };
  const other = Object.entries(text ?? {}).find(([, value]) => value) as [LanguageCode, string] | undefined;
  return other ? { text: other[1], language: other[0] } : { text: '', language };
}

/** Whether the text has something in `language`. */
export function hasText(text: LocalisedText | null | undefined, language: LanguageCode): boolean {
  return Boolean(text?.[language]?.trim());
}

/**
 * Keeps only shipped languages with text (entries in `translations` win over the `en`/`es`
 * fields); an unknown language code is BAD_USER_INPUT naming the code and its field.
 */
export function cleanLocalised(given: LocalisedTextGiven | null | undefined, field = 'input'): LocalisedText {
  const out: LocalisedText = {};
  if (!given) return out;
  const put = (language: LanguageCode, value: string | null | undefined) => {
    if (value !== undefined && value !== null && value.trim() !== '') out[language] = value;
    else delete out[language];
  };
  for (const [key, value] of Object.entries(given)) {
    if (key !== 'translations' && isLanguageCode(key) && (typeof value === 'string' || value === null)) put(key, value);
  }
  (given.translations ?? []).forEach((entry, i) => {
    if (!isLanguageCode(entry.language)) throw unknownLanguage(entry.language, `${field}.translations.${i}.language`);
    put(entry.language, entry.text);
  });
  return out;
}

/** BAD_USER_INPUT naming a language code Liaison does not ship. */
export function unknownLanguage(code: string, field: string): InputError {
  return new InputError(field, errorText('"{code}" is not a language Liaison offers; use one of {codes}', { code, codes: Object.keys(LANGUAGES).join(', ') }), 'UNKNOWN_LANGUAGE');
}

/** `[{ language, text }]` for every language the text has, in Liaison's order (for the API). */
export function translationsOf(text: LocalisedText | null | undefined): { language: LanguageCode; text: string }[] {
  return (Object.keys(LANGUAGES) as LanguageCode[]).filter((language) => text?.[language]).map((language) => ({ language, text: text![language]! }));
}
