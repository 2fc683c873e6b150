import { useMutation } from '@apollo/client/react';
import { Button, ErrorMessage, Fieldset, Form, FormGroup, Label, Select, TextInput } from '@trussworks/react-uswds';
import { type FormEvent, useState } from 'react';
import { useIntl } from 'react-intl';
import { ProblemAlert } from '../../components/ProblemAlert';
import type { StaffRole } from '../../graphql/generated/graphql';
import { describeProblem } from '../../graphql/problem';
import { InviteStaffMutation, StaffListQuery } from './admin.graphql';
import { adminMessages as m } from './admin.messages';
import { ROLES, roleMessage } from './staff-roles';

/** Name, email and role; the invited person is emailed a link to set a password. */
export function InviteStaffForm({ onInvited }: { onInvited: (email: string) => void }) {
  const intl = useIntl();
  const [draft, setDraft] = useState({ name: '', email: '', role: 'LIAISON_OFFICER' as StaffRole });
  const [invite, { loading, error, reset }] = useMutation(InviteStaffMutation, { refetchQueries: [StaffListQuery] });
  const problem = describeProblem(error);
  const fields = problem?.fields ?? {};

  async function submit(event: FormEvent) {
    event.preventDefault();
    reset();
    const result = await invite({ variables: { input: { name: draft.name.trim(), email: draft.email.trim(), role: draft.role } } }).catch(() => null);
    if (result?.data) {
      onInvited(result.data.inviteStaff.email);
      setDraft({ name: '', email: '', role: draft.role });
    }
  }

  const field = (key: 'name' | 'email', label: string, type: 'text' | 'email') => (
    <FormGroup error={!!fields[key]}>
      <Label htmlFor={`invite-${key}`}>{label}</Label>
      {fields[key] && <ErrorMessage id={`invite-${key}-error`}>{fields[key]}</ErrorMessage>}
      <TextInput
        id={`invite-${key}`}
        name={key}
        type={type}
        value={draft[key]}
        required
        validationStatus={fields[key] ? 'error' : undefined}
        aria-describedby={fields[key] ? `invite-${key}-error` : undefined}
        onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
      />
    </FormGroup>
  );

  return (
    <Form onSubmit={(e) => void submit(e)} className="maxw-tablet" noValidate>
      <Fieldset legend={intl.formatMessage(m.inviteHeading)} legendStyle="large">
        <p className="usa-hint">{intl.formatMessage(m.inviteHint)}</p>
        {problem && !Object.keys(fields).length && <ProblemAlert problem={problem} />}
        {field('name', intl.formatMessage(m.name), 'text')}
        {field('email', intl.formatMessage(m.email), 'email')}
        <Label htmlFor="invite-role">{intl.formatMessage(m.role)}</Label>
        <Select id="invite-role" name="role" value={draft.role} onChange={(e) => setDraft({ ...draft, role: e.target.value as StaffRole })}>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {intl.formatMessage(roleMessage(role))}
            </option>
          ))}
        </Select>
        <Button type="submit" disabled={loading} className="margin-top-2">
          {intl.formatMessage(m.sendInvitation)}
        </Button>
      </Fieldset>
    </Form>
  );
}
