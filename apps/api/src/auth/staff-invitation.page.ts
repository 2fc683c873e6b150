import type { Translator } from '@app/i18n';
import { SafeHtml, html } from '../pages/html';
import { withLanguage } from '../pages/page-language';
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

/** The form, in the reader's language, with the problem (if any) beside the field it names; it posts back in the language it shows. */
export function passwordForm(token: string, t: Translator, problem?: Problem): string {
  // A mismatch is in both fields: both are marked, the message sits beside the second.
  const invalid = (id: Field) => problem?.field === id || problem?.field === 'confirm';
  return uswdsPage(
    t.t('page.staffInvitation.title'),
    html`<h1>${t.t('page.staffInvitation.title')}</h1>
<p class="usa-intro">${t.t('page.staffInvitation.intro')}</p>
${problem ? html`<div class="usa-alert usa-alert--error usa-alert--slim" role="alert"><div class="usa-alert__body"><p class="usa-alert__text">${problem.message}</p></div></div>` : ''}
<form class="usa-form usa-form--large" method="post" action="${withLanguage(`/staff/invitation/${token}`, t.language)}">
<fieldset class="usa-fieldset">
<legend class="usa-sr-only">${t.t('page.staffInvitation.legend')}</legend>
${passwordField('password', t.t('page.staffInvitation.passwordLabel'), {
  hint: t.t('page.staffInvitation.passwordHint'),
  problem,
  invalid: invalid('password'),
})}
${passwordField('confirm', t.t('page.staffInvitation.confirmLabel'), { problem, invalid: invalid('confirm') })}
<button class="usa-button" type="submit">${t.t('page.staffInvitation.submit')}</button>
</fieldset>
</form>`,
    t,
  );
}

export function welcomePage(user: { name: string; email: string }, signedIn: boolean, t: Translator): string {
  const values = { name: user.name, email: user.email };
  return uswdsPage(
    t.t('page.staffInvitation.activeTitle'),
    html`<h1>${t.t('page.staffInvitation.activeHeading')}</h1>
<div class="usa-alert usa-alert--success" role="status"><div class="usa-alert__body"><p class="usa-alert__text">${
      signedIn ? t.t('page.staffInvitation.welcomeSignedIn', values) : t.t('page.staffInvitation.welcomeSignIn', values)
    }</p></div></div>
<p><a class="usa-button" href="/">${t.t('page.staffInvitation.openConsole')}</a></p>`,
    t,
  );
}
