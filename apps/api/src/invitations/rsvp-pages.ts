import { DelegatesView, RsvpResponse, RsvpView, UnsubscribeView, formatInZone, forumDetailsIn } from '@app/invitations';
import type { Translator } from '@app/i18n';
import { SafeHtml, html, raw } from '../pages/html';
import { PageAgency, page } from '../pages/layout';
import { languageLinks, withLanguage } from '../pages/page-language';

export type AnswerWord = 'attending' | 'maybe' | 'declined';

export const ANSWER_BY_WORD: Record<AnswerWord, RsvpResponse.ATTENDING | RsvpResponse.MAYBE | RsvpResponse.DECLINED> = {
  attending: RsvpResponse.ATTENDING,
  maybe: RsvpResponse.MAYBE,
  declined: RsvpResponse.DECLINED,
};

const LABELS = { attending: 'answer.button.attending', maybe: 'answer.button.maybe', declined: 'answer.button.declined' } as const;

const STATE_TEXT = {
  ATTENDING: 'answer.ATTENDING',
  MAYBE: 'answer.MAYBE',
  DECLINED: 'answer.DECLINED',
  WAITLISTED: 'answer.WAITLISTED',
  OFFERED: 'answer.OFFERED.page',
} as const satisfies Record<RsvpResponse, string>;

/** The inviting agency, for the page's header. */
function brandOf(view: RsvpView): PageAgency {
  return agencyBrand(view.context.agency);
}

function agencyBrand(agency: UnsubscribeView['agency']): PageAgency {
  return { name: agency.name, primaryColor: agency.branding?.primaryColor, logoUrl: agency.branding?.logoUrl };
}

export function wordOf(response: RsvpResponse | null): AnswerWord | null {
  if (response === RsvpResponse.ATTENDING || response === RsvpResponse.WAITLISTED || response === RsvpResponse.OFFERED) return 'attending';
  if (response === RsvpResponse.MAYBE) return 'maybe';
  if (response === RsvpResponse.DECLINED) return 'declined';
  return null;
}

/** Text shown in another language than the page's (English standing in for a missing translation) is marked so screen readers say it right. */
function inLanguage(text: string, language: string, t: Translator): SafeHtml | string {
  return language === t.language ? text : html`<span lang="${language}">${text}</span>`;
}

/** The forum's title in the reader's language (or English, marked). */
function forumTitle(view: RsvpView, t: Translator): SafeHtml | string {
  const d = forumDetailsIn(view.context, t.language);
  return inLanguage(d.title, d.textLanguages.title, t);
}

function details(view: RsvpView, t: Translator): SafeHtml {
  const d = forumDetailsIn(view.context, t.language);
  return html`<dl>
<dt>${t.t('forum.when')}</dt><dd>${d.when}</dd>
${d.venue ? html`<dt>${t.t('forum.where')}</dt><dd>${d.venue.name}, ${d.venue.address}${d.venue.accessibility.length ? html`<br>${t.t('forum.access')}: ${d.venue.accessibility.join(', ')}` : ''}</dd>` : ''}
${d.onlineUrl ? html`<dt>${t.t('forum.online')}</dt><dd><a href="${d.onlineUrl}">${d.onlineUrl}</a></dd>` : ''}
<dt>${t.t('forum.language')}</dt><dd>${d.languages}${d.interpretation ? `; ${t.t('forum.interpretationInto', { languages: d.interpretation })}` : ''}${d.signLanguage ? `; ${t.t('forum.signLanguage')}` : ''}</dd>
${d.accessibilityNotes ? html`<dt>${t.t('forum.accessibility')}</dt><dd>${inLanguage(d.accessibilityNotes, d.textLanguages.accessibilityNotes, t)}</dd>` : ''}
</dl>
${d.agenda.length ? html`<h2>${t.t('forum.agenda')}</h2><ol>${d.agenda.map((a) => html`<li>${inLanguage(a.title, a.language, t)}${a.speaker ? ` (${a.speaker})` : ''}${a.minutes ? `, ${t.t('forum.minutes', { minutes: a.minutes })}` : ''}</li>`)}</ol>` : ''}`;
}

function status(view: RsvpView, t: Translator): SafeHtml {
  const r = view.invitation.response;
  if (!r) return html``;
  const extra =
    r === RsvpResponse.WAITLISTED
      ? ` ${t.t('page.rsvp.waitlistPosition', { position: view.waitlistPosition ?? 0 })}`
      : r === RsvpResponse.OFFERED && view.invitation.offerExpiresAt
        ? ` ${t.t('page.rsvp.seatHeld', { until: formatInZone(view.invitation.offerExpiresAt, view.context.forum.timeZone, t.language) })}`
        : '';
  const answer = t.t(STATE_TEXT[r]);
  const current = view.invitation.partySize > 1 ? t.html('page.rsvp.currentParty', { answer, party: view.invitation.partySize }) : t.html('page.rsvp.current', { answer });
  return html`<p class="status" role="status">${raw(current)}${extra}</p>`;
}

function deadlineOf(view: RsvpView, t: Translator): string {
  return formatInZone(view.deadlineAt, view.context.forum.timeZone, t.language);
}

export interface FormState {
  answer: AnswerWord | null;
  error?: { field: string; message: string };
  values?: Record<string, string | undefined>;
}

/** The answer form: the choice from the link is preselected; nothing is saved until the POST. */
export function rsvpFormPage(token: string, view: RsvpView, state: FormState, t: Translator): string {
  const inv = view.invitation;
  const v = state.values ?? {};
  const checked = (flag: boolean) => (flag ? html` checked` : '');
  const err = state.error;
  const errorFor = (field: string) => (err?.field === field ? html`<p class="error" id="${field}-error">${err.message}</p>` : '');
  const described = (field: string) => (err?.field === field ? html` aria-describedby="${field}-error" aria-invalid="true"` : '');
  const title = t.t('page.rsvp.title', { title: forumDetailsIn(view.context, t.language).title });
  const switcher = languageLinks(`/rsvp/${token}`, t, view.context.agency.enabledLanguages);
  const deadline = deadlineOf(view, t);
  if (view.closed) {
    return page(
      title,
      html`${switcher}<div class="card"><h1>${forumTitle(view, t)}</h1>${status(view, t)}<p>${t.t('page.rsvp.closed', { deadline })}</p>${details(view, t)}</div>`,
      t.language,
      '',
    brandOf(view),
    );
  }
  const invites = view.organisation
    ? t.html('page.rsvp.invitesOnBehalf', { agency: view.context.agency.name, name: view.contact.name, organisation: view.organisation.name })
    : t.html('page.rsvp.invites', { agency: view.context.agency.name, name: view.contact.name });
  return page(
    title,
    html`${switcher}<div class="card">
<h1>${forumTitle(view, t)}</h1>
<p>${raw(invites)}</p>
${status(view, t)}
${details(view, t)}
${err ? html`<div class="error-summary" role="alert"><p class="error">${err.message}</p></div>` : ''}
<form method="post" action="${withLanguage(`/rsvp/${token}`, t.language)}">
<fieldset><legend><strong>${t.t('page.rsvp.yourAnswer')}</strong></legend>
${(['attending', 'maybe', 'declined'] as AnswerWord[]).map(
  (word) => html`<div><input type="radio" id="answer-${word}" name="answer" value="${word}"${checked(state.answer === word)} required style="width:auto"> <label for="answer-${word}" style="display:inline">${t.t(LABELS[word])}</label></div>`,
)}
</fieldset>
${
  view.organisation
    ? html`<p>${t.t('page.rsvp.organisationSeat', { organisation: view.organisation.name, seats: view.organisation.seats })} <a href="${withLanguage(`/rsvp/${token}/delegates`, t.language)}">${t.t('page.rsvp.seeDelegates')}</a>.</p>`
    : html`<label for="partySize">${t.t('page.rsvp.partySize')}</label>
${errorFor('partySize')}<input id="partySize" name="partySize" type="number" min="1" max="20" value="${v.partySize ?? String(inv.partySize)}" inputmode="numeric"${described('partySize')}>`
}
<fieldset><legend><strong>${t.t('page.rsvp.needs')}</strong> ${t.t('page.rsvp.optional')}</legend>
<div><input type="checkbox" id="stepFreeAccess" name="stepFreeAccess" value="yes"${checked(v.stepFreeAccess ? v.stepFreeAccess === 'yes' : inv.stepFreeAccess)} style="width:auto"> <label for="stepFreeAccess" style="display:inline">${t.t('page.rsvp.stepFree')}</label></div>
<div><input type="checkbox" id="signLanguage" name="signLanguage" value="yes"${checked(v.signLanguage ? v.signLanguage === 'yes' : inv.signLanguage)} style="width:auto"> <label for="signLanguage" style="display:inline">${t.t('page.rsvp.signLanguage')}</label></div>
<div><input type="checkbox" id="childcare" name="childcare" value="yes"${checked(v.childcare ? v.childcare === 'yes' : inv.childcare)} style="width:auto"> <label for="childcare" style="display:inline">${t.t('page.rsvp.childcare')}</label></div>
<label for="interpretationLanguage">${t.t('page.rsvp.interpretation')}</label>
${errorFor('interpretationLanguage')}<input id="interpretationLanguage" name="interpretationLanguage" maxlength="50" value="${v.interpretationLanguage ?? inv.interpretationLanguage ?? ''}"${described('interpretationLanguage')}>
<label for="dietary">${t.t('page.rsvp.dietary')}</label>
${errorFor('dietary')}<input id="dietary" name="dietary" maxlength="200" value="${v.dietary ?? inv.dietary ?? ''}"${described('dietary')}>
</fieldset>
<label for="note">${t.t('page.rsvp.note')}</label>
${errorFor('note')}<textarea id="note" name="note" rows="3" maxlength="2000"${described('note')}>${v.note ?? inv.note ?? ''}</textarea>
<button type="submit">${t.t('page.rsvp.submit')}</button>
</form>
<p><small>${t.t('page.rsvp.changeUntil', { deadline })} <a href="${withLanguage(`/rsvp/${token}/unsubscribe`, t.language)}">${t.t('page.rsvp.unsubscribeLink')}</a>.</small></p>
</div>`,
    t.language,
    '',
    brandOf(view),
  );
}

export function rsvpSavedPage(token: string, view: RsvpView, t: Translator): string {
  const r = view.invitation.response!;
  const headline = t.t(
    r === RsvpResponse.ATTENDING
      ? 'page.rsvp.saved.attending'
      : r === RsvpResponse.WAITLISTED
        ? 'page.rsvp.saved.waitlisted'
        : r === RsvpResponse.MAYBE
          ? 'page.rsvp.saved.maybe'
          : 'page.rsvp.saved.declined',
  );
  const body =
    r === RsvpResponse.WAITLISTED
      ? t.t('page.rsvp.saved.waitlistBody', { position: view.waitlistPosition ?? 0 })
      : r === RsvpResponse.ATTENDING
        ? t.t('page.rsvp.saved.seatConfirmed', { party: view.invitation.partySize })
        : t.t('page.rsvp.saved.thanks');
  const d = forumDetailsIn(view.context, t.language);
  return page(
    headline,
    html`${languageLinks(`/rsvp/${token}`, t, view.context.agency.enabledLanguages)}<div class="card"><div role="status"><h1>${headline}</h1></div><p>${body}</p><p>${d.title}: ${d.when}</p><p><a href="${withLanguage(`/rsvp/${token}`, t.language)}">${t.t('page.rsvp.saved.change')}</a></p></div>`,
    t.language,
    '',
    brandOf(view),
  );
}

export function messagePage(title: string, message: string, language = 'en'): string {
  return page(title, html`<div class="card"><h1>${title}</h1><p>${message}</p></div>`, language);
}

/** The unsubscribe page of any link leading to one (an invitation's, or a survey's or digest's): its form posts back to `path`. */
export function unsubscribePage(path: string, view: UnsubscribeView, done: boolean, t: Translator): string {
  const switcher = languageLinks(path, t, view.agency.enabledLanguages);
  const brand = agencyBrand(view.agency);
  if (done || view.contact.optedOut) {
    return page(
      t.t('page.unsubscribe.doneTitle'),
      html`${switcher}<div class="card"><div role="status"><h1>${t.t('page.unsubscribe.doneHeading')}</h1></div><p>${t.t('page.unsubscribe.doneBody', { email: view.contact.email, agency: view.agency.name })}</p></div>`,
      t.language,
      '',
      brand,
    );
  }
  return page(
    t.t('page.unsubscribe.title'),
    html`${switcher}<div class="card"><h1>${t.t('page.unsubscribe.heading', { email: view.contact.email })}</h1><p>${t.t('page.unsubscribe.body', { agency: view.agency.name })}</p>
<form method="post" action="${withLanguage(path, t.language)}"><button type="submit">${t.t('page.unsubscribe.button')}</button></form></div>`,
    t.language,
    '',
    brand,
  );
}

/** An invitation's view, as the unsubscribe page reads it. */
export function invitationUnsubscribeView(view: RsvpView): UnsubscribeView {
  return { contact: view.contact, agency: view.context.agency, language: view.language };
}

export function delegatesPage(token: string, view: DelegatesView, t: Translator, state: { saved?: boolean; error?: string } = {}): string {
  const title = t.t('page.delegates.title', { organisation: view.organisationName });
  const when = formatInZone(view.forumStartsAt, view.timeZone, t.language);
  const deadline = formatInZone(view.closesAt, view.timeZone, t.language);
  const waitlisted = (response: string | null) => (response === 'WAITLISTED' ? ` ${t.t('page.delegates.onWaitlist')}` : '');
  const back = html`<p><a href="${withLanguage(`/rsvp/${token}`, t.language)}">${t.t('page.delegates.back')}</a></p>`;
  const switcher = languageLinks(`/rsvp/${token}/delegates`, t, view.enabledLanguages);
  // The forum's title in the page's language where the officer gave it, else English (marked).
  const shownTitle = view.forumTitles[t.language] ?? { text: view.forumTitle, language: 'en' };
  const forumTitle = inLanguage(shownTitle.text, shownTitle.language, t);
  if (view.closed) {
    const delegates = view.members.filter((m) => m.delegate);
    return page(
      title,
      html`${switcher}<div class="card">
<h1>${title}</h1>
<p>${forumTitle}, ${when}.</p>
${state.error ? html`<div class="error-summary" role="alert"><p class="error">${state.error}</p></div>` : html`<p>${t.t('page.delegates.closed', { deadline })}</p>`}
<h2>${t.t('page.delegates.heading')}</h2>
${delegates.length ? html`<ul>${delegates.map((m) => html`<li>${m.name} (${m.email})${waitlisted(m.response)}</li>`)}</ul>` : html`<p>${t.t('page.delegates.none')}</p>`}
${back}
</div>`,
      t.language,
    );
  }
  return page(
    title,
    html`${switcher}<div class="card">
<h1>${title}</h1>
<p>${forumTitle}, ${when}. ${raw(t.html('page.delegates.intro', { organisation: view.organisationName, seats: view.seats, deadline }))}</p>
${state.saved ? html`<p class="status" role="status">${raw(t.html('page.delegates.saved'))}</p>` : ''}
${state.error ? html`<div class="error-summary" role="alert"><p class="error" id="delegates-error">${state.error}</p></div>` : ''}
<form method="post" action="${withLanguage(`/rsvp/${token}/delegates`, t.language)}">
<fieldset${state.error ? html` aria-describedby="delegates-error"` : ''}><legend><strong>${t.t('page.delegates.who', { seats: view.seats })}</strong></legend>
${view.members.map(
  (m) => html`<div><input type="checkbox" id="d-${m.invitationId}" name="delegate" value="${m.invitationId}"${m.delegate ? html` checked` : ''} style="width:auto"> <label for="d-${m.invitationId}" style="display:inline">${m.name} (${m.email})${waitlisted(m.response)}</label></div>`,
)}
</fieldset>
<button type="submit">${t.t('page.delegates.save')}</button>
</form>
${back}
</div>`,
    t.language,
  );
}
