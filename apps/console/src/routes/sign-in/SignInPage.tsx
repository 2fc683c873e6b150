import { type FormEvent, useState } from 'react';
import { useIntl } from 'react-intl';
import { useNavigate, useSearchParams } from 'react-router';
import { common } from '../../components/common.messages';
import { PageHeading } from '../../components/PageHeading';
import { SessionError, signIn } from '../../session/session';
import { useSession } from '../../session/SessionProvider';
import { signInMessages as m } from './sign-in.messages';

/** Only our own paths: `next` must not send a user to another site after signing in. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/sign-in') ? next : '/';
}

/** Plain USWDS markup (no component library): the sign-in page is part of the shell's first load. */
export function SignInPage() {
  const intl = useIntl();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { expired } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [busy, setBusy] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<{ email?: string; password?: string }>({});
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const missing = { email: email.trim() ? undefined : intl.formatMessage(m.emailMissing), password: password ? undefined : intl.formatMessage(m.passwordMissing) };
    setFieldErrors(missing);
    setProblem(null);
    if (missing.email || missing.password) return;
    setBusy(true);
    try {
      const session = await signIn(email.trim(), password);
      if (session.kind === 'OPERATOR') navigate('/operator', { replace: true });
      else navigate(safeNext(params.get('next')), { replace: true });
    } catch (error) {
      const p = error instanceof SessionError ? error.problem : { code: 'UNAVAILABLE', message: '' };
      if (p.code === 'BAD_USER_INPUT' && p.field) setFieldErrors({ [p.field.replace(/^input\./, '')]: p.message });
      else if (p.code === 'UNAUTHENTICATED') setProblem(intl.formatMessage(m.wrongCredentials));
      else if (p.code === 'TOO_MANY_REQUESTS') setProblem(intl.formatMessage(m.throttled, { seconds: p.retryAfterSeconds ?? 60 }));
      else if (p.code === 'FORBIDDEN') setProblem(intl.formatMessage(m.forbidden, { reason: p.message }));
      else setProblem(intl.formatMessage(m.unavailable));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="grid-container">
      <main id="main-content" className="console-sign-in">
        <PageHeading title={intl.formatMessage(m.title)}>{intl.formatMessage(m.title)}</PageHeading>
        {(params.get('expired') || expired) && !problem && (
          <div className="usa-alert usa-alert--info usa-alert--slim">
            <div className="usa-alert__body">
              <p className="usa-alert__text">{intl.formatMessage(common.sessionExpired)}</p>
            </div>
          </div>
        )}
        {problem && (
          <div className="usa-alert usa-alert--error usa-alert--slim" role="alert">
            <div className="usa-alert__body">
              <p className="usa-alert__text">{problem}</p>
            </div>
          </div>
        )}
        <p>{intl.formatMessage(m.intro)}</p>
        <form className="usa-form usa-form--large" onSubmit={(e) => void submit(e)} noValidate>
          <fieldset className="usa-fieldset">
            <legend className="usa-legend usa-sr-only">{intl.formatMessage(m.title)}</legend>
            <div className={fieldErrors.email ? 'usa-form-group usa-form-group--error' : 'usa-form-group'}>
              <label className={fieldErrors.email ? 'usa-label usa-label--error' : 'usa-label'} htmlFor="sign-in-email">
                {intl.formatMessage(m.email)}
              </label>
              {fieldErrors.email && (
                <span className="usa-error-message" id="sign-in-email-error" role="alert">
                  {fieldErrors.email}
                </span>
              )}
              <input
                className={fieldErrors.email ? 'usa-input usa-input--error' : 'usa-input'}
                id="sign-in-email"
                name="email"
                type="email"
                autoComplete="username"
                value={email}
                onChange={(e) => setEmail(e.target.value)}
                aria-invalid={Boolean(fieldErrors.email)}
                aria-describedby={fieldErrors.email ? 'sign-in-email-error' : undefined}
              />
            </div>
            <div className={fieldErrors.password ? 'usa-form-group usa-form-group--error' : 'usa-form-group'}>
              <label className={fieldErrors.password ? 'usa-label usa-label--error' : 'usa-label'} htmlFor="sign-in-password">
                {intl.formatMessage(m.password)}
              </label>
              {fieldErrors.password && (
                <span className="usa-error-message" id="sign-in-password-error" role="alert">
                  {fieldErrors.password}
                </span>
              )}
              <input
                className={fieldErrors.password ? 'usa-input usa-input--error' : 'usa-input'}
                id="sign-in-password"
                name="password"
                type={showPassword ? 'text' : 'password'}
                autoComplete="current-password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                aria-invalid={Boolean(fieldErrors.password)}
                aria-describedby={fieldErrors.password ? 'sign-in-password-error' : undefined}
              />
            </div>
            <div className="usa-checkbox margin-top-2">
              <input className="usa-checkbox__input" id="sign-in-show-password" type="checkbox" checked={showPassword} onChange={(e) => setShowPassword(e.target.checked)} />
              <label className="usa-checkbox__label" htmlFor="sign-in-show-password">
                {intl.formatMessage(m.showPassword)}
              </label>
            </div>
            <button className="usa-button" type="submit" disabled={busy} aria-disabled={busy}>
              {intl.formatMessage(busy ? m.submitting : m.submit)}
            </button>
          </fieldset>
        </form>
      </main>
    </div>
  );
}
