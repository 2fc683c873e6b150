import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useIntl } from 'react-intl';
import { useAgencyZone } from '../../app/AgencyContext';
import { ProblemAlert } from '../../components/ProblemAlert';
import type { IndicatorDirection, IndicatorFieldsFragment } from '../../graphql/generated/graphql';
import { AddIndicatorMutation, CreateObjectiveMutation, RecordMeasurementMutation, TaskForceObjectivesQuery } from './task-forces.graphql';
import { tf } from './task-forces.messages';
import { IndicatorView } from './IndicatorView';
import { Field, Notice, TaskForceScreen, todayIn, useCanWrite, useSubmit, useTaskForceId } from './task-forces-ui';

/** `/task-forces/:id/objectives`: objectives by problem, their indicators with charts, and recording measurements. */
export default function ObjectivesPage() {
  const intl = useIntl();
  const id = useTaskForceId();
  const canWrite = useCanWrite();
  const { data, error, refetch } = useQuery(TaskForceObjectivesQuery, { variables: { id } });
  const [notice, setNotice] = useState<string | null>(null);
  const done = async (message: string) => {
    await refetch();
    setNotice(message);
  };

  return (
    <TaskForceScreen page={intl.formatMessage(tf.tabObjectives)} data={data} error={error}>
      {(d) => {
        const open = canWrite && d.taskForce.status !== 'CLOSED';
        const problems = d.taskForce.problems;
        return (
          <>
            <p>{intl.formatMessage(tf.objectivesIntro)}</p>
            <Notice message={notice} />
            {problems.length === 0 && <p>{intl.formatMessage(tf.noProblemsForObjectives)}</p>}
            {problems.map((p) => (
              <section key={p.id} aria-labelledby={`tf-p-${p.id}`}>
                <h2 id={`tf-p-${p.id}`}>{intl.formatMessage(tf.problemObjectives, { title: p.title })}</h2>
                {p.objectives.length === 0 && <p>{intl.formatMessage(tf.noObjectives)}</p>}
                {p.objectives.map((o) => (
                  <section key={o.id} aria-labelledby={`tf-o-${o.id}`} className="margin-left-2">
                    <h3 id={`tf-o-${o.id}`}>{o.title}</h3>
                    {o.description && <p>{o.description}</p>}
                    {o.indicators.length === 0 && <p>{intl.formatMessage(tf.noIndicators)}</p>}
                    {o.indicators.map((i) => (
                      <div key={i.id} className="tf-indicator">
                        <h4 className="margin-top-0">{i.metricName}</h4>
                        <IndicatorView indicator={i} />
                        {open && <RecordForm indicator={i} onDone={done} />}
                      </div>
                    ))}
                    {open && <AddIndicatorForm objective={o} onDone={done} />}
                  </section>
                ))}
              </section>
            ))}
            {open && problems.length > 0 && <AddObjectiveForm problems={problems} onDone={done} />}
          </>
        );
      }}
    </TaskForceScreen>
  );
}

function AddObjectiveForm({ problems, onDone }: { problems: { id: string; title: string }[]; onDone: (message: string) => Promise<void> }) {
  const intl = useIntl();
  const taskForceId = useTaskForceId();
  const [create] = useMutation(CreateObjectiveMutation);
  const { problem, busy, run, fields } = useSubmit();
  const [problemId, setProblemId] = useState(problems[0]?.id ?? '');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  function submit(event: FormEvent) {
    event.preventDefault();
    void run(async () => {
      await create({ variables: { taskForceId, input: { problemId, title, description } } });
      setTitle('');
      setDescription('');
      await onDone(intl.formatMessage(tf.objectiveAdded, { title }));
    });
  }
  return (
    <form className="usa-form maxw-tablet margin-top-4" onSubmit={submit} noValidate>
      <fieldset className="usa-fieldset">
        <legend className="usa-legend usa-legend--large">{intl.formatMessage(tf.addObjectiveHeading)}</legend>
        <ProblemAlert problem={problem} />
        <Field id="tf-obj-problem" label={intl.formatMessage(tf.problem)} error={fields.problemId}>
          {(c) => (
            <select className="usa-select" {...c} value={problemId} onChange={(e) => setProblemId(e.target.value)}>
              {problems.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="tf-obj-title" label={intl.formatMessage(tf.required, { label: intl.formatMessage(tf.objectiveTitle) })} error={fields.title}>
          {(c) => <input className="usa-input" type="text" {...c} value={title} onChange={(e) => setTitle(e.target.value)} />}
        </Field>
        <Field id="tf-obj-description" label={intl.formatMessage(tf.description)} error={fields.description}>
          {(c) => <textarea className="usa-textarea" {...c} value={description} onChange={(e) => setDescription(e.target.value)} />}
        </Field>
        <button type="submit" className="usa-button margin-top-2" disabled={busy}>
          {intl.formatMessage(tf.addObjective)}
        </button>
      </fieldset>
    </form>
  );
}

const num = (s: string) => (s.trim() === '' || !Number.isFinite(Number(s)) ? null : Number(s));

function AddIndicatorForm({ objective, onDone }: { objective: { id: string; title: string }; onDone: (message: string) => Promise<void> }) {
  const intl = useIntl();
  const [add] = useMutation(AddIndicatorMutation);
  const { problem, busy, run, fields } = useSubmit();
  const [v, setV] = useState({ metricName: '', unit: '', direction: 'DOWN_IS_BETTER' as IndicatorDirection, baselineValue: '', baselineOn: '', targetValue: '', targetOn: '' });
  const [bad, setBad] = useState<Record<string, string>>({});
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) => setV((o) => ({ ...o, [k]: e.target.value }));
  const errors = { ...fields, ...bad };
  const p = `tf-ind-${objective.id}`;
  function submit(event: FormEvent) {
    event.preventDefault();
    const baselineValue = num(v.baselineValue);
    const targetValue = num(v.targetValue);
    const local: Record<string, string> = {};
    if (baselineValue === null) local.baselineValue = intl.formatMessage(tf.notANumber);
    if (targetValue === null) local.targetValue = intl.formatMessage(tf.notANumber);
    setBad(local);
    if (baselineValue === null || targetValue === null) return;
    void run(async () => {
      await add({ variables: { objectiveId: objective.id, input: { ...v, baselineValue, targetValue } } });
      await onDone(intl.formatMessage(tf.indicatorAdded, { name: v.metricName }));
    });
  }
  const text = (k: 'metricName' | 'unit', label: string, hint?: string) => (
    <Field id={`${p}-${k}`} label={label} hint={hint} error={errors[k]}>
      {(c) => <input className="usa-input" type="text" {...c} value={v[k]} onChange={set(k)} />}
    </Field>
  );
  const date = (k: 'baselineOn' | 'targetOn', label: string) => (
    <Field id={`${p}-${k}`} label={label} error={errors[k]}>
      {(c) => <input className="usa-input usa-input--medium" type="date" {...c} value={v[k]} onChange={set(k)} />}
    </Field>
  );
  const number = (k: 'baselineValue' | 'targetValue', label: string) => (
    <Field id={`${p}-${k}`} label={label} error={errors[k]}>
      {(c) => <input className="usa-input usa-input--small" type="text" inputMode="decimal" {...c} value={v[k]} onChange={set(k)} />}
    </Field>
  );
  return (
    <details className="margin-y-2">
      <summary>{intl.formatMessage(tf.addIndicatorHeading, { title: objective.title })}</summary>
      <form className="usa-form maxw-tablet" onSubmit={submit} noValidate>
        <ProblemAlert problem={problem} />
        {text('metricName', intl.formatMessage(tf.metricName))}
        {text('unit', intl.formatMessage(tf.unit), intl.formatMessage(tf.unitHint))}
        <Field id={`${p}-direction`} label={intl.formatMessage(tf.direction)} error={errors.direction}>
          {(c) => (
            <select className="usa-select" {...c} value={v.direction} onChange={set('direction')}>
              {(['DOWN_IS_BETTER', 'UP_IS_BETTER'] as const).map((dir) => (
                <option key={dir} value={dir}>
                  {intl.formatMessage(tf[`direction_${dir}`])}
                </option>
              ))}
            </select>
          )}
        </Field>
        {number('baselineValue', intl.formatMessage(tf.baselineValue))}
        {date('baselineOn', intl.formatMessage(tf.baselineOn))}
        {number('targetValue', intl.formatMessage(tf.targetValue))}
        {date('targetOn', intl.formatMessage(tf.targetOn))}
        <button type="submit" className="usa-button margin-top-2" disabled={busy}>
          {intl.formatMessage(tf.addIndicator)}
        </button>
      </form>
    </details>
  );
}

function RecordForm({ indicator, onDone }: { indicator: IndicatorFieldsFragment; onDone: (message: string) => Promise<void> }) {
  const intl = useIntl();
  const taskForceId = useTaskForceId();
  const zone = useAgencyZone();
  const [record] = useMutation(RecordMeasurementMutation);
  const { problem, busy, run, fields } = useSubmit();
  const [measuredOn, setMeasuredOn] = useState(todayIn(zone));
  const [value, setValue] = useState('');
  const [sourceNote, setSourceNote] = useState('');
  const [bad, setBad] = useState(false);
  const p = `tf-rec-${indicator.id}`;
  function submit(event: FormEvent) {
    event.preventDefault();
    const n = num(value);
    setBad(n === null);
    if (n === null) return;
    void run(async () => {
      await record({ variables: { taskForceId, input: { indicatorId: indicator.id, measuredOn, value: n, sourceNote: sourceNote.trim() || null } } });
      setValue('');
      setSourceNote('');
      await onDone(intl.formatMessage(tf.recorded, { value: n, date: measuredOn }));
    });
  }
  return (
    <form className="usa-form maxw-tablet" onSubmit={submit} noValidate>
      <fieldset className="usa-fieldset">
        <legend className="usa-legend">{intl.formatMessage(tf.recordHeading, { name: indicator.metricName })}</legend>
        <ProblemAlert problem={problem} />
        <Field id={`${p}-on`} label={intl.formatMessage(tf.measuredOn)} error={fields.measuredOn}>
          {(c) => <input className="usa-input usa-input--medium" type="date" {...c} value={measuredOn} onChange={(e) => setMeasuredOn(e.target.value)} />}
        </Field>
        <Field id={`${p}-value`} label={intl.formatMessage(tf.value)} error={bad ? intl.formatMessage(tf.notANumber) : fields.value}>
          {(c) => <input className="usa-input usa-input--small" type="text" inputMode="decimal" {...c} value={value} onChange={(e) => setValue(e.target.value)} />}
        </Field>
        <Field id={`${p}-source`} label={intl.formatMessage(tf.sourceNote)} error={fields.sourceNote}>
          {(c) => <input className="usa-input" type="text" {...c} value={sourceNote} onChange={(e) => setSourceNote(e.target.value)} />}
        </Field>
        <button type="submit" className="usa-button margin-top-2" disabled={busy}>
          {intl.formatMessage(tf.recordButton)}
        </button>
      </fieldset>
    </form>
  );
}
