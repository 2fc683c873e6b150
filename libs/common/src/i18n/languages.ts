/**
 * The languages Liaison ships catalogs for. An agency enables a subset (English always);
 * contacts, residents and content choose among the agency's enabled ones. Codes are BCP 47
 * tags as browsers send them (`zh-Hans` for Simplified Chinese).
 */
export const LANGUAGE_CODES = ['en', 'es', 'vi', 'zh-Hans', 'tl', 'ko', 'ar'] as const;

export type LanguageCode = (typeof LANGUAGE_CODES)[number];

export interface LanguageInfo {
  code: LanguageCode;
  /** The language's name in English, for staff screens. */
  englishName: string;
  /** The language's name in itself, for the switcher residents see. */
  nativeName: string;
  dir: 'ltr' | 'rtl';
}

export const LANGUAGES: Record<LanguageCode, LanguageInfo> = {
  en: { code: 'en', englishName: 'English', nativeName: 'English', dir: 'ltr' },
  es: { code: 'es', englishName: 'Spanish', nativeName: 'Español', dir: 'ltr' },
  vi: { code: 'vi', englishName: 'Vietnamese', nativeName: 'Tiếng Việt', dir: 'ltr' },
  'zh-Hans': { code: 'zh-Hans', englishName: 'Chinese (Simplified)', nativeName: '简体中文', dir: 'ltr' },
  tl: { code: 'tl', englishName: 'Tagalog', nativeName: 'Tagalog', dir: 'ltr' },
  ko: { code: 'ko', englishName: 'Korean', nativeName: '한국어', dir: 'ltr' },
  ar: { code: 'ar', englishName: 'Arabic', nativeName: 'العربية', dir: 'rtl' },
};

export const DEFAULT_LANGUAGE: LanguageCode = 'en';

export function isLanguageCode(value: string): value is LanguageCode {
  return (LANGUAGE_CODES as readonly string[]).includes(value);
}

/**
 * The shipped language a tag falls to: exact match first, then the primary subtag
 * (`es-MX` → `es`, `zh`/`zh-CN`/`zh-SG` → `zh-Hans`), else null.
 */
export function matchLanguage(tag: string | null | undefined): LanguageCode | null {
  // Checked at run time too: a crafted form or query can give a list where a tag was expected.
  const value = typeof tag === 'string' ? tag.trim() : '';
  if (!value) return null;
  const exact = LANGUAGE_CODES.find((code) => code.toLowerCase() === value.toLowerCase());
  if (exact) return exact;
  const primary = value.split(/[-_]/)[0].toLowerCase();
  if (primary === 'zh') return /hant|tw|hk|mo/i.test(value) ? null : 'zh-Hans';
  if (primary === 'fil') return 'tl';
  return LANGUAGE_CODES.find((code) => code === primary) ?? null;
}
