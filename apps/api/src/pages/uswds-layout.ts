import { Translator } from '@app/i18n';
import { SafeHtml, html } from './html';
import { LIAISON_STYLESHEET, USWDS_STYLESHEET } from './uswds';

/**
 * The shell of server-rendered pages in the staff console's look: USWDS's stylesheet from
 * /uswds (the `uswds-page` policy allows it), nothing inline and no script, so they work
 * without JavaScript like the other pages. In the reader's language (`lang` and `dir`), English by default.
 */
export function uswdsPage(title: string, body: SafeHtml, t: Translator = new Translator('en')): string {
  return html`<!doctype html>
<html lang="${t.language}" dir="${t.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Liaison</title>
<link rel="stylesheet" href="${USWDS_STYLESHEET}">
<link rel="stylesheet" href="${LIAISON_STYLESHEET}">
</head>
<body>
<a class="usa-skipnav" href="#main-content">${t.t('common.skipToContent')}</a>
<header class="usa-header usa-header--basic">
<div class="usa-nav-container"><div class="usa-navbar"><div class="usa-logo"><em class="usa-logo__text">Liaison</em></div></div></div>
</header>
<main id="main-content" class="usa-section">
<div class="grid-container"><div class="grid-row"><div class="grid-col-12 tablet:grid-col-8 desktop:grid-col-6">
${body}
</div></div></div>
</main>
</body>
</html>`.value;
}
