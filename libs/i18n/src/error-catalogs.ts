import { ErrorText, LanguageCode, RequestContext, renderErrorText } from '@app/common';
import type { CatalogFile } from './translator';
import { intlLocale } from './translator';
import en from './catalogs/errors/en.json';
import es from './catalogs/errors/es.json';
import vi from './catalogs/errors/vi.json';
import zhHans from './catalogs/errors/zh-Hans.json';
import tl from './catalogs/errors/tl.json';
import ko from './catalogs/errors/ko.json';
import ar from './catalogs/errors/ar.json';

/**
 * Error messages by language. Each key is an English template as the code writes it in
 * `errorText(...)` (en.json lists them: `node scripts/error-templates.js` rewrites it); each value
 * is that template in the language, with the same placeholders or fewer.
 */
export const ERROR_CATALOG_FILES: Record<LanguageCode, CatalogFile> = {
  en: en as CatalogFile,
  es: es as CatalogFile,
  vi: vi as CatalogFile,
  'zh-Hans': zhHans as CatalogFile,
  tl: tl as CatalogFile,
  ko: ko as CatalogFile,
  ar: ar as CatalogFile,
};

/** An error text in `language`; a template its catalog lacks stays English (the catalog test keeps that from shipping). */
export function translateErrorText(text: ErrorText, language: LanguageCode): string {
  if (language === 'en') return renderErrorText(text);
  const catalog = ERROR_CATALOG_FILES[language];
  return renderErrorText(
    text,
    (template) => {
      const own = catalog[template];
      return typeof own === 'string' ? own : undefined;
    },
    intlLocale(language),
  );
}

/** An error text in the language of the request being answered (its Accept-Language), else English. */
export function errorTextForCaller(text: ErrorText): string {
  return translateErrorText(text, RequestContext.language() ?? 'en');
}
