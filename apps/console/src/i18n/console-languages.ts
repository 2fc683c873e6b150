/**
 * The languages the console is translated into: English is the source (each message's
 * defaultMessage), the others are catalogs in `./catalogs/<code>.json`, loaded on demand so a
 * browser downloads only the one it shows.
 */
export const CONSOLE_LANGUAGES = ['en', 'es', 'vi', 'zh-Hans', 'tl', 'ko', 'ar'] as const;
export type ConsoleLanguage = (typeof CONSOLE_LANGUAGES)[number];

const RIGHT_TO_LEFT: ReadonlySet<string> = new Set(['ar']);

export function directionOf(language: string): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(language) ? 'rtl' : 'ltr';
}

export function isConsoleLanguage(code: string | null | undefined): code is ConsoleLanguage {
  return !!code && (CONSOLE_LANGUAGES as readonly string[]).includes(code);
}

/**
 * The first of the browser's languages the console has: an exact code first, then its base
 * language (`es-MX` → `es`; any Chinese reads the Simplified catalog); English otherwise.
 */
export function browserLanguage(preferred: readonly string[] = navigator.languages ?? [navigator.language]): ConsoleLanguage {
  for (const tag of preferred) {
    if (isConsoleLanguage(tag)) return tag;
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'zh') return 'zh-Hans';
    if (base === 'fil') return 'tl';
    const match = CONSOLE_LANGUAGES.find((code) => code.toLowerCase() === base);
    if (match) return match;
  }
  return 'en';
}

type Catalog = Record<string, string>;
const catalogs = import.meta.glob<{ default: Catalog & { _meta?: unknown } }>('./catalogs/*.json');

/** The messages for `language` (none for English: the defaultMessages are English). */
export async function loadMessages(language: ConsoleLanguage): Promise<Catalog> {
  if (language === 'en') return {};
  const load = catalogs[`./catalogs/${language}.json`];
  if (!load) return {};
  const { _meta, ...messages } = (await load()).default;
  void _meta;
  return messages as Catalog;
}
