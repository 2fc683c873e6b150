import { useMutation } from '@apollo/client/react';
import { Button, ButtonGroup, Form, Radio, TextInput, Textarea } from '@trussworks/react-uswds';
import { type FormEvent, useCallback, useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import { ProblemAlert } from '../../components/ProblemAlert';
import { common } from '../../components/common.messages';
import type { SeriesDetailQuery, SeriesOccurrenceFieldsFragment } from '../../graphql/generated/graphql';
import { type Problem, describeProblem } from '../../graphql/problem';
import { useShell } from '../../app/AgencyContext';
import { ForumTranslations } from '../forums/form/ForumTranslations';
import { agendaKey, translationLanguages, translationValues, translationsInput } from '../forums/form/forum-form-values';
import { emptyPattern, fromRule } from './pattern';
import { PatternFields } from './PatternFields';
import { SeriesConflict } from './SeriesConflict';
import { SeriesDialog } from './SeriesDialog';
import { SeriesField } from './SeriesField';
import { SeriesPlaceFields, type Place } from './SeriesPlaceFields';
import { SeriesPreview } from './SeriesPreview';
import { type TimingDraft, ruleOf, timingErrors } from './seriesForm';
import { CancelOccurrenceMutation, EndSeriesMutation, MoveOccurrenceMutation, UpdateSeriesFromMutation, UpdateSeriesMutation } from './series.graphql';
import { seriesMessages as m } from './series.messages';
import { useSeriesWords } from './useSeriesWords';

type Series = SeriesDetailQuery['forumSeries'];

/** Runs a mutation and keeps what went wrong: field messages to show beside fields, the rest above the form. */
function useAttempt() {
  const [problem, setProblem] = useState<Problem | null>(null);
  const attempt = useCallback(async (work: () => Promise<unknown>): Promise<boolean> => {
    setProblem(null);
    try {
      await work();
      return true;
    } catch (error) {
      setProblem(describeProblem(error));
      return false;
    }
  }, []);
  return { problem, fields: problem?.fields ?? {}, attempt };
}

/** The general message for a failed save, or the conflict with its override form. */
function DialogProblem({ problem, onOverride }: { problem: Problem | null; onOverride?: (reason: string) => void }) {
  const intl = useIntl();
  const [reason, setReason] = useState('');
  if (!problem) return null;
  if (problem.code === 'CONFLICT' && problem.extensions.conflictingForumId && onOverride) {
    return (
      <SeriesConflict problem={problem}>
        <SeriesField id="dialog-override-reason" label={intl.formatMessage(m.overrideReason)}>
          {(props) => <TextInput {...props} name="overrideReason" type="text" value={reason} onChange={(e) => setReason(e.target.value)} />}
        </SeriesField>
        <Button type="button" disabled={!reason.trim()} onClick={() => onOverride(reason.trim())}>
          {intl.formatMessage(m.overrideSave)}
        </Button>
      </SeriesConflict>
    );
  }
  return <ProblemAlert problem={problem} />;
}

function DialogButtons({ save, busy, onClose }: { save: string; busy: boolean; onClose: () => void }) {
  const intl = useIntl();
  return (
    <ButtonGroup className="margin-top-3">
      <Button type="submit" disabled={busy}>
        {save}
      </Button>
      <Button type="button" outline onClick={onClose}>
        {intl.formatMessage(common.close)}
      </Button>
    </ButtonGroup>
  );
}

/** Whole-series details (not time): every upcoming forum not changed on its own follows. */
export function EditSeriesDialog({ series, onClose, onDone }: { series: Series; onClose: () => void; onDone: () => void }) {
  const intl = useIntl();
  const [update, { loading }] = useMutation(UpdateSeriesMutation);
  const { problem, fields, attempt } = useAttempt();
  const [title, setTitle] = useState(series.template.title);
  const [description, setDescription] = useState(series.template.description);
  const { agency } = useShell();
  const languages = translationLanguages(agency.enabledLanguages);
  // The agenda and notes are not edited here, but their translations are: rows keep them in step.
  const [agenda] = useState(() => series.template.agenda.map((item) => ({ key: agendaKey(), title: item.title, speaker: '', minutes: '', notes: item.notes ?? '' })));
  const [translations, setTranslations] = useState(() => translationValues(series.template.translations, agenda));
  const translatable = { title, description, accessibilityNotes: series.template.accessibilityNotes ?? '', agenda, translations };
  const [place, setPlace] = useState<Place>({ format: series.template.format, venueId: series.venueId ?? '', onlineUrl: series.template.onlineUrl ?? '' });
  const { format, venueId, onlineUrl } = place;
  const [titleError, setTitleError] = useState<string | undefined>();

  async function save(override: string | null) {
    const ok = await attempt(() =>
      update({
        variables: {
          id: series.id,
          input: {
            title: title.trim(),
            description: description.trim(),
            translations: translationsInput(translatable, languages),
            format,
            venueId: format === 'ONLINE' ? null : venueId || null,
            onlineUrl: format === 'IN_PERSON' ? null : onlineUrl.trim() || null,
            conflictOverride: override ? { reason: override } : null,
          },
        },
      }),
    );
    if (ok) onDone();
  }
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const missing = title.trim() ? undefined : intl.formatMessage(m.titleMissing);
    setTitleError(missing);
    if (!missing) void save(null);
  }
  return (
    <SeriesDialog heading={intl.formatMessage(m.editTitle)} onClose={onClose}>
      <p>{intl.formatMessage(m.editIntro)}</p>
      <DialogProblem problem={problem} onOverride={(reason) => void save(reason)} />
      <Form onSubmit={submit} noValidate className="maxw-full">
        <SeriesField id="edit-title" label={intl.formatMessage(m.title)} error={titleError ?? fields.title}>
          {(props) => <TextInput {...props} name="title" type="text" value={title} onChange={(e) => setTitle(e.target.value)} />}
        </SeriesField>
        <SeriesPlaceFields prefix="edit" place={place} onPlace={setPlace} errors={fields} />
        <SeriesField id="edit-description" label={intl.formatMessage(m.description)} error={fields.description}>
          {(props) => <Textarea {...props} name="description" value={description} onChange={(e) => setDescription(e.target.value)} />}
        </SeriesField>
        <ForumTranslations
          values={translatable}
          languages={languages}
          onChange={(language, translation) => setTranslations({ ...translations, [language]: translation })}
          errorFor={(path) => fields[path]}
        />
        <DialogButtons save={intl.formatMessage(common.save)} busy={loading} onClose={onClose} />
      </Form>
    </SeriesDialog>
  );
}

/** One forum of the series at a new time (it then stays as it is when the series changes). */
export function MoveOccurrenceDialog({ occurrence, onClose, onDone }: { occurrence: SeriesOccurrenceFieldsFragment; onClose: () => void; onDone: () => void }) {
  const intl = useIntl();
  const words = useSeriesWords();
  const [move, { loading }] = useMutation(MoveOccurrenceMutation);
  const { problem, fields, attempt } = useAttempt();
  const [start, setStart] = useState(occurrence.startsAtLocal);
  const [end, setEnd] = useState(occurrence.endsAtLocal);
  const [reason, setReason] = useState('');
  async function save(override: string | null) {
    const ok = await attempt(() =>
      move({ variables: { id: occurrence.id, input: { start, end, reason: reason.trim() || null, conflictOverride: override ? { reason: override } : null } } }),
    );
    if (ok) onDone();
  }
  const date = words.day(occurrence.seriesOccurrenceKey ?? occurrence.startsAtLocal.slice(0, 10));
  return (
    <SeriesDialog heading={intl.formatMessage(m.moveTitle, { date })} onClose={onClose}>
      <p>{intl.formatMessage(common.timeZoneNote, { zone: occurrence.timeZone })}</p>
      <DialogProblem problem={problem} onOverride={(r) => void save(r)} />
      <Form
        onSubmit={(e) => {
          e.preventDefault();
          void save(null);
        }}
        noValidate
        className="maxw-full"
      >
        <SeriesField id="move-start" label={intl.formatMessage(m.moveStart)} error={fields.start}>
          {(props) => <input className="usa-input" {...props} name="start" type="datetime-local" value={start} onChange={(e) => setStart(e.target.value)} />}
        </SeriesField>
        <SeriesField id="move-end" label={intl.formatMessage(m.moveEnd)} error={fields.end}>
          {(props) => <input className="usa-input" {...props} name="end" type="datetime-local" value={end} onChange={(e) => setEnd(e.target.value)} />}
        </SeriesField>
        <SeriesField id="move-reason" label={intl.formatMessage(m.moveReason)} error={fields.reason}>
          {(props) => <TextInput {...props} name="reason" type="text" value={reason} onChange={(e) => setReason(e.target.value)} />}
        </SeriesField>
        <DialogButtons save={intl.formatMessage(m.moveSave)} busy={loading} onClose={onClose} />
      </Form>
    </SeriesDialog>
  );
}

export function CancelOccurrenceDialog({ occurrence, onClose, onDone }: { occurrence: SeriesOccurrenceFieldsFragment; onClose: () => void; onDone: () => void }) {
  const intl = useIntl();
  const words = useSeriesWords();
  const [cancel, { loading }] = useMutation(CancelOccurrenceMutation);
  const { problem, fields, attempt } = useAttempt();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState<string | undefined>();
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMissing(reason.trim() ? undefined : intl.formatMessage(m.reasonMissing));
    if (!reason.trim()) return;
    if (await attempt(() => cancel({ variables: { id: occurrence.id, reason: reason.trim() } }))) onDone();
  }
  const date = words.day(occurrence.seriesOccurrenceKey ?? occurrence.startsAtLocal.slice(0, 10));
  return (
    <SeriesDialog heading={intl.formatMessage(m.cancelTitle, { date })} onClose={onClose}>
      <DialogProblem problem={problem} />
      <Form onSubmit={(e) => void submit(e)} noValidate className="maxw-full">
        <SeriesField id="cancel-reason" label={intl.formatMessage(m.cancelReason)} error={missing ?? fields.reason}>
          {(props) => <Textarea {...props} name="reason" value={reason} onChange={(e) => setReason(e.target.value)} />}
        </SeriesField>
        <DialogButtons save={intl.formatMessage(m.cancelSave)} busy={loading} onClose={onClose} />
      </Form>
    </SeriesDialog>
  );
}

/** "This and following": a new pattern (and time, length) from one forum on, previewed before it is applied. */
export function SplitSeriesDialog({
  series,
  occurrence,
  onClose,
  onDone,
}: {
  series: Series;
  occurrence: SeriesOccurrenceFieldsFragment;
  onClose: () => void;
  onDone: (newSeriesId: string) => void;
}) {
  const intl = useIntl();
  const words = useSeriesWords();
  const [split, { loading }] = useMutation(UpdateSeriesFromMutation);
  const { problem, fields, attempt } = useAttempt();
  const from = occurrence.seriesOccurrenceKey ?? occurrence.startsAtLocal.slice(0, 10);
  const [timing, setTiming] = useState<TimingDraft>(() => ({
    pattern: { ...(fromRule(series.recurrenceRule, series.startDate) ?? emptyPattern) },
    startDate: from,
    startTime: series.startTime,
    durationMinutes: String(series.durationMinutes),
    timeZone: series.timeZone,
  }));
  const [reason, setReason] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [previewFields, setPreviewFields] = useState<Record<string, string>>({});
  const onPreviewFields = useCallback((f: Record<string, string>) => setPreviewFields(f), []);
  const local = timingErrors(timing, intl);
  const rule = ruleOf(timing);
  const errors = { ...previewFields, ...fields, ...(submitted ? local : {}) };
  const previewInput = useMemo(
    () =>
      rule && !Object.keys(timingErrors(timing, intl)).length
        ? { recurrenceRule: rule, startDate: from, startTime: timing.startTime, durationMinutes: Number(timing.durationMinutes), timeZone: series.timeZone, venueId: series.venueId, seriesId: series.id, limit: 8 }
        : null,
    [rule, timing, intl, from, series],
  );
  async function save(override: string | null) {
    setSubmitted(true);
    if (Object.keys(local).length || !rule) return;
    let created = '';
    const ok = await attempt(async () => {
      const { data } = await split({
        variables: {
          forumId: occurrence.id,
          input: {
            recurrenceRule: rule,
            startTime: timing.startTime,
            durationMinutes: Number(timing.durationMinutes),
            reason: reason.trim() || null,
            conflictOverride: override ? { reason: override } : null,
          },
        },
      });
      created = data?.updateSeriesFrom.id ?? '';
    });
    if (ok && created) onDone(created);
  }
  const date = words.day(from);
  return (
    <SeriesDialog heading={intl.formatMessage(m.splitTitle, { date })} onClose={onClose}>
      <p>{intl.formatMessage(m.splitIntro, { date })}</p>
      <DialogProblem problem={problem} onOverride={(r) => void save(r)} />
      <Form
        onSubmit={(e) => {
          e.preventDefault();
          void save(null);
        }}
        noValidate
        className="maxw-full"
      >
        <PatternFields
          prefix="split"
          pattern={timing.pattern}
          onPattern={(pattern) => setTiming({ ...timing, pattern })}
          startDate={from}
          startTime={timing.startTime}
          onStartTime={(startTime) => setTiming({ ...timing, startTime })}
          errors={errors}
          fixedStartDate
        />
        <SeriesField id="split-duration" label={intl.formatMessage(m.duration)} error={errors.durationMinutes}>
          {(props) => (
            <TextInput {...props} name="durationMinutes" type="number" inputMode="numeric" min={1} value={timing.durationMinutes} onChange={(e) => setTiming({ ...timing, durationMinutes: e.target.value })} />
          )}
        </SeriesField>
        <SeriesField id="split-reason" label={intl.formatMessage(m.splitReason)} error={fields.reason}>
          {(props) => <TextInput {...props} name="reason" type="text" value={reason} onChange={(e) => setReason(e.target.value)} />}
        </SeriesField>
        <SeriesPreview rule={rule} input={previewInput} onFieldProblems={onPreviewFields} />
        <DialogButtons save={intl.formatMessage(m.splitSave, { date })} busy={loading} onClose={onClose} />
      </Form>
    </SeriesDialog>
  );
}

export function EndSeriesDialog({ series, onClose, onDone }: { series: Series; onClose: () => void; onDone: () => void }) {
  const intl = useIntl();
  const [end, { loading }] = useMutation(EndSeriesMutation);
  const { problem, fields, attempt } = useAttempt();
  const [when, setWhen] = useState<'NOW' | 'AFTER'>('NOW');
  const [lastDate, setLastDate] = useState('');
  const [reason, setReason] = useState('');
  const [local, setLocal] = useState<{ reason?: string; lastDate?: string }>({});
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors = {
      reason: reason.trim() ? undefined : intl.formatMessage(m.reasonMissing),
      lastDate: when === 'AFTER' && !lastDate ? intl.formatMessage(m.lastDateMissing) : undefined,
    };
    setLocal(errors);
    if (errors.reason || errors.lastDate) return;
    if (await attempt(() => end({ variables: { id: series.id, reason: reason.trim(), lastDate: when === 'AFTER' ? lastDate : null } }))) onDone();
  }
  return (
    <SeriesDialog heading={intl.formatMessage(m.endTitle)} onClose={onClose}>
      <DialogProblem problem={problem} />
      <Form onSubmit={(e) => void submit(e)} noValidate className="maxw-full">
        <fieldset className="usa-fieldset">
          <legend className="usa-legend">{intl.formatMessage(m.endWhen)}</legend>
          <Radio id="end-now" name="end-when" value="NOW" checked={when === 'NOW'} onChange={() => setWhen('NOW')} label={intl.formatMessage(m.endNow)} />
          <Radio id="end-after" name="end-when" value="AFTER" checked={when === 'AFTER'} onChange={() => setWhen('AFTER')} label={intl.formatMessage(m.endAfter)} />
        </fieldset>
        {when === 'AFTER' && (
          <SeriesField id="end-last-date" label={intl.formatMessage(m.endLastDate)} error={local.lastDate ?? fields.lastDate}>
            {(props) => <input className="usa-input" {...props} name="lastDate" type="date" value={lastDate} onChange={(e) => setLastDate(e.target.value)} />}
          </SeriesField>
        )}
        <SeriesField id="end-reason" label={intl.formatMessage(m.endReason)} error={local.reason ?? fields.reason}>
          {(props) => <Textarea {...props} name="reason" value={reason} onChange={(e) => setReason(e.target.value)} />}
        </SeriesField>
        <DialogButtons save={intl.formatMessage(m.endSave)} busy={loading} onClose={onClose} />
      </Form>
    </SeriesDialog>
  );
}
