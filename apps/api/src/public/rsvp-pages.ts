import { DelegatesView, RsvpResponse, RsvpView, formatInZone } from '@app/invitations';
import { SafeHtml, html } from '../pages/html';
import { PageAgency, page } from '../pages/layout';

export type AnswerWord = 'attending' | 'maybe' | 'declined';

export const ANSWER_BY_WORD: Record<AnswerWord, RsvpResponse.ATTENDING | RsvpResponse.MAYBE | RsvpResponse.DECLINED> = {
  attending: RsvpResponse.ATTENDING,
  maybe: RsvpResponse.MAYBE,
  declined: RsvpResponse.DECLINED,
};

const LABELS: Record<AnswerWord, string> = { attending: 'Attending', maybe: 'Maybe', declined: 'Not attending' };

const STATE_TEXT: Record<RsvpResponse, string> = {
  ATTENDING: 'attending',
  MAYBE: 'maybe',
  DECLINED: 'not attending',
  WAITLISTED: 'on the waitlist',
  OFFERED: 'offered a seat (please confirm)',
};

/** The inviting agency, for the page's header. */
function brandOf(view: RsvpView): PageAgency {
  return { name: view.context.agency.name, primaryColor: view.context.agency.branding?.primaryColor, logoUrl: view.context.agency.branding?.logoUrl };
}

export function wordOf(response: RsvpResponse | null): AnswerWord | null {
  if (response === RsvpResponse.ATTENDING || response === RsvpResponse.WAITLISTED || response === RsvpResponse.OFFERED) return 'attending';
  if (response === RsvpResponse.MAYBE) return 'maybe';
  if (response === RsvpResponse.DECLINED) return 'declined';
  return null;
}

function details(view: RsvpView): SafeHtml {
  const d = view.context.details;
  return html`<dl>
<dt>When</dt><dd>${d.when}</dd>
${d.venue ? html`<dt>Where</dt><dd>${d.venue.name}, ${d.venue.address}${d.venue.accessibility.length ? html`<br>Access: ${d.venue.accessibility.join(', ')}` : ''}</dd>` : ''}
${d.onlineUrl ? html`<dt>Online</dt><dd><a href="${d.onlineUrl}">${d.onlineUrl}</a></dd>` : ''}
<dt>Language</dt><dd>${d.languages}${d.interpretation ? `; interpretation into ${d.interpretation}` : ''}${d.signLanguage ? '; sign language interpretation' : ''}</dd>
${d.accessibilityNotes ? html`<dt>Accessibility</dt><dd>${d.accessibilityNotes}</dd>` : ''}
</dl>
${d.agenda.length ? html`<h2>Agenda</h2><ol>${d.agenda.map((a) => html`<li>${a.title}${a.speaker ? ` (${a.speaker})` : ''}${a.minutes ? `, ${a.minutes} min` : ''}</li>`)}</ol>` : ''}`;
}

function status(view: RsvpView): SafeHtml {
  const r = view.invitation.response;
  if (!r) return html``;
  const extra =
    r === RsvpResponse.WAITLISTED
      ? html` You are number ${view.waitlistPosition} on the waitlist.`
      : r === RsvpResponse.OFFERED
        ? html` A seat is held for you until ${view.invitation.offerExpiresAt ? formatInZone(view.invitation.offerExpiresAt, view.context.forum.timeZone) : 'soon'}: choose Attending and confirm to take it.`
        : '';
  return html`<p class="status" role="status">Your current answer: <strong>${STATE_TEXT[r]}</strong>${view.invitation.partySize > 1 ? ` (party of ${view.invitation.partySize})` : ''}.${extra}</p>`;
}

export interface FormState {
  answer: AnswerWord | null;
  error?: { field: string; message: string };
  values?: Record<string, string | undefined>;
}

/** The answer form: the choice from the link is preselected; nothing is saved until the POST. */
export function rsvpFormPage(token: string, view: RsvpView, state: FormState): string {
  const inv = view.invitation;
  const v = state.values ?? {};
  const checked = (flag: boolean) => (flag ? html` checked` : '');
  const err = state.error;
  const errorFor = (field: string) => (err?.field === field ? html`<p class="error" id="${field}-error">${err.message}</p>` : '');
  const described = (field: string) => (err?.field === field ? html` aria-describedby="${field}-error" aria-invalid="true"` : '');
  const title = `Will you attend ${view.context.details.title}?`;
  if (view.closed) {
    return page(
      title,
      html`<div class="card"><h1>${view.context.details.title}</h1>${status(view)}<p>Answers closed on ${view.deadline}. Please contact the organisers directly if your plans changed.</p>${details(view)}</div>`,
      'en',
      '',
    brandOf(view),
    );
  }
  return page(
    title,
    html`<div class="card">
<h1>${view.context.details.title}</h1>
<p>${view.context.agency.name} invites you, ${view.contact.name}${view.organisation ? html`, on behalf of <strong>${view.organisation.name}</strong>` : ''}.</p>
${status(view)}
${details(view)}
${err ? html`<div class="error-summary" role="alert"><p class="error">${err.message}</p></div>` : ''}
<form method="post" action="/rsvp/${token}">
<fieldset><legend><strong>Your answer</strong></legend>
${(['attending', 'maybe', 'declined'] as AnswerWord[]).map(
  (word) => html`<div><input type="radio" id="answer-${word}" name="answer" value="${word}"${checked(state.answer === word)} required style="width:auto"> <label for="answer-${word}" style="display:inline">${LABELS[word]}</label></div>`,
)}
</fieldset>
${
  view.organisation
    ? html`<p>You answer for yourself as one of ${view.organisation.name}'s ${view.organisation.seats} seat(s). <a href="/rsvp/${token}/delegates">See or change the organisation's delegates</a>.</p>`
    : html`<label for="partySize">How many people, including you (1 to 20)</label>
${errorFor('partySize')}<input id="partySize" name="partySize" type="number" min="1" max="20" value="${v.partySize ?? String(inv.partySize)}" inputmode="numeric"${described('partySize')}>`
}
<fieldset><legend><strong>Access and support</strong> (optional)</legend>
<div><input type="checkbox" id="stepFreeAccess" name="stepFreeAccess" value="yes"${checked(v.stepFreeAccess ? v.stepFreeAccess === 'yes' : inv.stepFreeAccess)} style="width:auto"> <label for="stepFreeAccess" style="display:inline">Step-free access</label></div>
<div><input type="checkbox" id="signLanguage" name="signLanguage" value="yes"${checked(v.signLanguage ? v.signLanguage === 'yes' : inv.signLanguage)} style="width:auto"> <label for="signLanguage" style="display:inline">Sign language interpretation</label></div>
<div><input type="checkbox" id="childcare" name="childcare" value="yes"${checked(v.childcare ? v.childcare === 'yes' : inv.childcare)} style="width:auto"> <label for="childcare" style="display:inline">Childcare</label></div>
<label for="interpretationLanguage">Interpretation into (language)</label>
${errorFor('interpretationLanguage')}<input id="interpretationLanguage" name="interpretationLanguage" maxlength="50" value="${v.interpretationLanguage ?? inv.interpretationLanguage ?? ''}"${described('interpretationLanguage')}>
<label for="dietary">Dietary needs</label>
${errorFor('dietary')}<input id="dietary" name="dietary" maxlength="200" value="${v.dietary ?? inv.dietary ?? ''}"${described('dietary')}>
</fieldset>
<label for="note">Note for the organisers</label>
${errorFor('note')}<textarea id="note" name="note" rows="3" maxlength="2000"${described('note')}>${v.note ?? inv.note ?? ''}</textarea>
<button type="submit">Confirm my answer</button>
</form>
<p><small>You can change your answer until ${view.deadline}. <a href="/rsvp/${token}/unsubscribe">Unsubscribe from all mail</a>.</small></p>
</div>`,
    'en',
    '',
    brandOf(view),
  );
}

export function rsvpSavedPage(token: string, view: RsvpView): string {
  const r = view.invitation.response!;
  const headline =
    r === RsvpResponse.ATTENDING
      ? 'You are attending'
      : r === RsvpResponse.WAITLISTED
        ? 'You are on the waitlist'
        : r === RsvpResponse.MAYBE
          ? 'You answered maybe'
          : 'You are not attending';
  const body =
    r === RsvpResponse.WAITLISTED
      ? html`<p>The forum is full. You are number ${view.waitlistPosition} on the waitlist; we will email you as soon as a seat frees up.</p>`
      : r === RsvpResponse.ATTENDING
        ? html`<p>Your seat is confirmed${view.invitation.partySize > 1 ? ` for ${view.invitation.partySize} people` : ''}. A confirmation is on its way by email.</p>`
        : html`<p>Thank you for letting us know. A confirmation is on its way by email.</p>`;
  return page(
    headline,
    html`<div class="card"><div role="status"><h1>${headline}</h1></div>${body}<p>${view.context.details.title}: ${view.context.details.when}</p><p><a href="/rsvp/${token}">Change your answer</a></p></div>`,
    'en',
    '',
    brandOf(view),
  );
}

export function messagePage(title: string, message: string): string {
  return page(title, html`<div class="card"><h1>${title}</h1><p>${message}</p></div>`);
}

export function unsubscribePage(token: string, view: RsvpView, done: boolean): string {
  if (done || view.contact.optedOut) {
    return page(
      'Unsubscribed',
      html`<div class="card"><div role="status"><h1>You are unsubscribed</h1></div><p>${view.contact.email} will get no more mail from ${view.context.agency.name} through Liaison.</p></div>`,
      'en',
      '',
    brandOf(view),
    );
  }
  return page(
    'Unsubscribe',
    html`<div class="card"><h1>Unsubscribe ${view.contact.email}?</h1><p>You will get no more invitations or other mail from ${view.context.agency.name} through Liaison.</p>
<form method="post" action="/rsvp/${token}/unsubscribe"><button type="submit">Unsubscribe from all mail</button></form></div>`,
    'en',
    '',
    brandOf(view),
  );
}

export function delegatesPage(token: string, view: DelegatesView, state: { saved?: boolean; error?: string } = {}): string {
  if (view.closed) {
    const delegates = view.members.filter((m) => m.delegate);
    return page(
      `Delegates of ${view.organisationName}`,
      html`<div class="card">
<h1>Delegates of ${view.organisationName}</h1>
<p>${view.forumTitle}, ${view.forumWhen}.</p>
${state.error ? html`<div class="error-summary" role="alert"><p class="error">${state.error}</p></div>` : html`<p>Delegate changes closed on ${view.deadline}, with the RSVP deadline. Please contact the organisers directly if your delegates changed.</p>`}
<h2>Delegates</h2>
${delegates.length ? html`<ul>${delegates.map((m) => html`<li>${m.name} (${m.email})${m.response === 'WAITLISTED' ? ' (on the waitlist)' : ''}</li>`)}</ul>` : html`<p>No delegates were named.</p>`}
<p><a href="/rsvp/${token}">Back to your own answer</a></p>
</div>`,
    );
  }
  return page(
    `Delegates of ${view.organisationName}`,
    html`<div class="card">
<h1>Delegates of ${view.organisationName}</h1>
<p>${view.forumTitle}, ${view.forumWhen}. ${view.organisationName} has <strong>${view.seats}</strong> seat(s); any of its invited contacts can choose who fills them until ${view.deadline}.</p>
${state.saved ? html`<p class="status" role="status"><strong>Delegates saved.</strong> Each person whose seat changed gets an email.</p>` : ''}
${state.error ? html`<div class="error-summary" role="alert"><p class="error" id="delegates-error">${state.error}</p></div>` : ''}
<form method="post" action="/rsvp/${token}/delegates">
<fieldset${state.error ? html` aria-describedby="delegates-error"` : ''}><legend><strong>Who will attend (at most ${view.seats})</strong></legend>
${view.members.map(
  (m) => html`<div><input type="checkbox" id="d-${m.invitationId}" name="delegate" value="${m.invitationId}"${m.delegate ? html` checked` : ''} style="width:auto"> <label for="d-${m.invitationId}" style="display:inline">${m.name} (${m.email})${m.response === 'WAITLISTED' ? ' (on the waitlist)' : ''}</label></div>`,
)}
</fieldset>
<button type="submit">Save delegates</button>
</form>
<p><a href="/rsvp/${token}">Back to your own answer</a></p>
</div>`,
  );
}
