import { Alert, AlertText, Button, ErrorMessage, Fieldset, Form, FormGroup, GridContainer, Label, TextInput } from '@trussworks/react-uswds';
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
    <GridContainer>
      <main id="main-content" className="console-sign-in">
        <PageHeading title={intl.formatMessage(m.title)}>{intl.formatMessage(m.title)}</PageHeading>
        {(params.get('expired') || expired) && !problem && (
          <Alert type="info" slim>
            <AlertText>{intl.formatMessage(common.sessionExpired)}</AlertText>
          </Alert>
        )}
        {problem && (
          <Alert type="error" slim role="alert">
            <AlertText>{problem}</AlertText>
          </Alert>
        )}
        <p>{intl.formatMessage(m.intro)}</p>
        <Form onSubmit={(e) => void submit(e)} noValidate large>
          <Fieldset legend={intl.formatMessage(m.title)} legendStyle="srOnly">
            <FormGroup error={Boolean(fieldErrors.email)}>
              <Label htmlFor="sign-in-email">{intl.formatMessage(m.email)}</Label>
              {fieldErrors.email && <ErrorMessage id="sign-in-email-error">{fieldErrors.email}</ErrorMessage>}
              <TextInput
                id="sign-in-email"
                name="email"
                type="email"
                autoComplete="username"
                value={email}
                onChange={(e) => setEmail(e.target.value)}
                validationStatus={fieldErrors.email ? 'error' : undefined}
                aria-invalid={Boolean(fieldErrors.email)}
                aria-describedby={fieldErrors.email ? 'sign-in-email-error' : undefined}
              />
            </FormGroup>
            <FormGroup error={Boolean(fieldErrors.password)}>
              <Label htmlFor="sign-in-password">{intl.formatMessage(m.password)}</Label>
              {fieldErrors.password && <ErrorMessage id="sign-in-password-error">{fieldErrors.password}</ErrorMessage>}
              <TextInput
                id="sign-in-password"
                name="password"
                type={showPassword ? 'text' : 'password'}
                autoComplete="current-password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                validationStatus={fieldErrors.password ? 'error' : undefined}
                aria-invalid={Boolean(fieldErrors.password)}
                aria-describedby={fieldErrors.password ? 'sign-in-password-error' : undefined}
              />
            </FormGroup>
            <div className="usa-checkbox margin-top-2">
              <input className="usa-checkbox__input" id="sign-in-show-password" type="checkbox" checked={showPassword} onChange={(e) => setShowPassword(e.target.checked)} />
              <label className="usa-checkbox__label" htmlFor="sign-in-show-password">
                {intl.formatMessage(m.showPassword)}
              </label>
            </div>
            <Button type="submit" disabled={busy} aria-disabled={busy}>
              {intl.formatMessage(busy ? m.submitting : m.submit)}
            </Button>
          </Fieldset>
        </Form>
      </main>
    </GridContainer>
  );
}
