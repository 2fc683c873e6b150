import { SafeHtml, html } from '../pages/html';
import { uswdsPage } from '../pages/uswds-layout';

type Field = 'password' | 'confirm';

export interface Problem {
  message: string;
  /** The field the message sits beside; none for a problem with the link itself. */
  field?: Field;
}

/** A labelled password input with its hint and, when it has one, its error beside it (USWDS form group). */
function passwordField(id: Field, label: string, options: { hint?: string; problem?: Problem; invalid: boolean }): SafeHtml {
  const errorHere = options.problem?.field === id;
  const describedBy = [options.hint ? `${id}-hint` : '', options.invalid && options.problem?.field ? `${options.problem.field}-error` : ''].filter(Boolean).join(' ');
  return html`<div class="usa-form-group${errorHere ? ' usa-form-group--error' : ''}">
<label class="usa-label${errorHere ? ' usa-label--error' : ''}" for="${id}">${label}</label>
${options.hint ? html`<span class="usa-hint" id="${id}-hint">${options.hint}</span>` : ''}
${errorHere ? html`<span class="usa-error-message" id="${id}-error">${options.problem!.message}</span>` : ''}
<input class="usa-input${options.invalid ? ' usa-input--error' : ''}" id="${id}" name="${id}" type="password" autocomplete="new-password" required minlength="12" maxlength="256"${
    describedBy ? html` aria-describedby="${describedBy}"` : ''
  }${options.invalid ? html` aria-invalid="true"` : ''}>
</div>`;
}

/** The form, with the problem (if any) beside the field it names. */
export function passwordForm(token: string, problem?: Problem): string {
  // A mismatch is in both fields: both are marked, the message sits beside the second.
  const invalid = (id: Field) => problem?.field === id || problem?.field === 'confirm';
  return uswdsPage(
    'Set your password',
    html`<h1>Set your password</h1>
<p class="usa-intro">Choose the password you will sign in to the Liaison staff console with.</p>
${problem ? html`<div class="usa-alert usa-alert--error usa-alert--slim" role="alert"><div class="usa-alert__body"><p class="usa-alert__text">${problem.message}</p></div></div>` : ''}
<form class="usa-form usa-form--large" method="post" action="/staff/invitation/${token}">
<fieldset class="usa-fieldset">
<legend class="usa-sr-only">Your new password</legend>
${passwordField('password', 'New password (at least 12 characters)', {
  hint: 'Use 12 to 256 characters. A few unrelated words make a password that is long and easy to remember.',
  problem,
  invalid: invalid('password'),
})}
${passwordField('confirm', 'Repeat the password', { problem, invalid: invalid('confirm') })}
<button class="usa-button" type="submit">Activate my account</button>
</fieldset>
</form>`,
  );
}

export function welcomePage(user: { name: string; email: string }, signedIn: boolean): string {
  return uswdsPage(
    'Account active',
    html`<h1>Your account is active</h1>
<div class="usa-alert usa-alert--success" role="status"><div class="usa-alert__body"><p class="usa-alert__text">Welcome, ${user.name}. ${
      signedIn ? html`You are signed in as ${user.email}.` : html`Sign in with ${user.email} and your new password.`
    }</p></div></div>
<p><a class="usa-button" href="/">Open the staff console</a></p>`,
  );
}
