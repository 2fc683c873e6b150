import { useMutation } from '@apollo/client/react';
import { Button, Checkbox, Fieldset, Form, Select, TextInput, Textarea } from '@trussworks/react-uswds';
import { type FormEvent, useCallback, useMemo, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import { useAgencyZone, useShell } from '../../app/AgencyContext';
import { PageHeading } from '../../components/PageHeading';
import { ProblemAlert } from '../../components/ProblemAlert';
import type { ForumType } from '../../graphql/generated/graphql';
import { type Problem, describeProblem } from '../../graphql/problem';
import { ForumTranslations } from '../forums/form/ForumTranslations';
import { type TranslationValues, translationLanguages, translationsInput } from '../forums/form/forum-form-values';
import { emptyPattern } from './pattern';
import { PatternFields } from './PatternFields';
import { SeriesField } from './SeriesField';
import { SeriesConflict } from './SeriesConflict';
import { SeriesPlaceFields, type Place } from './SeriesPlaceFields';
import { SeriesPreview } from './SeriesPreview';
import { FORUM_TYPES, type TimingDraft, ruleOf, timingErrors } from './seriesForm';
import { CreateSeriesMutation } from './series.graphql';
import { seriesMessages as m } from './series.messages';
import { useSeriesWords } from './useSeriesWords';

export default function SeriesNewPage() {
  const intl = useIntl();
  const navigate = useNavigate();
  const agencyZone = useAgencyZone();
  const [create, { loading: saving }] = useMutation(CreateSeriesMutation);
  const [title, setTitle] = useState('');
  const [type, setType] = useState<ForumType>('ADVISORY_BOARD');
  const [place, setPlace] = useState<Place>({ format: 'IN_PERSON', venueId: '', onlineUrl: '' });
  const { format, venueId, onlineUrl } = place;
  const [description, setDescription] = useState('');
  const [publish, setPublish] = useState(false);
  const [translations, setTranslations] = useState<Record<string, TranslationValues>>({});
  const { agency } = useShell();
  const languages = translationLanguages(agency.enabledLanguages);
  const translatable = { title, description, accessibilityNotes: '', agenda: [], translations };
  const [timing, setTiming] = useState<TimingDraft>({ pattern: emptyPattern, startDate: '', startTime: '18:00', durationMinutes: '90', timeZone: agencyZone });
  const [submitted, setSubmitted] = useState(false);
  const [serverFields, setServerFields] = useState<Record<string, string>>({});
  const [previewFields, setPreviewFields] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [overrideReason, setOverrideReason] = useState('');
  const summaryRef = useRef<HTMLDivElement>(null);
  const pageTitle = intl.formatMessage(m.newTitle);

  const local = timingErrors(timing, intl);
  const rule = ruleOf(timing);
  const needsVenue = format !== 'ONLINE';
  const needsUrl = format !== 'IN_PERSON';
  const detailErrors: Record<string, string> = {};
  if (!title.trim()) detailErrors.title = intl.formatMessage(m.titleMissing);
  if (needsVenue && !venueId) detailErrors.venueId = intl.formatMessage(m.venueMissing);
  if (needsUrl && !onlineUrl.trim()) detailErrors.onlineUrl = intl.formatMessage(m.onlineUrlMissing);
  // Errors show once the officer has tried to save; the server's (and the preview's) at once.
  const errors: Record<string, string | undefined> = { ...previewFields, ...serverFields, ...(submitted ? { ...local, ...detailErrors } : {}) };

  const previewInput = useMemo(() => {
    if (!rule || Object.keys(timingErrors(timing, intl)).length) return null;
    return {
      recurrenceRule: rule,
      startDate: timing.startDate,
      startTime: timing.startTime,
      durationMinutes: Number(timing.durationMinutes),
      timeZone: timing.timeZone.trim(),
      venueId: needsVenue && venueId ? venueId : null,
      limit: 12,
    };
  }, [rule, timing, intl, needsVenue, venueId]);
  const onPreviewFields = useCallback((fields: Record<string, string>) => setPreviewFields(fields), []);

  function setStartDate(startDate: string) {
    setTiming({ ...timing, startDate });
  }

  async function submit(event: FormEvent<HTMLFormElement>, withOverride = false) {
    event.preventDefault();
    setSubmitted(true);
    setServerFields({});
    setProblem(null);
    if (Object.keys(local).length || Object.keys(detailErrors).length || !rule) {
      requestAnimationFrame(() => document.querySelector<HTMLElement>('[aria-invalid="true"], fieldset[aria-describedby]')?.focus());
      return;
    }
    try {
      const { data } = await create({
        variables: {
          input: {
            title: title.trim(),
            type,
            format,
            venueId: needsVenue ? venueId : null,
            onlineUrl: needsUrl ? onlineUrl.trim() : null,
            description: description.trim() || null,
            translations: translationsInput(translatable, languages),
            publishOccurrences: publish,
            recurrenceRule: rule,
            startDate: timing.startDate,
            startTime: timing.startTime,
            durationMinutes: Number(timing.durationMinutes),
            timeZone: timing.timeZone.trim(),
            conflictOverride: withOverride ? { reason: overrideReason.trim() } : null,
          },
        },
      });
      if (data) navigate(`/series/${data.createForumSeries.id}`);
    } catch (error) {
      const p = describeProblem(error);
      setServerFields(p?.fields ?? {});
      setProblem(p);
      requestAnimationFrame(() => summaryRef.current?.focus());
    }
  }

  const isConflict = problem?.code === 'CONFLICT';
  const hasFieldErrors = submitted && Object.values(errors).some(Boolean);

  return (
    <>
      <PageHeading title={pageTitle}>{pageTitle}</PageHeading>
      <p>{intl.formatMessage(m.newIntro)}</p>
      <div ref={summaryRef} tabIndex={-1}>
        {problem && !isConflict && <ProblemAlert problem={problem} />}
        {!problem && hasFieldErrors && <ProblemAlert problem={{ code: 'BAD_USER_INPUT', message: '', fields: { form: '' }, extensions: {} }} />}
        {problem && isConflict && (
          <SeriesConflict problem={problem}>
            <Form onSubmit={(e) => void submit(e, true)} className="maxw-full">
              <SeriesField id="series-override-reason" label={intl.formatMessage(m.overrideReason)}>
                {(props) => <TextInput {...props} name="overrideReason" type="text" value={overrideReason} onChange={(e) => setOverrideReason(e.target.value)} />}
              </SeriesField>
              <Button type="submit" disabled={saving || !overrideReason.trim()}>
                {intl.formatMessage(m.overrideSave)}
              </Button>
            </Form>
          </SeriesConflict>
        )}
      </div>
      <Form onSubmit={(e) => void submit(e)} noValidate className="maxw-tablet-lg">
        <Fieldset legend={intl.formatMessage(m.detailsLegend)} legendStyle="large">
          <SeriesField id="series-title" label={intl.formatMessage(m.title)} error={errors.title}>
            {(props) => <TextInput {...props} name="title" type="text" value={title} onChange={(e) => setTitle(e.target.value)} />}
          </SeriesField>
          <SeriesField id="series-type" label={intl.formatMessage(m.type)} error={errors.type}>
            {(props) => (
              <Select {...props} name="type" value={type} onChange={(e) => setType(e.target.value as ForumType)}>
                {FORUM_TYPES.map((t) => (
                  <option key={t} value={t}>
                    {intl.formatMessage(m[`type${t}`])}
                  </option>
                ))}
              </Select>
            )}
          </SeriesField>
          <SeriesPlaceFields prefix="series" place={place} onPlace={setPlace} errors={errors} />
          <SeriesField id="series-description" label={intl.formatMessage(m.description)} error={errors.description}>
            {(props) => <Textarea {...props} name="description" value={description} onChange={(e) => setDescription(e.target.value)} />}
          </SeriesField>
          <SeriesField id="series-duration" label={intl.formatMessage(m.duration)} error={errors.durationMinutes}>
            {(props) => (
              <TextInput {...props} name="durationMinutes" type="number" inputMode="numeric" min={1} value={timing.durationMinutes} onChange={(e) => setTiming({ ...timing, durationMinutes: e.target.value })} />
            )}
          </SeriesField>
          <Checkbox id="series-publish" name="publish" checked={publish} onChange={(e) => setPublish(e.target.checked)} label={intl.formatMessage(m.publish)} />
        </Fieldset>
        <Fieldset legend={intl.formatMessage(m.whenLegend)} legendStyle="large">
          <PatternFields
            prefix="series"
            pattern={timing.pattern}
            onPattern={(pattern) => setTiming({ ...timing, pattern })}
            startDate={timing.startDate}
            onStartDate={setStartDate}
            startTime={timing.startTime}
            onStartTime={(startTime) => setTiming({ ...timing, startTime })}
            errors={errors}
          />
          <SeriesField id="series-time-zone" label={intl.formatMessage(m.timeZone)} hint={intl.formatMessage(m.timeZoneHint)} error={errors.timeZone}>
            {(props) => <TextInput {...props} name="timeZone" type="text" value={timing.timeZone} onChange={(e) => setTiming({ ...timing, timeZone: e.target.value })} />}
          </SeriesField>
        </Fieldset>
        <ForumTranslations
          values={translatable}
          languages={languages}
          onChange={(language, translation) => setTranslations({ ...translations, [language]: translation })}
          errorFor={(path) => errors[path]}
        />
        <SeriesPreview rule={rule} input={previewInput} onFieldProblems={onPreviewFields} />
        <Button type="submit" disabled={saving} className="margin-top-3">
          {intl.formatMessage(m.save)}
        </Button>
      </Form>
    </>
  );
}
