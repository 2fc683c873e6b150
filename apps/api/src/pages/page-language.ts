import { LANGUAGES, LANGUAGE_CODES, matchLanguage } from '@app/common';
import type { LanguageCode } from '@app/common';
import { Translator, languageFromAcceptHeader } from '@app/i18n';
import type { Request } from 'express';
import { SafeHtml, html } from './html';

/** What a public page knows of its reader's language. */
export interface LanguageRequest {
  /** `?lang=` from the page's own language links (or a form that kept it). */
  chosen?: string | string[] | null;
  /** The Accept-Language header. */
  acceptLanguage?: string | null;
  /** What the link's owner prefers (a contact's preferred language), when the page knows them. */
  preferred?: string | null;
}

/** The reader's choice on the page first, then the link owner's preference, then the browser's, then English. */
export function pageLanguage(request: LanguageRequest): LanguageCode {
  const chosen = Array.isArray(request.chosen) ? request.chosen[0] : request.chosen;
  return matchLanguage(chosen) ?? matchLanguage(request.preferred) ?? languageFromAcceptHeader(request.acceptLanguage) ?? 'en';
}

/** A request's `?lang=` and Accept-Language, with the link owner's preference when the page knows it. */
export function languageRequestOf(req: Request, preferred?: string | null): LanguageRequest {
  return { chosen: req.query.lang as string | string[] | undefined, acceptLanguage: req.headers['accept-language'], preferred };
}

/** The reader's translator: their `?lang=` choice, else their browser's language (see pageLanguage). */
export function readerTranslator(req: Request): Translator {
  return pageTranslator(languageRequestOf(req));
}

export function pageTranslator(request: LanguageRequest): Translator {
  return new Translator(pageLanguage(request));
}

/** `path` with `lang` set, keeping its other query parameters. */
export function withLanguage(path: string, language: LanguageCode): string {
  const [base, query = ''] = path.split('?');
  const params = new URLSearchParams(query);
  params.set('lang', language);
  return `${base}?${params.toString()}`;
}

/**
 * The language links in a public page's header: each language named in itself, marked with
 * its own `lang` so screen readers say it right, the current one marked `aria-current`.
 * `languages` are the agency's (the page's own language is always listed, first by Liaison's order).
 */
export function languageLinks(path: string, t: Translator, languages: readonly LanguageCode[] = LANGUAGE_CODES): SafeHtml {
  const listed = LANGUAGE_CODES.filter((code) => languages.includes(code) || code === t.language);
  return html`<nav class="language-links" aria-label="${t.t('common.languageSwitcher')}"><ul>${listed.map((code) =>
    code === t.language
      ? html`<li><a href="${withLanguage(path, code)}" lang="${code}" hreflang="${code}" aria-current="true">${LANGUAGES[code].nativeName}</a></li>`
      : html`<li><a href="${withLanguage(path, code)}" lang="${code}" hreflang="${code}">${LANGUAGES[code].nativeName}</a></li>`,
  )}</ul></nav>`;
}
