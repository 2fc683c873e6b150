import type { LanguageCode } from '@app/common';
import { Translator, formatTimeRange, languageNameIn } from '@app/i18n';
import { PublicCalendarListing, PublicForum, forumContentIn, publicCalendarPaths, webcalUrl } from '@app/forums';
import { SafeHtml, html } from '../pages/html';
import { page } from '../pages/layout';
import { languageLinks, withLanguage } from '../pages/page-language';

/** A label from the catalog for an enum value (forum.type.TOWN_HALL), the value itself for one the catalog does not know. */
function label(t: Translator, prefix: 'forum.type' | 'forum.feature' | 'forum.format', value: string): string {
  try {
    return t.t(`${prefix}.${value}` as never);
  } catch {
    return value;
  }
}

/** Text in another language than the page's (English standing in for a missing translation), marked so screen readers say it right. */
function inLanguage(text: string, language: LanguageCode, t: Translator): SafeHtml | string {
  return language === t.language ? text : html`<span lang="${language}">${text}</span>`;
}

/** "Held in English; interpretation into Spanish, Vietnamese; sign language interpretation", in the reader's language. */
function languagesText(forum: PublicForum, t: Translator): string {
  const names = (tags: string[]) => tags.map((tag) => languageNameIn(tag, t.language)).join(', ');
  const parts = [t.t('forum.ics.heldIn', { languages: names(forum.languages) || languageNameIn('en', t.language) })];
  if (forum.interpretationLanguages.length) parts.push(t.t('forum.interpretationInto', { languages: names(forum.interpretationLanguages) }));
  if (forum.signLanguage) parts.push(t.t('forum.signLanguage'));
  return parts.join('; ');
}

function locationText(forum: PublicForum, t: Translator): string {
  if (forum.format === 'ONLINE' || !forum.venue) return t.t('forum.online');
  const place = `${forum.venue.name}, ${forum.venue.address}`;
  return forum.format === 'HYBRID' ? t.t('forum.ics.alsoOnline', { place }) : place;
}

function accessibility(forum: PublicForum, notes: string | null, notesLanguage: LanguageCode, t: Translator): SafeHtml | string {
  const features = (forum.venue?.accessibilityFeatures ?? []).map((f) => label(t, 'forum.feature', f));
  const trimmed = notes?.trim();
  if (!features.length && !trimmed) return '';
  return html`<dt>${t.t('forum.accessibility')}</dt><dd>${features.length ? html`<ul>${features.map((f) => html`<li>${f}</li>`)}</ul>` : ''}${trimmed ? html`<p>${inLanguage(trimmed, notesLanguage, t)}</p>` : ''}</dd>`;
}

function format(forum: PublicForum, t: Translator): SafeHtml {
  const online = forum.format !== 'IN_PERSON' && forum.onlineUrl;
  return html`<dt>${t.t('page.calendar.format')}</dt><dd>${label(t, 'forum.format', forum.format)}${online ? html` · <a href="${forum.onlineUrl}" rel="nofollow noopener">${t.t('page.calendar.onlineLink')}</a>` : ''}</dd>`;
}

function forumCard(slug: string, forum: PublicForum, t: Translator): SafeHtml {
  const id = `forum-${forum.id}`;
  const cancelled = forum.status === 'CANCELLED';
  // Title, description, agenda and notes in the reader's language where the officer gave them, else in English.
  const content = forumContentIn(forum, t.language);
  const description = content.description.trim();
  return html`<li><article class="card" id="${id}" aria-labelledby="${id}-title" style="margin-bottom:1rem;overflow-wrap:anywhere">
<h3 id="${id}-title">${cancelled ? html`<span class="error">${t.t('page.calendar.cancelled')}</span> ` : ''}${inLanguage(content.title, content.titleLanguage, t)}</h3>
${cancelled ? html`<p class="error">${t.t('forum.ics.cancelled')}${forum.publicCancelReason ? html` ${forum.publicCancelReason}` : ''}</p>` : ''}
<p><time datetime="${forum.startsAt.toISOString()}">${formatTimeRange(forum.startsAt, forum.endsAt, forum.timeZone, t.language)}</time></p>
<dl>
<dt>${t.t('page.calendar.type')}</dt><dd>${label(t, 'forum.type', forum.type)}</dd>
<dt>${t.t('forum.where')}</dt><dd>${locationText(forum, t)}</dd>
${format(forum, t)}
${forum.neighbourhood ? html`<dt>${t.t('page.calendar.neighbourhood')}</dt><dd>${forum.neighbourhood}</dd>` : ''}
<dt>${t.t('page.calendar.languages')}</dt><dd>${languagesText(forum, t)}</dd>
${accessibility(forum, content.accessibilityNotes, content.accessibilityNotesLanguage, t)}
</dl>
${description ? html`<p style="white-space:pre-line">${inLanguage(description, content.descriptionLanguage, t)}</p>` : ''}
${content.agenda.length
  ? html`<h4>${t.t('forum.agenda')}</h4><ol>${content.agenda.map(
      (item, i) =>
        html`<li>${inLanguage(item.title, content.agendaLanguages[i], t)}${item.speaker ? html` (${item.speaker})` : ''}${item.durationMinutes ? html`, ${t.t('forum.minutes', { minutes: item.durationMinutes })}` : ''}</li>`,
    )}</ol>`
  : ''}
${cancelled ? '' : html`<p><a href="${withLanguage(publicCalendarPaths.forumIcs(slug, forum.id), t.language)}" aria-label="${t.t('page.calendar.addToCalendarLabel', { title: content.title })}">${t.t('page.calendar.addToCalendar')}</a></p>`}
</article></li>`;
}

/**
 * The public list of an agency's upcoming forums: plain HTML, no script, readable on a phone, in
 * the reader's language (chosen with the language links, else the browser's) among the agency's.
 */
export function publicCalendarPage(listing: PublicCalendarListing, feedUrl: string, t: Translator = new Translator('en')): string {
  const { agency, forums } = listing;
  return page(
    `${t.t('page.calendar.title')} · ${agency.name}`,
    html`${languageLinks(publicCalendarPaths.page(agency.slug), t, agency.enabledLanguages)}<header>
<p>${agency.name}</p>
<h1>${t.t('page.calendar.title')}</h1>
</header>
<section aria-labelledby="subscribe-heading" class="card" style="margin-bottom:1.5rem">
<h2 id="subscribe-heading">${t.t('page.calendar.subscribeHeading')}</h2>
<p>${t.t('page.calendar.subscribeIntro')}</p>
<ul>
<li><a href="${webcalUrl(feedUrl)}">${t.t('page.calendar.subscribeApp')}</a></li>
<li><a href="${feedUrl}">${t.t('page.calendar.feedAddress')}</a>, ${t.t('page.calendar.feedAddressHint')}</li>
</ul>
</section>
<section aria-labelledby="forums-heading">
<h2 id="forums-heading">${t.t('page.calendar.forumsHeading')}</h2>
${forums.length ? html`<ol role="list" style="list-style:none;padding:0">${forums.map((forum) => forumCard(agency.slug, forum, t))}</ol>` : html`<p>${t.t('page.calendar.none')}</p>`}
</section>`,
    t.language,
    '',
    { name: agency.name, primaryColor: agency.primaryColor },
  );
}

/** No public calendar at the address, in the reader's language (the agency, and so its languages, is unknown). */
export function calendarNotFoundPage(t: Translator = new Translator('en')): string {
  const title = t.t('page.calendar.notFound.title');
  return page(title, html`<div class="card"><h1>${title}</h1><p>${t.t('page.calendar.notFound.body')}</p></div>`, t.language);
}
