import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, AlertText, Button, Form, Select, TextInput } from '@trussworks/react-uswds';
import { type FormEvent, useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link, useNavigate, useParams } from 'react-router';
import { common } from '../../components/common.messages';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { describeProblem, type Problem } from '../../graphql/problem';
import { AddContactMutation, OrganisationPageQuery, UpdateContactMutation } from './partners.graphql';
import { partnersMessages as m } from './partners.messages';
import { PartnersField, languageName } from './partners-ui';
import type { PartnersFlash } from './OrganisationPage';

/** Languages offered first; any other BCP 47 tag can be typed. */
const COMMON_LANGUAGES = ['en', 'es', 'fr', 'pt', 'zh', 'vi', 'ar', 'ko', 'ru', 'so', 'ht', 'tl'];
const OTHER = 'other';

interface Draft {
  name: string;
  email: string;
  roleTitle: string;
  phone: string;
  language: string;
  otherLanguage: string;
}

/** Add (`/partners/:id/contacts/new`) or edit (`.../contacts/:contactId/edit`) a contact at an organisation. */
export default function ContactFormPage() {
  const intl = useIntl();
  const navigate = useNavigate();
  const { id = '', contactId } = useParams();
  const { data, error, loading } = useQuery(OrganisationPageQuery, { variables: { id }, fetchPolicy: 'cache-first' });
  const [draft, setDraft] = useState<Draft | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [add, adding] = useMutation(AddContactMutation);
  const [update, updating] = useMutation(UpdateContactMutation);

  const organisation = data?.organisation;
  const contact = contactId ? organisation?.contacts.find((c) => c.id === contactId) : undefined;
  useEffect(() => {
    if (draft || !organisation) return;
    const language = contact?.preferredLanguage ?? 'en';
    const known = COMMON_LANGUAGES.includes(language);
    setDraft({
      name: contact?.name ?? '',
      email: contact?.email ?? '',
      roleTitle: contact?.roleTitle ?? '',
      phone: contact?.phone ?? '',
      language: known ? language : OTHER,
      otherLanguage: known ? '' : language,
    });
  }, [organisation, contact, draft]);

  if (!organisation || (contactId && !contact)) {
    const missing = organisation && contactId && !contact ? { code: 'NOT_FOUND', message: '', fields: {}, extensions: {} } : describeProblem(error);
    return missing ? <ProblemAlert problem={missing} /> : loading ? <Loading /> : null;
  }
  if (!draft) return <Loading />;

  const title = contact ? intl.formatMessage(m.editContactTitle, { name: contact.name }) : intl.formatMessage(m.newContactTitle, { organisation: organisation.name });
  const fields = problem?.fields ?? {};
  const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!draft || !organisation) return;
    const missing: Record<string, string> = {};
    if (!draft.name.trim()) missing.name = intl.formatMessage(m.contactNameRequired);
    if (!draft.email.trim()) missing.email = intl.formatMessage(m.contactEmailRequired);
    if (Object.keys(missing).length) {
      setProblem({ code: 'BAD_USER_INPUT', message: '', fields: missing, extensions: {} });
      return;
    }
    const input = {
      name: draft.name,
      email: draft.email,
      roleTitle: draft.roleTitle,
      phone: draft.phone,
      preferredLanguage: draft.language === OTHER ? draft.otherLanguage : draft.language,
    };
    setProblem(null);
    try {
      if (contact) await update({ variables: { id: contact.id, input } });
      else await add({ variables: { organisationId: organisation.id, input } });
      const state: PartnersFlash = { flash: intl.formatMessage(m.saved) };
      navigate(`/partners/${organisation.id}`, { state });
    } catch (e) {
      setProblem(describeProblem(e));
    }
  }

  const busy = adding.loading || updating.loading;
  // A language the API refuses is named on preferredLanguage: show it beside whichever control holds it.
  const languageError = fields.preferredLanguage;
  return (
    <>
      <p className="margin-bottom-0">
        <Link className="usa-link" to={`/partners/${organisation.id}`}>
          {organisation.name}
        </Link>
      </p>
      <PageHeading title={title}>{title}</PageHeading>
      {contact?.optedOut && (
        <Alert type="info" slim>
          <AlertText>{intl.formatMessage(m.contactOptedOutNote)}</AlertText>
        </Alert>
      )}
      {contact?.undeliverable && (
        <Alert type="warning" slim>
          <AlertText>{intl.formatMessage(m.contactUndeliverableNote, { email: contact.email, reason: contact.undeliverableReason ?? '' })}</AlertText>
        </Alert>
      )}
      <ProblemAlert problem={problem}>{problem?.code === 'CONFLICT' && <p className="margin-bottom-0">{intl.formatMessage(m.emailTakenNext)}</p>}</ProblemAlert>
      <Form onSubmit={(e) => void submit(e)} noValidate large>
        <PartnersField label={intl.formatMessage(m.contactName)} error={fields.name} required>
          <TextInput name="name" type="text" autoComplete="off" value={draft.name} onChange={(e) => set({ name: e.target.value })} id="" />
        </PartnersField>
        <PartnersField label={intl.formatMessage(m.contactEmail)} error={fields.email} required>
          <TextInput name="email" type="email" autoComplete="off" value={draft.email} onChange={(e) => set({ email: e.target.value })} id="" />
        </PartnersField>
        <PartnersField label={intl.formatMessage(m.contactRole)} error={fields.roleTitle}>
          <TextInput name="roleTitle" type="text" value={draft.roleTitle} onChange={(e) => set({ roleTitle: e.target.value })} id="" />
        </PartnersField>
        <PartnersField label={intl.formatMessage(m.contactPhone)} error={fields.phone}>
          <TextInput name="phone" type="tel" value={draft.phone} onChange={(e) => set({ phone: e.target.value })} id="" />
        </PartnersField>
        <PartnersField label={intl.formatMessage(m.contactLanguage)} hint={intl.formatMessage(m.contactLanguageHint)} error={draft.language === OTHER ? undefined : languageError}>
          <Select name="language" value={draft.language} onChange={(e) => set({ language: e.target.value })} id="">
            {COMMON_LANGUAGES.map((tag) => (
              <option key={tag} value={tag}>
                {languageName(intl, tag)}
              </option>
            ))}
            <option value={OTHER}>{intl.formatMessage(m.otherLanguage)}</option>
          </Select>
        </PartnersField>
        {draft.language === OTHER && (
          <PartnersField label={intl.formatMessage(m.otherLanguageCode)} hint={intl.formatMessage(m.otherLanguageHint)} error={languageError}>
            <TextInput name="otherLanguage" type="text" value={draft.otherLanguage} onChange={(e) => set({ otherLanguage: e.target.value })} id="" />
          </PartnersField>
        )}
        <div className="partners-actions margin-top-4">
          <Button type="submit" disabled={busy}>
            {busy ? intl.formatMessage(common.saving) : intl.formatMessage(contact ? common.save : m.createContact)}
          </Button>
          <Link className="usa-link" to={`/partners/${organisation.id}`}>
            {intl.formatMessage(common.cancel)}
          </Link>
        </div>
      </Form>
    </>
  );
}
