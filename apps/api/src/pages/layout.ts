import { LANGUAGES, matchLanguage } from '@app/common';
import { translate } from '@app/i18n';
import { SafeHtml, html } from './html';
import { FOCUS_CSS } from './focus';
import { USWDS_STYLESHEET } from './uswds';

const STYLE = `
  body{font-family:"Source Sans Pro Web",system-ui,-apple-system,Segoe UI,Roboto,Arial,sans-serif;margin:0;background:#f4f5f7;color:#1b1f24;line-height:1.5;overflow-wrap:anywhere}
  main{max-width:42rem;margin:0 auto;padding:1.5rem 1rem}
  .card{background:#fff;border-radius:6px;padding:1.5rem;box-shadow:0 1px 2px rgba(0,0,0,.08)}
  label{display:block;font-weight:600;margin:1rem 0 .25rem}
  input,select,textarea{font:inherit;padding:.5rem;border:1px solid #5c6670;border-radius:4px;width:100%;max-width:100%;box-sizing:border-box;min-height:2.5rem}
  input[type=radio],input[type=checkbox]{width:1.5rem!important;height:1.5rem;min-height:0;vertical-align:middle;margin:.25rem .25rem .25rem 0;accent-color:#1d4e89}
  button{font:inherit;font-weight:600;background:#1d4e89;color:#fff;border:0;border-radius:4px;padding:.6rem 1.2rem;margin-top:1rem;cursor:pointer;min-height:2.75rem}
  ${FOCUS_CSS}
  .error{color:#a4161a;font-weight:600}
  .error-summary{border:3px solid #a4161a;padding:1rem;margin-bottom:1rem;background:#fff}
  .error-summary h2{margin-top:0}
  table{border-collapse:collapse;width:100%}td,th{text-align:start;padding:.4rem;border-bottom:1px solid #e3e6ea}
  img,svg{max-width:100%}
  .skipnav{position:absolute;inset-inline-start:-999em;top:0;background:#fff;color:#1b1f24;padding:.5rem 1rem;z-index:10}
  .skipnav:focus{inset-inline-start:.5rem;top:.5rem}
  .site-header{background:var(--brand);color:#fff}
  .site-header div{max-width:42rem;margin:0 auto;padding:.75rem 1rem;display:flex;align-items:center;gap:.75rem;font-weight:700;font-size:1.15rem}
  .site-header img{max-height:2.5rem;width:auto;background:#fff;border-radius:4px;padding:2px}
  a{color:var(--brand)}h1{color:var(--brand)}button{background:var(--brand)}
  summary{cursor:pointer;min-height:1.5rem}
  .language-links ul{list-style:none;margin:0 0 1rem;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1rem}
  .language-links a{display:inline-block;min-height:24px;padding:.125rem 0}
  .language-links a[aria-current]{font-weight:700}
`;

/** The agency a page speaks for: its name heads every public page, in its brand colour and with its logo where set. */
export interface PageAgency {
  name: string;
  primaryColor?: string | null;
  logoUrl?: string | null;
}

/** Liaison's own colour, where the agency has none (white text on it is 8.7:1). */
const DEFAULT_BRAND = '#1d4e89';

/** The brand colour if it is a colour (its AA contrast on white is checked when an admin sets it). */
function brandColour(colour: string | null | undefined): string {
  return colour && /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(colour) ? colour : DEFAULT_BRAND;
}

/** Logos the page policy lets load: our own origin or an inline image (others would be blocked). */
function loadableLogo(url: string | null | undefined): string | null {
  return url && (/^\/[^/]/.test(url) || /^data:image\/(png|gif|jpeg|webp);/i.test(url)) ? url : null;
}

function header(agency: PageAgency | null | undefined): SafeHtml {
  const logo = loadableLogo(agency?.logoUrl);
  return html`<header class="site-header"><div>${logo ? html`<img src="${logo}" alt="">` : ''}<span>${agency?.name ?? 'Liaison'}</span></div></header>`;
}

/**
 * The shell every public page shares: USWDS's stylesheet (served at /uswds, no script) under
 * the page's own styles, one header with the agency's name and colour, a skip link, a focus
 * ring that shows on every background, and a layout that reflows down to 320 px and 200% zoom.
 */
export function page(title: string, body: SafeHtml, lang = 'en', extraStyle = '', agency?: PageAgency | null): string {
  const brand = `:root{--brand:${brandColour(agency?.primaryColor)}}`;
  const language = matchLanguage(lang) ?? 'en';
  const dir = LANGUAGES[language].dir;
  return html`<!doctype html>
<html lang="${lang}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Liaison</title>
<link rel="stylesheet" href="${USWDS_STYLESHEET}">
<style>${new SafeHtml(brand + STYLE + extraStyle)}</style>
</head>
<body><a class="skipnav" href="#main-content">${translate(language, 'common.skipToContent')}</a>${header(agency)}<main id="main-content">${body}</main></body>
</html>`.value;
}
