import { useMutation } from '@apollo/client/react';
import { Alert, Button, ErrorMessage, Fieldset, Form, FormGroup, Label, TextInput } from '@trussworks/react-uswds';
import { type FormEvent, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { ProblemAlert } from '../../components/ProblemAlert';
import { describeProblem } from '../../graphql/problem';
import { ChangeMyPasswordMutation } from './profile.graphql';
import { profileMessages as m } from './profile.messages';

type Key = 'currentPassword' | 'newPassword' | 'confirmPassword';

/** The current password, then the new one twice (the same rules as an invitation's). This session stays signed in. */
export function PasswordForm() {
  const intl = useIntl();
  const [draft, setDraft] = useState<Record<Key, string>>({ currentPassword: '', newPassword: '', confirmPassword: '' });
  const [mismatch, setMismatch] = useState(false);
  const [done, setDone] = useState(false);
  const doneRef = useRef<HTMLDivElement>(null);
  const [change, { loading, error, reset }] = useMutation(ChangeMyPasswordMutation);
  const problem = describeProblem(error);
  const fields: Partial<Record<Key, string>> = { ...problem?.fields, ...(mismatch ? { confirmPassword: intl.formatMessage(m.mismatch) } : {}) };

  async function submit(event: FormEvent) {
    event.preventDefault();
    reset();
    setDone(false);
    if (draft.newPassword !== draft.confirmPassword) return setMismatch(true);
    setMismatch(false);
    const result = await change({ variables: { input: { currentPassword: draft.currentPassword, newPassword: draft.newPassword } } }).catch(() => null);
    if (result?.data) {
      setDraft({ currentPassword: '', newPassword: '', confirmPassword: '' });
      setDone(true);
      requestAnimationFrame(() => doneRef.current?.focus());
    }
  }

  const field = (key: Key, label: string, hint?: string) => {
    const message = fields[key];
    const describedBy = [hint && `profile-${key}-hint`, message && `profile-${key}-error`].filter(Boolean).join(' ') || undefined;
    return (
      <FormGroup error={!!message}>
        <Label htmlFor={`profile-${key}`}>{label}</Label>
        {hint && (
          <span className="usa-hint" id={`profile-${key}-hint`}>
            {hint}
          </span>
        )}
        {message && <ErrorMessage id={`profile-${key}-error`}>{message}</ErrorMessage>}
        <TextInput
          id={`profile-${key}`}
          name={key}
          type="password"
          autoComplete={key === 'currentPassword' ? 'current-password' : 'new-password'}
          value={draft[key]}
          validationStatus={message ? 'error' : undefined}
          aria-describedby={describedBy}
          onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
        />
      </FormGroup>
    );
  };

  return (
    <Form onSubmit={(e) => void submit(e)} className="maxw-tablet" noValidate>
      <Fieldset legend={intl.formatMessage(m.passwordHeading)} legendStyle="large">
        <div ref={doneRef} tabIndex={-1} role="status">
          {done && (
            <Alert type="success" slim>
              {intl.formatMessage(m.passwordChanged)}
            </Alert>
          )}
        </div>
        {problem && !Object.keys(problem.fields).length && <ProblemAlert problem={problem} />}
        {field('currentPassword', intl.formatMessage(m.currentPassword))}
        {field('newPassword', intl.formatMessage(m.newPassword), intl.formatMessage(m.newPasswordHint))}
        {field('confirmPassword', intl.formatMessage(m.confirmPassword))}
        <Button type="submit" disabled={loading} className="margin-top-2">
          {intl.formatMessage(m.changePassword)}
        </Button>
      </Fieldset>
    </Form>
  );
}
