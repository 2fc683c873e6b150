import { Button, Checkbox, ErrorMessage, Fieldset, Form, FormGroup, Label, Radio, Select, TextInput, Textarea } from '@trussworks/react-uswds';
import { type FormEvent, type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useShell } from '../../../app/AgencyContext';
import { common } from '../../../components/common.messages';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { type Problem, describeProblem } from '../../../graphql/problem';
import type { ForumFormat, ForumType, ForumVisibility } from '../../../graphql/generated/graphql';
import { AgendaEditor } from './AgendaEditor';
import { ConflictNotice, type ForumConflict, forumConflict } from './ConflictNotice';
import { forumForm as m } from './forum-form.messages';
import {
  COMMON_LANGUAGES,
  FORUM_FORMATS,
  FORUM_TYPES,
  type ForumFormValues,
  type HostChoice,
  VISIBILITIES,
  type VenueChoice,
  localProblems,
  translationLanguages,
} from './forum-form-values';
import { ForumTranslations } from './ForumTranslations';
import { HostsPicker } from './HostsPicker';
import { VenuePicker } from './VenuePicker';
import { COMMON_ZONES, isKnownZone, knownZones, roughInstant, zoneName, zoneOffset } from './zones';

const TYPE_MESSAGES: Record<ForumType, (typeof m)[keyof typeof m]> = {
  ADVISORY_BOARD: m.type_ADVISORY_BOARD,
  AWARENESS_EVENT: m.type_AWARENESS_EVENT,
  CITIZEN_ACADEMY: m.type_CITIZEN_ACADEMY,
  COMMUNITY_FORUM: m.type_COMMUNITY_FORUM,
  LISTENING_SESSION: m.type_LISTENING_SESSION,
  SCHOOL_PROGRAM: m.type_SCHOOL_PROGRAM,
  TASK_FORCE_MEETING: m.type_TASK_FORCE_MEETING,
  TOWN_HALL: m.type_TOWN_HALL,
};
const FORMAT_MESSAGES: Record<ForumFormat, (typeof m)[keyof typeof m]> = { IN_PERSON: m.format_IN_PERSON, ONLINE: m.format_ONLINE, HYBRID: m.format_HYBRID };
const VISIBILITY_MESSAGES: Record<ForumVisibility, [(typeof m)[keyof typeof m], (typeof m)[keyof typeof m]]> = {
  PUBLIC: [m.visibility_PUBLIC, m.visibility_PUBLIC_hint],
  INVITE_ONLY: [m.visibility_INVITE_ONLY, m.visibility_INVITE_ONLY_hint],
};

/** Every field the page renders, by the API's field path; anything else is listed in the summary. */
const PLACED = new Set([
  'type', 'title', 'description', 'topics', 'neighbourhood', 'timeZone', 'start', 'end', 'rsvpDeadline', 'format', 'venueId', 'onlineUrl',
  'capacityOverride', 'hostIds', 'languages', 'interpretationLanguages', 'signLanguage', 'accessibilityNotes', 'visibility', 'translations',
]);
const placed = (path: string) => PLACED.has(path.split('.')[0]) || /^agenda\.\d+\.(title|speaker|durationMinutes|notes)$/.test(path);

export interface ForumFormProps {
  mode: 'create' | 'edit';
  initial: ForumFormValues;
  venues: { totalCount: number; venues: VenueChoice[] };
  staff: HostChoice[];
  cancelTo: string;
  /** Why the saved forum was booked despite a conflict, if it was. */
  savedOverride?: string | null;
  /** Saves (and moves on); throws the API's error, which the form shows. */
  save: (values: ForumFormValues, overrideReason: string | null) => Promise<void>;
  children?: ReactNode;
}

/**
 * The forum form, for a new forum and for an existing one. Values stay as typed until saved:
 * an error from the API shows beside the field it names and nothing is cleared.
 */
export function ForumForm({ mode, initial, venues, staff, cancelTo, savedOverride, save, children }: ForumFormProps) {
  const intl = useIntl();
  const { agency } = useShell();
  const [values, setValues] = useState(initial);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [conflict, setConflict] = useState<ForumConflict | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (problem) summary.current?.focus();
  }, [problem]);

  const set = <K extends keyof ForumFormValues>(key: K, value: ForumFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const errorFor = (path: string): string | undefined => fields[path] ?? Object.entries(fields).find(([key]) => key.startsWith(`${path}.`))?.[1];
  const unplaced = Object.entries(fields).filter(([key]) => !placed(key));

  async function run(overrideReason: string | null) {
    const local = localProblems(values, { typeMissing: intl.formatMessage(m.typeMissing), notWholeNumber: intl.formatMessage(m.notWholeNumber) });
    if (Object.keys(local).length) {
      setFields(local);
      setProblem({ code: 'BAD_USER_INPUT', message: '', fields: local, extensions: {} });
      return;
    }
    setBusy(true);
    try {
      await save(values, overrideReason);
    } catch (error) {
      const described = describeProblem(error);
      const clash = forumConflict(described);
      if (clash) {
        setConflict(clash);
        setFields({});
        setProblem(null);
      } else {
        setConflict(null);
        setFields(described?.fields ?? {});
        setProblem(described);
      }
    } finally {
      setBusy(false);
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void run(null);
  }

  function saveAnyway() {
    if (!reason.trim()) {
      setReasonError(intl.formatMessage(m.conflictReasonMissing));
      return;
    }
    setReasonError(undefined);
    void run(reason.trim());
  }

  /** aria for a control: invalid when its field has a message, described by its hint and message. */
  const aria = (path: string, hint?: string) => {
    const error = errorFor(path);
    const ids = [hint, error ? `forum-${path}-error` : ''].filter(Boolean).join(' ');
    return { 'aria-invalid': Boolean(error), 'aria-describedby': ids || undefined };
  };
  const errorText = (path: string) => {
    const error = errorFor(path);
    return error ? <ErrorMessage id={`forum-${path}-error`}>{error}</ErrorMessage> : null;
  };
  const label = (text: string, required = false) => (required ? `${text} *` : text);

  // Time zones: the browser's list, plus the current one when the browser does not know it (shown as such).
  const zoneAt = roughInstant(values.start);
  const zoneDay = values.start.slice(0, 10);
  const [allZones, setAllZones] = useState(false);
  const zoneOptions = useMemo(() => {
    const at = roughInstant(zoneDay ? `${zoneDay}T12:00` : '');
    const zones = allZones ? knownZones() : [...new Set([agency.timeZone, initial.timeZone, ...COMMON_ZONES])].filter(isKnownZone);
    return zones.map((zone) => ({ zone, text: intl.formatMessage(m.zoneOption, { zone: zone.replace(/_/g, ' '), offset: zoneOffset(zone, at) }) }));
  }, [zoneDay, intl, allZones, agency.timeZone, initial.timeZone]);
  const zoneKnown = isKnownZone(values.timeZone);
  const zoneListed = zoneOptions.some((o) => o.zone === values.timeZone);
  const timeHint = zoneKnown
    ? intl.formatMessage(m.timeIn, { zone: values.timeZone, zoneName: zoneName(values.timeZone, zoneAt, intl.locale) })
    : intl.formatMessage(m.timeInUnknown, { zone: values.timeZone });

  const languageName = useMemo(() => {
    const names = new Intl.DisplayNames([intl.locale], { type: 'language' });
    return (tag: string) => names.of(tag) ?? tag;
  }, [intl.locale]);

  function languageBoxes(key: 'languages' | 'interpretationLanguages') {
    const chosen = values[key];
    const tags = [...COMMON_LANGUAGES, ...chosen.filter((t) => !COMMON_LANGUAGES.includes(t))];
    return (
      <div className="grid-row grid-gap-sm">
        {tags.map((tag) => (
          <div key={tag} className="mobile-lg:grid-col-6">
            <Checkbox
              id={`forum-${key}-${tag}`}
              name={key}
              label={languageName(tag)}
              lang={tag}
              checked={chosen.includes(tag)}
              onChange={(e) => set(key, e.target.checked ? [...chosen, tag] : chosen.filter((t) => t !== tag))}
              {...aria(key)}
            />
          </div>
        ))}
      </div>
    );
  }

  const showVenue = values.format !== 'ONLINE';
  const showLink = values.format !== 'IN_PERSON';

  return (
    <Form onSubmit={submit} noValidate large className="maxw-tablet-lg">
      <div ref={summary} tabIndex={-1}>
        <ProblemAlert problem={problem}>
          {unplaced.length > 0 && (
            <ul className="usa-list">
              {unplaced.map(([key, message]) => (
                <li key={key}>{message}</li>
              ))}
            </ul>
          )}
        </ProblemAlert>
      </div>
      <p className="usa-hint">{intl.formatMessage(m.requiredNote)}</p>
      {children}

      <Fieldset legend={intl.formatMessage(m.aboutLegend)} legendStyle="large">
        <FormGroup error={Boolean(errorFor('type'))}>
          <Label htmlFor="forum-type">{label(intl.formatMessage(m.type), true)}</Label>
          {errorText('type')}
          <Select id="forum-type" name="type" value={values.type} onChange={(e) => set('type', e.target.value as ForumType | '')} validationStatus={errorFor('type') ? 'error' : undefined} {...aria('type')}>
            <option value="">{intl.formatMessage(m.typeChoose)}</option>
            {FORUM_TYPES.map((type) => (
              <option key={type} value={type}>
                {intl.formatMessage(TYPE_MESSAGES[type])}
              </option>
            ))}
          </Select>
        </FormGroup>
        <FormGroup error={Boolean(errorFor('title'))}>
          <Label htmlFor="forum-title">{label(intl.formatMessage(m.title), true)}</Label>
          {errorText('title')}
          <TextInput id="forum-title" name="title" type="text" value={values.title} onChange={(e) => set('title', e.target.value)} validationStatus={errorFor('title') ? 'error' : undefined} {...aria('title')} />
        </FormGroup>
        <FormGroup error={Boolean(errorFor('description'))}>
          <Label htmlFor="forum-description">{intl.formatMessage(m.description)}</Label>
          <span className="usa-hint" id="forum-description-hint">
            {intl.formatMessage(m.descriptionHint)}
          </span>
          {errorText('description')}
          <Textarea id="forum-description" name="description" value={values.description} onChange={(e) => set('description', e.target.value)} {...aria('description', 'forum-description-hint')} />
        </FormGroup>
        <FormGroup error={Boolean(errorFor('topics'))}>
          <Label htmlFor="forum-topics">{intl.formatMessage(m.topics)}</Label>
          <span className="usa-hint" id="forum-topics-hint">
            {intl.formatMessage(m.topicsHint)}
          </span>
          {errorText('topics')}
          <TextInput id="forum-topics" name="topics" type="text" value={values.topics} onChange={(e) => set('topics', e.target.value)} {...aria('topics', 'forum-topics-hint')} />
        </FormGroup>
        {(agency.neighbourhoods.length > 0 || values.neighbourhood) && (
          <FormGroup error={Boolean(errorFor('neighbourhood'))}>
            <Label htmlFor="forum-neighbourhood">{intl.formatMessage(m.neighbourhood)}</Label>
            {errorText('neighbourhood')}
            <Select id="forum-neighbourhood" name="neighbourhood" value={values.neighbourhood} onChange={(e) => set('neighbourhood', e.target.value)} {...aria('neighbourhood')}>
              <option value="">{intl.formatMessage(m.neighbourhoodNone)}</option>
              {[...new Set([...agency.neighbourhoods, ...(values.neighbourhood ? [values.neighbourhood] : [])])].map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </Select>
          </FormGroup>
        )}
      </Fieldset>

      <Fieldset legend={intl.formatMessage(m.whenLegend)} legendStyle="large" className="margin-top-4">
        <FormGroup error={Boolean(errorFor('timeZone'))}>
          <Label htmlFor="forum-timeZone">{label(intl.formatMessage(m.timeZone), true)}</Label>
          <span className="usa-hint" id="forum-timeZone-hint">
            {intl.formatMessage(m.timeZoneHint)}
          </span>
          {errorText('timeZone')}
          {!zoneKnown && !errorFor('timeZone') && (
            <ErrorMessage id="forum-timeZone-warning">{intl.formatMessage(m.zoneUnknownWarning, { zone: values.timeZone })}</ErrorMessage>
          )}
          <Select
            id="forum-timeZone"
            name="timeZone"
            value={values.timeZone}
            onChange={(e) => set('timeZone', e.target.value)}
            validationStatus={errorFor('timeZone') ? 'error' : undefined}
            {...aria('timeZone', ['forum-timeZone-hint', zoneKnown ? '' : 'forum-timeZone-warning'].filter(Boolean).join(' '))}
          >
            {!zoneListed && (
              <option value={values.timeZone}>
                {zoneKnown
                  ? intl.formatMessage(m.zoneOption, { zone: values.timeZone, offset: zoneOffset(values.timeZone, zoneAt) })
                  : intl.formatMessage(m.zoneUnknown, { zone: values.timeZone })}
              </option>
            )}
            {zoneOptions.map((o) => (
              <option key={o.zone} value={o.zone}>
                {o.text}
              </option>
            ))}
          </Select>
          <Checkbox id="forum-allZones" name="allZones" className="margin-top-1" label={intl.formatMessage(m.allZones)} checked={allZones} onChange={(e) => setAllZones(e.target.checked)} />
        </FormGroup>
        {(['start', 'end', 'rsvpDeadline'] as const).map((key) => (
          <FormGroup key={key} error={Boolean(errorFor(key))}>
            <Label htmlFor={`forum-${key}`}>{label(intl.formatMessage(m[key]), key !== 'rsvpDeadline')}</Label>
            <span className="usa-hint" id={`forum-${key}-hint`}>
              {key === 'rsvpDeadline' ? `${intl.formatMessage(m.rsvpDeadlineHint)} ${timeHint}` : timeHint}
            </span>
            {errorText(key)}
            <input
              className={`usa-input${errorFor(key) ? ' usa-input--error' : ''}`}
              id={`forum-${key}`}
              name={key}
              type="datetime-local"
              value={values[key]}
              onChange={(e) => set(key, e.target.value)}
              {...aria(key, `forum-${key}-hint`)}
            />
          </FormGroup>
        ))}
        {mode === 'edit' && <p className="usa-hint">{intl.formatMessage(m.rescheduleNote)}</p>}
      </Fieldset>

      <Fieldset legend={intl.formatMessage(m.whereLegend)} legendStyle="large" className="margin-top-4">
        <Fieldset legend={label(intl.formatMessage(m.format), true)}>
          {errorText('format')}
          {FORUM_FORMATS.map((format) => (
            <Radio
              key={format}
              id={`forum-format-${format}`}
              name="format"
              label={intl.formatMessage(FORMAT_MESSAGES[format])}
              checked={values.format === format}
              onChange={() => set('format', format)}
            />
          ))}
        </Fieldset>
        {showVenue && <VenuePicker value={values.venue} onChange={(venue) => set('venue', venue)} initial={venues} error={errorFor('venueId')} />}
        {showLink && (
          <FormGroup error={Boolean(errorFor('onlineUrl'))}>
            <Label htmlFor="forum-onlineUrl">{label(intl.formatMessage(m.onlineUrl), true)}</Label>
            <span className="usa-hint" id="forum-onlineUrl-hint">
              {intl.formatMessage(m.onlineUrlHint)}
            </span>
            {errorText('onlineUrl')}
            <TextInput id="forum-onlineUrl" name="onlineUrl" type="url" value={values.onlineUrl} onChange={(e) => set('onlineUrl', e.target.value)} validationStatus={errorFor('onlineUrl') ? 'error' : undefined} {...aria('onlineUrl', 'forum-onlineUrl-hint')} />
          </FormGroup>
        )}
        <FormGroup error={Boolean(errorFor('capacityOverride'))}>
          <Label htmlFor="forum-capacityOverride">{intl.formatMessage(m.capacity)}</Label>
          <span className="usa-hint" id="forum-capacityOverride-hint">
            {showVenue && values.venue?.capacity != null ? intl.formatMessage(m.capacityHintVenue, { capacity: values.venue.capacity }) : intl.formatMessage(m.capacityHint)}
          </span>
          {errorText('capacityOverride')}
          <TextInput
            id="forum-capacityOverride"
            name="capacityOverride"
            type="number"
            inputMode="numeric"
            inputSize="small"
            value={values.capacityOverride}
            onChange={(e) => set('capacityOverride', e.target.value)}
            validationStatus={errorFor('capacityOverride') ? 'error' : undefined}
            {...aria('capacityOverride', 'forum-capacityOverride-hint')}
          />
        </FormGroup>
      </Fieldset>

      <HostsPicker value={values.hosts} onChange={(hosts) => set('hosts', hosts)} initial={staff} error={errorFor('hostIds')} />

      <Fieldset legend={intl.formatMessage(m.accessLegend)} legendStyle="large" className="margin-top-4">
        <Fieldset legend={intl.formatMessage(m.languages)}>
          <span className="usa-hint">{intl.formatMessage(m.languagesHint)}</span>
          {errorText('languages')}
          {languageBoxes('languages')}
        </Fieldset>
        <Fieldset legend={intl.formatMessage(m.interpretation)} className="margin-top-2">
          {errorText('interpretationLanguages')}
          {languageBoxes('interpretationLanguages')}
        </Fieldset>
        <Checkbox id="forum-signLanguage" name="signLanguage" className="margin-top-2" label={intl.formatMessage(m.signLanguage)} checked={values.signLanguage} onChange={(e) => set('signLanguage', e.target.checked)} />
        <FormGroup error={Boolean(errorFor('accessibilityNotes'))}>
          <Label htmlFor="forum-accessibilityNotes">{intl.formatMessage(m.accessibilityNotes)}</Label>
          <span className="usa-hint" id="forum-accessibilityNotes-hint">
            {intl.formatMessage(m.accessibilityNotesHint)}
          </span>
          {errorText('accessibilityNotes')}
          <Textarea id="forum-accessibilityNotes" name="accessibilityNotes" value={values.accessibilityNotes} onChange={(e) => set('accessibilityNotes', e.target.value)} {...aria('accessibilityNotes', 'forum-accessibilityNotes-hint')} />
        </FormGroup>
      </Fieldset>

      <Fieldset legend={intl.formatMessage(m.visibilityLegend)} legendStyle="large" className="margin-top-4">
        {errorText('visibility')}
        {VISIBILITIES.map((visibility) => (
          <Radio
            key={visibility}
            id={`forum-visibility-${visibility}`}
            name="visibility"
            tile
            label={intl.formatMessage(VISIBILITY_MESSAGES[visibility][0])}
            labelDescription={intl.formatMessage(VISIBILITY_MESSAGES[visibility][1])}
            checked={values.visibility === visibility}
            onChange={() => set('visibility', visibility)}
          />
        ))}
      </Fieldset>

      <AgendaEditor
        rows={values.agenda}
        onChange={(agenda) => {
          set('agenda', agenda);
          // Messages name items by position: once items move, old positions would mislead.
          if (agenda.length !== values.agenda.length || agenda.some((row, i) => row.key !== values.agenda[i]?.key)) {
            setFields((f) => Object.fromEntries(Object.entries(f).filter(([key]) => !key.startsWith('agenda.'))));
          }
        }}
        errorFor={errorFor}
      />

      <ForumTranslations
        values={values}
        languages={translationLanguages(agency.enabledLanguages)}
        onChange={(language, translation) => set('translations', { ...values.translations, [language]: translation })}
        errorFor={errorFor}
      />

      {savedOverride && !conflict && <p className="usa-hint margin-top-3">{intl.formatMessage(m.overrideInPlace, { reason: savedOverride })}</p>}
      {conflict && <ConflictNotice conflict={conflict} reason={reason} onReason={setReason} reasonError={reasonError} onSaveAnyway={saveAnyway} busy={busy} />}

      <div className="margin-top-4 display-flex flex-align-center">
        <Button type="submit" disabled={busy}>
          {intl.formatMessage(busy ? common.saving : mode === 'create' ? m.create : m.saveChanges)}
        </Button>
        <Link to={cancelTo} className="usa-link margin-left-2">
          {intl.formatMessage(common.cancel)}
        </Link>
      </div>
    </Form>
  );
}

