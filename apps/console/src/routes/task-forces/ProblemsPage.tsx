import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useIntl } from 'react-intl';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useUrlFilters } from '../../components/useUrlFilters';
import type { ProblemFieldsFragment, SaraStage } from '../../graphql/generated/graphql';
import { CreateProblemMutation, MoveProblemStageMutation, TaskForceProblemsQuery } from './task-forces.graphql';
import { tf } from './task-forces.messages';
import { ProblemDetails } from './ProblemDetails';
import { SARA, nextStages } from './sara';
import { Field, Notice, TaskForceScreen, useCanWrite, useSubmit, useTaskForceId } from './task-forces-ui';

const KEYS = ['problem'] as const;

/** `/task-forces/:id/problems`: the SARA board, one problem's details, and adding a problem. */
export default function ProblemsPage() {
  const intl = useIntl();
  const id = useTaskForceId();
  const canWrite = useCanWrite();
  const { filters, setFilters } = useUrlFilters(KEYS);
  const { data, error, refetch } = useQuery(TaskForceProblemsQuery, { variables: { id } });
  const [move] = useMutation(MoveProblemStageMutation);
  const moving = useSubmit();
  const [notice, setNotice] = useState<string | null>(null);

  async function moveTo(problem: ProblemFieldsFragment, stage: SaraStage, note?: string) {
    await moving.run(async () => {
      await move({ variables: { id: problem.id, stage, note: note?.trim() || null } });
      setNotice(intl.formatMessage(tf.moved, { title: problem.title, stage: intl.formatMessage(tf[`stage_${stage}`]) }));
    });
  }

  return (
    <TaskForceScreen page={intl.formatMessage(tf.tabProblems)} data={data} error={error}>
      {(d) => {
        const open = canWrite && d.taskForce.status !== 'CLOSED';
        const selected = d.taskForce.problems.find((p) => p.id === filters.problem);
        return (
          <>
            <p>{intl.formatMessage(tf.problemsIntro)}</p>
            <Notice message={notice} />
            <ProblemAlert problem={moving.problem} />
            {d.taskForce.problems.length === 0 && <p>{intl.formatMessage(tf.noProblems)}</p>}
            <ul className="tf-board" aria-label={intl.formatMessage(tf.boardLabel)}>
              {SARA.map((stage) => {
                const here = d.taskForce.problems.filter((p) => p.stage === stage);
                return (
                  <li key={stage} className="tf-board__column">
                    <h2 className="font-sans-md margin-top-0">{intl.formatMessage(tf.stageColumn, { stage: intl.formatMessage(tf[`stage_${stage}`]), count: here.length })}</h2>
                    {here.length === 0 ? (
                      <p>{intl.formatMessage(tf.noProblemsInStage)}</p>
                    ) : (
                      <ul>
                        {here.map((p) => (
                          <li key={p.id} className="tf-board__card">
                            <h3 className="font-sans-sm margin-y-05">{p.title}</h3>
                            <button type="button" className="usa-button usa-button--unstyled" onClick={() => setFilters({ problem: p.id })}>
                              {intl.formatMessage(tf.openProblem, { title: p.title })}
                            </button>
                            {open &&
                              nextStages(p.stage).map((next) => (
                                <button key={next} type="button" className="usa-button usa-button--outline usa-button--small margin-top-1" disabled={moving.busy} onClick={() => void moveTo(p, next)}>
                                  {intl.formatMessage(tf.moveTo, { title: p.title, stage: intl.formatMessage(tf[`stage_${next}`]) })}
                                </button>
                              ))}
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                );
              })}
            </ul>
            {selected && (
              <ProblemDetails
                key={selected.id}
                problem={selected}
                canWrite={open}
                onMove={(stage, note) => moveTo(selected, stage, note)}
                moving={moving.busy}
              />
            )}
            {open && <AddProblemForm onAdded={async (title, problemId) => { await refetch(); setNotice(intl.formatMessage(tf.problemAdded, { title })); setFilters({ problem: problemId }); }} />}
          </>
        );
      }}
    </TaskForceScreen>
  );
}

function AddProblemForm({ onAdded }: { onAdded: (title: string, id: string) => Promise<void> }) {
  const intl = useIntl();
  const taskForceId = useTaskForceId();
  const [create] = useMutation(CreateProblemMutation);
  const { problem, busy, run, fields } = useSubmit();
  const [title, setTitle] = useState('');
  const [statement, setStatement] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    void run(async () => {
      const result = await create({ variables: { taskForceId, input: { title, statement } } });
      setTitle('');
      setStatement('');
      if (result.data) await onAdded(result.data.createTaskForceProblem.title, result.data.createTaskForceProblem.id);
    });
  }

  return (
    <form className="usa-form maxw-tablet margin-top-4" onSubmit={submit} noValidate>
      <fieldset className="usa-fieldset">
        <legend className="usa-legend usa-legend--large">{intl.formatMessage(tf.addProblemHeading)}</legend>
        <ProblemAlert problem={problem} />
        <Field id="tf-problem-title" label={intl.formatMessage(tf.required, { label: intl.formatMessage(tf.problemTitle) })} error={fields.title}>
          {(c) => <input className="usa-input" type="text" {...c} value={title} onChange={(e) => setTitle(e.target.value)} />}
        </Field>
        <Field id="tf-problem-statement" label={intl.formatMessage(tf.statement)} error={fields.statement}>
          {(c) => <textarea className="usa-textarea" {...c} value={statement} onChange={(e) => setStatement(e.target.value)} />}
        </Field>
        <button type="submit" className="usa-button margin-top-2" disabled={busy}>
          {intl.formatMessage(tf.addProblem)}
        </button>
      </fieldset>
    </form>
  );
}
