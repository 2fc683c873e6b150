import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Checkbox, Fieldset, Form, Select, TextInput, Textarea } from '@trussworks/react-uswds';
import { type FormEvent, useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link, useNavigate, useParams } from 'react-router';
import { useShell } from '../../app/AgencyContext';
import { common } from '../../components/common.messages';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { ProblemAlert } from '../../components/ProblemAlert';
import type { OrganisationType } from '../../graphql/generated/graphql';
import { describeProblem, type Problem } from '../../graphql/problem';
import { CreateOrganisationMutation, OrganisationPageQuery, UpdateOrganisationMutation } from './partners.graphql';
import { partnersMessages as m } from './partners.messages';
import { ORGANISATION_TYPES, PartnersField, splitList, typeLabel } from './partners-ui';
import type { PartnersFlash } from './OrganisationPage';

interface Draft {
  name: string;
  type: string;
  focusAreas: string;
  neighbourhoods: string[];
  website: string;
  phone: string;
  notes: string;
}

const EMPTY: Draft = { name: '', type: '', focusAreas: '', neighbourhoods: [], website: '', phone: '', notes: '' };

/** Add (`/partners/new`) or edit (`/partners/:id/edit`) an organisation; what was typed stays on an error. */
export default function OrganisationFormPage() {
  const intl = useIntl();
  const navigate = useNavigate();
  const { agency } = useShell();
  const { id } = useParams();
  const editing = Boolean(id);
  const { data, error, loading } = useQuery(OrganisationPageQuery, { variables: { id: id ?? '' }, skip: !editing, fetchPolicy: 'cache-first' });
  const [draft, setDraft] = useState<Draft | null>(editing ? null : EMPTY);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [create, creating] = useMutation(CreateOrganisationMutation);
  const [update, updating] = useMutation(UpdateOrganisationMutation);

  const existing = data?.organisation;
  useEffect(() => {
    if (existing && !draft) {
      setDraft({
        name: existing.name,
        type: existing.type,
        focusAreas: existing.focusAreas.join(', '),
        neighbourhoods: existing.neighbourhoods,
        website: existing.website ?? '',
        phone: existing.phone ?? '',
        notes: existing.notes ?? '',
      });
    }
  }, [existing, draft]);

  if (editing && !existing) return error ? <ProblemAlert problem={describeProblem(error)} /> : loading ? <Loading /> : null;
  if (!draft) return <Loading />;

  const title = editing ? intl.formatMessage(m.editOrganisationTitle, { name: existing?.name ?? '' }) : intl.formatMessage(m.newOrganisationTitle);
  const fields = problem?.fields ?? {};
  const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!draft) return;
    const missing: Record<string, string> = {};
    if (!draft.name.trim()) missing.name = intl.formatMessage(m.nameRequired);
    if (!draft.type) missing.type = intl.formatMessage(m.typeRequired);
    if (Object.keys(missing).length) {
      setProblem({ code: 'BAD_USER_INPUT', message: '', fields: missing, extensions: {} });
      return;
    }
    const input = {
      name: draft.name,
      type: draft.type as OrganisationType,
      focusAreas: splitList(draft.focusAreas),
      neighbourhoods: draft.neighbourhoods,
      website: draft.website,
      phone: draft.phone,
      notes: draft.notes,
    };
    setProblem(null);
    try {
      const state: PartnersFlash = { flash: intl.formatMessage(m.saved) };
      if (editing && id) {
        await update({ variables: { id, input } });
        navigate(`/partners/${id}`, { state });
      } else {
        const result = await create({ variables: { input } });
        navigate(`/partners/${result.data?.createOrganisation.id ?? ''}`, { state });
      }
    } catch (e) {
      setProblem(describeProblem(e));
    }
  }

  const busy = creating.loading || updating.loading;
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <ProblemAlert problem={problem}>
        {problem?.code === 'CONFLICT' && (
          <p className="margin-bottom-0">
            <Link className="usa-link" to={`/partners?text=${encodeURIComponent(draft.name.trim())}`}>
              {intl.formatMessage(m.nameTakenNext)}
            </Link>
          </p>
        )}
      </ProblemAlert>
      <Form onSubmit={(e) => void submit(e)} noValidate large>
        <PartnersField label={intl.formatMessage(m.name)} error={fields.name} required>
          <TextInput name="name" type="text" value={draft.name} onChange={(e) => set({ name: e.target.value })} id="" />
        </PartnersField>
        <PartnersField label={intl.formatMessage(m.typeLabel)} error={fields.type} required>
          <Select name="type" value={draft.type} onChange={(e) => set({ type: e.target.value })} id="">
            <option value="">{intl.formatMessage(m.chooseType)}</option>
            {ORGANISATION_TYPES.map((type) => (
              <option key={type} value={type}>
                {typeLabel(intl, type)}
              </option>
            ))}
          </Select>
        </PartnersField>
        <PartnersField label={intl.formatMessage(m.focusAreas)} hint={intl.formatMessage(m.focusAreasHint)} error={fields.focusAreas}>
          <TextInput name="focusAreas" type="text" value={draft.focusAreas} onChange={(e) => set({ focusAreas: e.target.value })} id="" />
        </PartnersField>
        {agency.neighbourhoods.length > 0 && (
          <Fieldset legend={intl.formatMessage(m.neighbourhoods)} className="margin-top-3">
            {fields.neighbourhoods && (
              <span className="usa-error-message" role="alert">
                {fields.neighbourhoods}
              </span>
            )}
            {agency.neighbourhoods.map((n, i) => (
              <Checkbox
                key={n}
                id={`partners-neighbourhood-${i}`}
                name="neighbourhoods"
                label={n}
                value={n}
                checked={draft.neighbourhoods.includes(n)}
                onChange={(e) => set({ neighbourhoods: e.target.checked ? [...draft.neighbourhoods, n] : draft.neighbourhoods.filter((x) => x !== n) })}
              />
            ))}
          </Fieldset>
        )}
        <PartnersField label={intl.formatMessage(m.website)} hint={intl.formatMessage(m.websiteHint)} error={fields.website}>
          <TextInput name="website" type="url" value={draft.website} onChange={(e) => set({ website: e.target.value })} id="" />
        </PartnersField>
        <PartnersField label={intl.formatMessage(m.phone)} error={fields.phone}>
          <TextInput name="phone" type="tel" value={draft.phone} onChange={(e) => set({ phone: e.target.value })} id="" />
        </PartnersField>
        <PartnersField label={intl.formatMessage(m.notes)} error={fields.notes}>
          <Textarea name="notes" value={draft.notes} onChange={(e) => set({ notes: e.target.value })} id="" />
        </PartnersField>
        <div className="partners-actions margin-top-4">
          <Button type="submit" disabled={busy}>
            {busy ? intl.formatMessage(common.saving) : intl.formatMessage(editing ? common.save : m.createOrganisation)}
          </Button>
          <Link className="usa-link" to={editing && id ? `/partners/${id}` : '/partners'}>
            {intl.formatMessage(common.cancel)}
          </Link>
        </div>
      </Form>
    </>
  );
}
