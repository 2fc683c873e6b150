import type { ConsoleLanguage } from './console-languages';

let shown: ConsoleLanguage = 'en';

/** The language the console shows, so the API answers errors in it too (its Accept-Language). */
export function setShownLanguage(language: ConsoleLanguage): void {
  shown = language;
}

/** Headers that ask the API for the console's language; a staff member's own choice can differ from the browser's. */
export function languageHeaders(): { 'accept-language': string } {
  return { 'accept-language': shown };
}
