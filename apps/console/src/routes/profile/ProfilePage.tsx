import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, ErrorMessage, Fieldset, Form, FormGroup, Label, TextInput } from '@trussworks/react-uswds';
import { type FormEvent, useState } from 'react';
import { useIntl } from 'react-intl';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { describeProblem } from '../../graphql/problem';
import { roleMessage } from '../admin/staff-roles';
import { LanguageForm } from './LanguageForm';
import { PasswordForm } from './PasswordForm';
import { EndMyOtherSessionsMutation, ProfileQuery, UpdateMyProfileMutation } from './profile.graphql';
import { profileMessages as m } from './profile.messages';

/** `/profile`: the signed-in person's own name, console language, password and other sessions (every role). */
export default function ProfilePage() {
  const intl = useIntl();
  const { data, error } = useQuery(ProfileQuery);
  const title = intl.formatMessage(m.title);
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <ProblemAlert problem={describeProblem(error)} />
      {data ? (
        <>
          <p>{intl.formatMessage(m.account, { email: data.me.email, role: intl.formatMessage(roleMessage(data.me.role)) })}</p>
          <NameForm key={data.me.id} name={data.me.name} />
          <LanguageForm key={`${data.me.id}-language`} saved={data.me.preferredLanguage ?? null} languages={data.languages} />
          <PasswordForm />
          <OtherSessions />
        </>
      ) : (
        !error && <Loading />
      )}
    </>
  );
}

function NameForm({ name: saved }: { name: string }) {
  const intl = useIntl();
  const [name, setName] = useState(saved);
  const [done, setDone] = useState(false);
  const [update, { loading, error, reset }] = useMutation(UpdateMyProfileMutation);
  const problem = describeProblem(error);
  const message = problem?.fields.name;

  async function submit(event: FormEvent) {
    event.preventDefault();
    reset();
    const result = await update({ variables: { input: { name } } }).catch(() => null);
    setDone(Boolean(result?.data));
  }

  return (
    <Form onSubmit={(e) => void submit(e)} className="maxw-tablet" noValidate>
      <Fieldset legend={intl.formatMessage(m.nameHeading)} legendStyle="large">
        <div role="status">{done && <Alert type="success" slim>{intl.formatMessage(m.nameSaved)}</Alert>}</div>
        {problem && !message && <ProblemAlert problem={problem} />}
        <FormGroup error={!!message}>
          <Label htmlFor="profile-name">{intl.formatMessage(m.name)}</Label>
          {message && <ErrorMessage id="profile-name-error">{message}</ErrorMessage>}
          <TextInput
            id="profile-name"
            name="name"
            type="text"
            autoComplete="name"
            value={name}
            validationStatus={message ? 'error' : undefined}
            aria-describedby={message ? 'profile-name-error' : undefined}
            onChange={(e) => {
              setDone(false);
              setName(e.target.value);
            }}
          />
        </FormGroup>
        <Button type="submit" disabled={loading} className="margin-top-2">
          {intl.formatMessage(m.saveName)}
        </Button>
      </Fieldset>
    </Form>
  );
}

function OtherSessions() {
  const intl = useIntl();
  const [end, { data, loading, error }] = useMutation(EndMyOtherSessionsMutation);
  return (
    <section aria-labelledby="sessions-heading" className="margin-y-4 maxw-tablet">
      <h2 id="sessions-heading">{intl.formatMessage(m.sessionsHeading)}</h2>
      <p>{intl.formatMessage(m.sessionsHint)}</p>
      <ProblemAlert problem={describeProblem(error)} />
      <Button type="button" outline disabled={loading} onClick={() => void end().catch(() => null)}>
        {intl.formatMessage(m.endOthers)}
      </Button>
      <p role="status">{data ? intl.formatMessage(m.ended, { count: data.endMyOtherSessions }) : ''}</p>
    </section>
  );
}
