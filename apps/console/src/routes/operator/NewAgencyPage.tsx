import { useMutation } from '@apollo/client/react';
import { Button, Fieldset, Form, Select, TextInput } from '@trussworks/react-uswds';
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link, useNavigate } from 'react-router';
import { common } from '../../components/common.messages';
import { Field } from '../../components/Field';
import { PageHeading } from '../../components/PageHeading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { describeProblem, type Problem } from '../../graphql/problem';
import { CONSOLE_LANGUAGES } from '../../i18n/console-languages';
import { languageName } from '../partners/partners-ui';
import { CreateAgencyMutation } from './operator.graphql';
import { operatorMessages as m } from './operator.messages';

type FieldName = 'name' | 'slug' | 'timeZone' | 'adminName' | 'adminEmail';
const FIELDS: FieldName[] = ['name', 'slug', 'timeZone', 'adminName', 'adminEmail'];

/** A slug suggested from the name until the operator types their own. */
function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** `/operator/agencies/new`: a new agency and its first administrator's invitation. */
export default function NewAgencyPage() {
  const intl = useIntl();
  const navigate = useNavigate();
  const zones = useMemo(() => Intl.supportedValuesOf('timeZone'), []);
  const [draft, setDraft] = useState<Record<FieldName, string>>({ name: '', slug: '', timeZone: 'America/New_York', adminName: '', adminEmail: '' });
  const [adminLanguage, setAdminLanguage] = useState('en');
  const [slugTouched, setSlugTouched] = useState(false);
  const [localErrors, setLocalErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [createAgency, creating] = useMutation(CreateAgencyMutation);
  const formRef = useRef<HTMLFormElement>(null);
  const errors: Partial<Record<FieldName | 'adminPreferredLanguage', string>> = { ...(problem?.fields as Partial<Record<FieldName, string>>), ...localErrors };

  // After a refused save, take the keyboard to the first field that needs correcting.
  useEffect(() => {
    if (Object.keys(errors).length) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [problem, localErrors]);

  const label = (name: FieldName) => intl.formatMessage(m[name]);
  const set = (name: FieldName) => (event: { target: { value: string } }) => {
    const value = event.target.value;
    setDraft((d) => ({ ...d, [name]: value, ...(name === 'name' && !slugTouched ? { slug: slugOf(value) } : {}) }));
    if (name === 'slug') setSlugTouched(true);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const missing = Object.fromEntries(FIELDS.filter((f) => !draft[f].trim()).map((f) => [f, intl.formatMessage(m.fieldMissing, { field: label(f).toLowerCase() })]));
    setLocalErrors(missing);
    if (Object.keys(missing).length) return setProblem(null);
    try {
      const result = await createAgency({
        variables: { input: { ...draft, adminEmail: draft.adminEmail.trim(), name: draft.name.trim(), slug: draft.slug.trim(), adminPreferredLanguage: adminLanguage } },
      });
      const agency = result.data?.createAgency;
      if (agency) navigate(`/operator/agencies/${agency.id}`, { state: { created: agency.name } });
    } catch (err) {
      setProblem(describeProblem(err));
    }
  }

  const text = (name: FieldName, props: { type?: string; autoComplete?: string; hint?: string } = {}) => (
    <Field id={`agency-${name}`} label={label(name)} error={errors[name]} hint={props.hint}>
      {(control) => <TextInput {...control} name={name} type={(props.type ?? 'text') as 'text'} autoComplete={props.autoComplete ?? 'off'} value={draft[name]} onChange={set(name)} validationStatus={errors[name] ? 'error' : undefined} />}
    </Field>
  );

  const title = intl.formatMessage(m.newTitle);
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <p>
        <Link to="/operator">{intl.formatMessage(m.backToAgencies)}</Link>
      </p>
      <p>{intl.formatMessage(m.newIntro)}</p>
      <Form ref={formRef} onSubmit={(e) => void submit(e)} noValidate large>
        {text('name')}
        {text('slug', { hint: intl.formatMessage(m.slugHint) })}
        <Field id="agency-timeZone" label={label('timeZone')} error={errors.timeZone}>
          {(control) => (
            <Select {...control} name="timeZone" value={draft.timeZone} onChange={set('timeZone')}>
              {zones.map((zone) => (
                <option key={zone} value={zone}>
                  {zone.replace(/_/g, ' ')}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Fieldset legend={intl.formatMessage(m.adminLegend)}>
          {text('adminName', { autoComplete: 'off' })}
          {text('adminEmail', { type: 'email', autoComplete: 'off' })}
          <Field id="agency-adminPreferredLanguage" label={intl.formatMessage(m.adminLanguage)} error={errors.adminPreferredLanguage} hint={intl.formatMessage(m.adminLanguageHint)}>
            {(control) => (
              <Select {...control} name="adminPreferredLanguage" value={adminLanguage} onChange={(e) => setAdminLanguage(e.target.value)}>
                {CONSOLE_LANGUAGES.map((code) => (
                  <option key={code} value={code}>
                    {languageName(intl, code)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        </Fieldset>
        <div className="margin-top-3">
          <ProblemAlert problem={problem} />
          <Button type="submit" disabled={creating.loading}>
            {intl.formatMessage(creating.loading ? common.saving : m.create)}
          </Button>
        </div>
      </Form>
    </>
  );
}
