import { LANGUAGES, isLanguageCode } from '@app/common';
import { SafeHtml, html } from './html';

const STYLE = `
  body{font-family:system-ui,-apple-system,Segoe UI,Roboto,Arial,sans-serif;margin:0;background:#f4f5f7;color:#1b1f24;line-height:1.5}
  main{max-width:42rem;margin:0 auto;padding:1.5rem 1rem}
  .card{background:#fff;border-radius:6px;padding:1.5rem;box-shadow:0 1px 2px rgba(0,0,0,.08)}
  label{display:block;font-weight:600;margin:1rem 0 .25rem}
  input,select,textarea{font:inherit;padding:.5rem;border:1px solid #8a94a1;border-radius:4px;width:100%;box-sizing:border-box}
  button{font:inherit;font-weight:600;background:#1d4e89;color:#fff;border:0;border-radius:4px;padding:.6rem 1.2rem;margin-top:1rem;cursor:pointer}
  button:focus,input:focus,a:focus{outline:3px solid #f2a900;outline-offset:2px}
  .error{color:#a4161a;font-weight:600}
  .error-summary{border:3px solid #a4161a;padding:1rem;margin-bottom:1rem;background:#fff}
  table{border-collapse:collapse;width:100%}td,th{text-align:start;padding:.4rem;border-bottom:1px solid #e3e6ea}
`;

/** The shell every public page shares: readable on a phone, no JavaScript needed. */
export function page(title: string, body: SafeHtml, lang = 'en', extraStyle = ''): string {
  return html`<!doctype html>
<html lang="${lang}" dir="${isLanguageCode(lang) ? LANGUAGES[lang].dir : 'ltr'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Liaison</title>
<style>${new SafeHtml(STYLE + extraStyle)}</style>
</head>
<body><main>${body}</main></body>
</html>`.value;
}

/**
 * An agency's brand colour on its public pages: headings, links and buttons (the colour's AA
 * contrast on white and on the page background is checked when an admin sets it).
 */
export function brandStyle(primaryColor: string | null | undefined): string {
  if (!primaryColor || !/^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(primaryColor)) return '';
  return `main{border-top:6px solid ${primaryColor}}h1,a{color:${primaryColor}}button{background:${primaryColor}}`;
}
