import { SurveyLanguage } from './survey.enums';

/** Text in each language the survey offers, e.g. `{ en: 'Yes', es: 'Sí' }`. */
export type LocalisedText = Partial<Record<SurveyLanguage, string>>;

/** The text in `language`, falling back to any language the text has. */
export function textIn(text: LocalisedText | null | undefined, language: SurveyLanguage): string {
  if (!text) return '';
  return text[language] ?? text.en ?? text.es ?? '';
}

/** Keeps only the known languages and drops empty strings. */
export function cleanLocalised(text: LocalisedText | null | undefined): LocalisedText {
  const out: LocalisedText = {};
  if (text?.en !== undefined && text.en !== null && text.en.trim() !== '') out.en = text.en;
  if (text?.es !== undefined && text.es !== null && text.es.trim() !== '') out.es = text.es;
  return out;
}
