import {
  accessibilityFeatureLabel,
  forumFormatLabel,
  forumLanguagesText,
  forumLocationText,
} from '@app/mail';
import { PublicCalendarListing, PublicForum, publicCalendarPaths, webcalUrl } from '@app/forums';
import { SafeHtml, html } from '../pages/html';
import { page } from '../pages/layout';
import { formatForumTime } from './forum-time';

/** TOWN_HALL → "Town hall". */
function typeLabel(type: string): string {
  const words = type.toLowerCase().split('_').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function accessibility(forum: PublicForum): SafeHtml | string {
  const features = (forum.venue?.accessibilityFeatures ?? []).map(accessibilityFeatureLabel);
  const notes = forum.accessibilityNotes?.trim();
  if (!features.length && !notes) return '';
  return html`<dt>Accessibility</dt><dd>${features.length ? html`<ul>${features.map((f) => html`<li>${f}</li>`)}</ul>` : ''}${notes ? html`<p>${notes}</p>` : ''}</dd>`;
}

function format(forum: PublicForum): SafeHtml {
  const online = forum.format !== 'IN_PERSON' && forum.onlineUrl;
  return html`<dt>Format</dt><dd>${forumFormatLabel(forum.format)}${online ? html` · <a href="${forum.onlineUrl}" rel="nofollow noopener">Online link</a>` : ''}</dd>`;
}

function agenda(forum: PublicForum): SafeHtml | string {
  if (!forum.agenda.length) return '';
  return html`<h4>Agenda</h4><ol>${forum.agenda.map(
    (item) => html`<li>${item.title}${item.speaker ? html` (${item.speaker})` : ''}${item.durationMinutes ? html`, ${item.durationMinutes} min` : ''}</li>`,
  )}</ol>`;
}

function forumCard(slug: string, forum: PublicForum): SafeHtml {
  const id = `forum-${forum.id}`;
  const cancelled = forum.status === 'CANCELLED';
  return html`<li><article class="card" id="${id}" aria-labelledby="${id}-title" style="margin-bottom:1rem;overflow-wrap:anywhere">
<h3 id="${id}-title">${cancelled ? html`<span class="error">Cancelled:</span> ` : ''}${forum.title}</h3>
${cancelled ? html`<p class="error">This forum has been cancelled.${forum.cancelReason ? html` ${forum.cancelReason}` : ''}</p>` : ''}
<p><time datetime="${forum.startsAt.toISOString()}">${formatForumTime(forum.startsAt, forum.endsAt, forum.timeZone)}</time></p>
<dl>
<dt>Type</dt><dd>${typeLabel(forum.type)}</dd>
<dt>Where</dt><dd>${forumLocationText(forum)}</dd>
${format(forum)}
${forum.neighbourhood ? html`<dt>Neighbourhood</dt><dd>${forum.neighbourhood}</dd>` : ''}
<dt>Languages</dt><dd>${forumLanguagesText(forum)}</dd>
${accessibility(forum)}
</dl>
${forum.description.trim() ? html`<p style="white-space:pre-line">${forum.description.trim()}</p>` : ''}
${agenda(forum)}
${cancelled ? '' : html`<p><a href="${publicCalendarPaths.forumIcs(slug, forum.id)}" aria-label="Add to calendar: ${forum.title}">Add to calendar</a></p>`}
</article></li>`;
}

/** The public list of an agency's upcoming forums: plain HTML, no script, readable on a phone. */
export function publicCalendarPage(listing: PublicCalendarListing, feedUrl: string): string {
  const { agency, forums } = listing;
  return page(
    `Upcoming public forums · ${agency.name}`,
    html`<header>
<p>${agency.name}</p>
<h1>Upcoming public forums</h1>
</header>
<section aria-labelledby="subscribe-heading" class="card" style="margin-bottom:1.5rem">
<h2 id="subscribe-heading">Subscribe to this calendar</h2>
<p>New forums, changes and cancellations then appear in your calendar app by themselves.</p>
<ul>
<li><a href="${webcalUrl(feedUrl)}">Subscribe in your calendar app</a></li>
<li><a href="${feedUrl}">Calendar feed address (iCalendar)</a>, to paste into apps that ask for a URL</li>
</ul>
</section>
<section aria-labelledby="forums-heading">
<h2 id="forums-heading">Forums</h2>
${forums.length ? html`<ol role="list" style="list-style:none;padding:0">${forums.map((forum) => forumCard(agency.slug, forum))}</ol>` : html`<p>No public forums are scheduled yet. Subscribe to hear of new ones.</p>`}
</section>`,
    'en',
    '',
    { name: agency.name, primaryColor: agency.primaryColor },
  );
}

export function calendarNotFoundPage(): string {
  return page('Calendar not found', html`<div class="card"><h1>Calendar not found</h1><p>There is no public calendar at this address. Check the link you were given.</p></div>`);
}
