import { useMutation } from '@apollo/client/react';
import { Button, ErrorMessage, Fieldset, Form, FormGroup, Label, Select, TextInput } from '@trussworks/react-uswds';
import { type FormEvent, useState } from 'react';
import { useIntl } from 'react-intl';
import { useShell } from '../../app/AgencyContext';
import { ProblemAlert } from '../../components/ProblemAlert';
import type { StaffRole } from '../../graphql/generated/graphql';
import { describeProblem } from '../../graphql/problem';
import { CONSOLE_LANGUAGES } from '../../i18n/console-languages';
import { languageName } from '../partners/partners-ui';
import { InviteStaffMutation, StaffListQuery } from './admin.graphql';
import { adminMessages as m } from './admin.messages';
import { ROLES, roleMessage } from './staff-roles';

/** The languages an invitation can be in: English, then the agency's enabled ones Liaison ships (all of them when it enabled none). */
function invitationLanguages(enabled: readonly string[]): string[] {
  const shipped = enabled.filter((code) => (CONSOLE_LANGUAGES as readonly string[]).includes(code));
  return ['en', ...(shipped.length ? shipped : CONSOLE_LANGUAGES).filter((code) => code !== 'en')];
}

/** Name, email, role and language; the invited person is emailed a link to set a password, in that language. */
export function InviteStaffForm({ onInvited }: { onInvited: (email: string) => void }) {
  const intl = useIntl();
  const { agency } = useShell();
  const languages = invitationLanguages(agency.enabledLanguages);
  const [draft, setDraft] = useState({ name: '', email: '', role: 'LIAISON_OFFICER' as StaffRole, preferredLanguage: 'en' });
  const [invite, { loading, error, reset }] = useMutation(InviteStaffMutation, { refetchQueries: [StaffListQuery] });
  const problem = describeProblem(error);
  const fields = problem?.fields ?? {};

  async function submit(event: FormEvent) {
    event.preventDefault();
    reset();
    const result = await invite({ variables: { input: { name: draft.name.trim(), email: draft.email.trim(), role: draft.role, preferredLanguage: draft.preferredLanguage } } }).catch(() => null);
    if (result?.data) {
      onInvited(result.data.inviteStaff.email);
      setDraft({ name: '', email: '', role: draft.role, preferredLanguage: draft.preferredLanguage });
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
        <FormGroup error={!!fields.preferredLanguage}>
          <Label htmlFor="invite-language">{intl.formatMessage(m.inviteLanguage)}</Label>
          <span className="usa-hint" id="invite-language-hint">
            {intl.formatMessage(m.inviteLanguageHint)}
          </span>
          {fields.preferredLanguage && <ErrorMessage id="invite-language-error">{fields.preferredLanguage}</ErrorMessage>}
          <Select
            id="invite-language"
            name="preferredLanguage"
            value={draft.preferredLanguage}
            validationStatus={fields.preferredLanguage ? 'error' : undefined}
            aria-describedby={fields.preferredLanguage ? 'invite-language-hint invite-language-error' : 'invite-language-hint'}
            onChange={(e) => setDraft({ ...draft, preferredLanguage: e.target.value })}
          >
            {languages.map((code) => (
              <option key={code} value={code}>
                {languageName(intl, code)}
              </option>
            ))}
          </Select>
        </FormGroup>
        <Button type="submit" disabled={loading} className="margin-top-2">
          {intl.formatMessage(m.sendInvitation)}
        </Button>
      </Fieldset>
    </Form>
  );
}
