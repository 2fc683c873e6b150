import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Checkbox, ErrorMessage, Fieldset, Form, FormGroup, Label, Select, TextInput } from '@trussworks/react-uswds';
import { type FormEvent, type ReactNode, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { useIsAdmin } from '../../app/AgencyContext';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import type { AdminAgencySettingsQuery } from '../../graphql/generated/graphql';
import { describeProblem } from '../../graphql/problem';
import { AdminFrame } from './AdminFrame';
import { AgencySettingsQuery, UpdateAgencySettingsMutation } from './admin.graphql';
import { adminMessages as m } from './admin.messages';
import { NeighbourhoodsEditor } from './NeighbourhoodsEditor';
import { PublicCalendarLink } from './PublicCalendarLink';

type Agency = AdminAgencySettingsQuery['agency'];
type Language = AdminAgencySettingsQuery['languages'][number];
type TextKey = 'name' | 'slug' | 'mailSenderName' | 'mailSenderEmail' | 'logoUrl' | 'primaryColor';
type Draft = Record<TextKey, string> & { timeZone: string; neighbourhoods: string[]; enabledLanguages: string[] };

function draftOf(agency: Agency): Draft {
  return {
    name: agency.name,
    slug: agency.slug,
    timeZone: agency.timeZone,
    neighbourhoods: agency.neighbourhoods,
    enabledLanguages: agency.enabledLanguages,
    mailSenderName: agency.mailSenderName ?? '',
    mailSenderEmail: agency.mailSenderEmail ?? '',
    logoUrl: agency.branding.logoUrl ?? '',
    primaryColor: agency.branding.primaryColor ?? '',
  };
}

/** Every IANA zone the browser knows, with the agency's own first if the browser lacks it. */
function timeZones(current: string): string[] {
  const zones = Intl.supportedValuesOf('timeZone');
  return zones.includes(current) ? zones : [current, ...zones];
}

/** `/administration/settings`: the agency's name, address, zone, neighbourhoods, branding and mail sender; the calendar link to share. */
export default function AgencySettingsPage() {
  const intl = useIntl();
  const admin = useIsAdmin();
  const { data, error } = useQuery(AgencySettingsQuery, { skip: !admin });
  return (
    <AdminFrame title={intl.formatMessage(m.settingsTitle)}>
      {data ? <SettingsForm key={data.agency.id} agency={data.agency} languages={data.languages} /> : error ? <ProblemAlert problem={describeProblem(error)} /> : <Loading />}
    </AdminFrame>
  );
}

function SettingsForm({ agency, languages }: { agency: Agency; languages: Language[] }) {
  const intl = useIntl();
  const [draft, setDraft] = useState(() => draftOf(agency));
  const [saved, setSaved] = useState(false);
  const savedRef = useRef<HTMLDivElement>(null);
  const [update, { loading, error, reset }] = useMutation(UpdateAgencySettingsMutation);
  const problem = describeProblem(error);
  const fields = problem?.fields ?? {};
  const errorFor = (prefix: string) => Object.entries(fields).find(([key]) => key === prefix || key.startsWith(`${prefix}.`))?.[1];
  const set = (next: Partial<Draft>) => {
    setSaved(false);
    setDraft({ ...draft, ...next });
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    reset();
    setSaved(false);
    const input = {
      name: draft.name.trim(),
      slug: draft.slug.trim(),
      timeZone: draft.timeZone,
      neighbourhoods: draft.neighbourhoods,
      enabledLanguages: draft.enabledLanguages,
      mailSenderName: draft.mailSenderName.trim() || null,
      mailSenderEmail: draft.mailSenderEmail.trim() || null,
      branding: { logoUrl: draft.logoUrl.trim() || null, primaryColor: draft.primaryColor.trim() || null },
    };
    const result = await update({ variables: { input } }).catch(() => null);
    if (result?.data) {
      setSaved(true);
      requestAnimationFrame(() => savedRef.current?.focus());
    }
  }

  const text = (key: TextKey, label: string, options: { hint?: string; type?: 'text' | 'email' | 'url'; errorKey?: string } = {}): ReactNode => {
    const message = errorFor(options.errorKey ?? key);
    const id = `agency-${key}`;
    const describedBy = [options.hint && `${id}-hint`, message && `${id}-error`].filter(Boolean).join(' ') || undefined;
    return (
      <FormGroup error={!!message}>
        <Label htmlFor={id}>{label}</Label>
        {options.hint && (
          <span className="usa-hint" id={`${id}-hint`}>
            {options.hint}
          </span>
        )}
        {message && <ErrorMessage id={`${id}-error`}>{message}</ErrorMessage>}
        <TextInput
          id={id}
          name={key}
          type={options.type ?? 'text'}
          value={draft[key]}
          validationStatus={message ? 'error' : undefined}
          aria-describedby={describedBy}
          onChange={(e) => set({ [key]: e.target.value })}
        />
      </FormGroup>
    );
  };

  const zoneError = errorFor('timeZone');
  return (
    <>
      <div ref={savedRef} tabIndex={-1} role="status">
        {saved && (
          <Alert type="success" slim>
            {intl.formatMessage(m.saved)}
          </Alert>
        )}
      </div>
      {problem && !Object.keys(fields).length && <ProblemAlert problem={problem} />}
      <Form onSubmit={(e) => void submit(e)} className="maxw-tablet" noValidate>
        {text('name', intl.formatMessage(m.agencyName))}
        {text('slug', intl.formatMessage(m.slug), { hint: intl.formatMessage(m.slugHint) })}
        <FormGroup error={!!zoneError}>
          <Label htmlFor="agency-timeZone">{intl.formatMessage(m.timeZone)}</Label>
          {zoneError && <ErrorMessage id="agency-timeZone-error">{zoneError}</ErrorMessage>}
          <Select id="agency-timeZone" name="timeZone" value={draft.timeZone} onChange={(e) => set({ timeZone: e.target.value })}>
            {timeZones(agency.timeZone).map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </Select>
        </FormGroup>
        <NeighbourhoodsEditor value={draft.neighbourhoods} error={errorFor('neighbourhoods')} onChange={(neighbourhoods) => set({ neighbourhoods })} />
        <LanguagesChoice
          languages={languages}
          value={draft.enabledLanguages}
          error={errorFor('enabledLanguages')}
          onChange={(enabledLanguages) => set({ enabledLanguages })}
        />
        <Fieldset legend={intl.formatMessage(m.brandingLegend)} className="margin-top-3">
          {text('logoUrl', intl.formatMessage(m.logoUrl), { type: 'url', errorKey: 'branding.logoUrl' })}
          {text('primaryColor', intl.formatMessage(m.colour), { hint: intl.formatMessage(m.colourHint), errorKey: 'branding.primaryColor' })}
        </Fieldset>
        <Fieldset legend={intl.formatMessage(m.mailLegend)} className="margin-top-3">
          {text('mailSenderName', intl.formatMessage(m.senderName))}
          {text('mailSenderEmail', intl.formatMessage(m.senderEmail), { type: 'email' })}
        </Fieldset>
        <Button type="submit" className="margin-top-3" disabled={loading}>
          {intl.formatMessage(m.saveSettings)}
        </Button>
      </Form>
      <PublicCalendarLink slug={agency.slug} />
    </>
  );
}

/** One checkbox per language Liaison ships; English is always offered, so its box is checked and cannot be cleared. */
function LanguagesChoice({ languages, value, error, onChange }: { languages: Language[]; value: string[]; error?: string; onChange: (next: string[]) => void }) {
  const intl = useIntl();
  const toggle = (code: string, on: boolean) => onChange(languages.map((l) => l.code).filter((c) => c === 'en' || (c === code ? on : value.includes(c))));
  return (
    <Fieldset legend={intl.formatMessage(m.languagesLegend)} className="margin-top-3" aria-describedby={error ? 'languages-hint languages-error' : 'languages-hint'}>
      <p className="usa-hint" id="languages-hint">
        {intl.formatMessage(m.languagesHint)}
      </p>
      {error && <ErrorMessage id="languages-error">{error}</ErrorMessage>}
      {languages.map((language) => (
        <Checkbox
          key={language.code}
          id={`agency-language-${language.code}`}
          name="enabledLanguages"
          value={language.code}
          label={
            language.nativeName === language.englishName ? (
              language.englishName
            ) : (
              <span>{intl.formatMessage(m.languageChoice, { englishName: language.englishName, nativeName: <span lang={language.code}>{language.nativeName}</span> })}</span>
            )
          }
          checked={language.code === 'en' || value.includes(language.code)}
          disabled={language.code === 'en'}
          onChange={(e) => toggle(language.code, e.target.checked)}
        />
      ))}
    </Fieldset>
  );
}
