import { IntlMessageFormat } from 'intl-messageformat';
import { DEFAULT_LANGUAGE, LANGUAGES, LanguageCode, matchLanguage } from '@app/common';
import en from './catalogs/en.json';
import es from './catalogs/es.json';
import vi from './catalogs/vi.json';
import zhHans from './catalogs/zh-Hans.json';
import tl from './catalogs/tl.json';
import ko from './catalogs/ko.json';
import ar from './catalogs/ar.json';

/** A catalog file: `_meta` says who wrote it and whether a person has reviewed it; every other entry is an ICU message. */
export interface CatalogFile {
  _meta: { language: string; status: 'reviewed' | 'machine-drafted'; note?: string };
  [key: string]: unknown;
}

/** Every message key, as the English catalog (the reference) has them. */
export type MessageKey = Exclude<keyof typeof en, '_meta'>;

export type MessageValues = Record<string, string | number | null | undefined>;

export const CATALOG_FILES: Record<LanguageCode, CatalogFile> = {
  en: en as CatalogFile,
  es: es as CatalogFile,
  vi: vi as CatalogFile,
  'zh-Hans': zhHans as CatalogFile,
  tl: tl as CatalogFile,
  ko: ko as CatalogFile,
  ar: ar as CatalogFile,
};

/**
 * The locale `Intl` formats with for each shipped language: the reader's language in the
 * agency's region (Liaison's agencies are in the United States), so English reads "6:30 PM".
 */
const INTL_LOCALES: Record<LanguageCode, string> = {
  en: 'en-US',
  es: 'es-US',
  vi: 'vi-VN',
  'zh-Hans': 'zh-Hans-CN',
  tl: 'fil-PH',
  ko: 'ko-KR',
  ar: 'ar',
};

export function intlLocale(language: LanguageCode): string {
  return INTL_LOCALES[language];
}

/** The shipped language for a stored preference or a link's `?lang=`; English when it is none of ours. */
export function languageOf(tag: string | null | undefined): LanguageCode {
  return matchLanguage(tag) ?? DEFAULT_LANGUAGE;
}

/** The best shipped language for an Accept-Language header (by q-value, then order); null when none matches. */
export function languageFromAcceptHeader(header: string | null | undefined): LanguageCode | null {
  const ranked = (header ?? '')
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean);
      return { tag: tag.trim(), q: q ? Number(q[1]) : 1, index };
    })
    .filter((entry) => entry.tag && entry.tag !== '*' && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const entry of ranked) {
    const language = matchLanguage(entry.tag);
    if (language) return language;
  }
  return null;
}

const compiled = new Map<string, IntlMessageFormat>();

function message(language: LanguageCode, key: string): { text: string; language: LanguageCode } {
  const own = CATALOG_FILES[language][key];
  if (typeof own === 'string') return { text: own, language };
  const english = CATALOG_FILES.en[key];
  if (typeof english !== 'string') throw new Error(`No message "${key}" in the English catalog`);
  return { text: english, language: 'en' };
}

function formatter(language: LanguageCode, key: string): IntlMessageFormat {
  const id = `${language}\u0000${key}`;
  let format = compiled.get(id);
  if (!format) {
    const found = message(language, key);
    format = new IntlMessageFormat(found.text, intlLocale(found.language));
    compiled.set(id, format);
  }
  return format;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => ESCAPES[c]);

function cleanValues(values: MessageValues): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(values)) out[name] = value ?? '';
  return out;
}

/**
 * The message `key` in `language`, with its values; a message the language's catalog lacks
 * comes from the English catalog (the catalog test keeps that from shipping). `<b>…</b>` in a
 * message is dropped to its text here; `translateHtml` makes it bold.
 */
export function translate(language: LanguageCode, key: MessageKey, values: MessageValues = {}): string {
  const out = formatter(language, key).format<string>({ ...cleanValues(values), b: (chunks: string[]) => chunks.join('') });
  return Array.isArray(out) ? out.join('') : String(out);
}

/** As `translate`, as HTML: values are escaped and `<b>…</b>` becomes `<strong>…</strong>`. */
export function translateHtml(language: LanguageCode, key: MessageKey, values: MessageValues = {}): string {
  const escaped: MessageValues = {};
  for (const [name, value] of Object.entries(values)) escaped[name] = typeof value === 'string' ? escapeHtml(value) : value;
  const out = formatter(language, key).format<string>({ ...cleanValues(escaped), b: (chunks: string[]) => `<strong>${chunks.join('')}</strong>` });
  return Array.isArray(out) ? out.join('') : String(out);
}

/** One reader's language: its messages, its `lang` and `dir`, and dates in its locale. */
export class Translator {
  readonly dir: 'ltr' | 'rtl';

  constructor(readonly language: LanguageCode) {
    this.dir = LANGUAGES[language].dir;
  }

  /** For a stored preference or a `?lang=` value; English when it is none of ours. */
  static for(tag: string | null | undefined): Translator {
    return new Translator(languageOf(tag));
  }

  t(key: MessageKey, values?: MessageValues): string {
    return translate(this.language, key, values);
  }

  html(key: MessageKey, values?: MessageValues): string {
    return translateHtml(this.language, key, values);
  }

  get intlLocale(): string {
    return intlLocale(this.language);
  }
}
