import { useMutation } from '@apollo/client/react';
import { type FormEvent, useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import { useAgencyZone } from '../../app/AgencyContext';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ConcernPicker } from '../../components/pickers';
import type { ProblemFieldsFragment, SaraStage } from '../../graphql/generated/graphql';
import { LinkConcernMutation, UnlinkConcernMutation, UpdateProblemMutation } from './task-forces.graphql';
import { tf } from './task-forces.messages';
import { nextStages } from './sara';
import { Field, Notice, useSubmit } from './task-forces-ui';

type Concern = { topic: string; description: string; forum: { title: string } };

/** One problem: statement and analysis notes (editable), moving it with a note, its stage history and the concerns it took up. */
export function ProblemDetails({ problem, canWrite, onMove, moving }: {
  problem: ProblemFieldsFragment;
  canWrite: boolean;
  onMove: (stage: SaraStage, note: string) => Promise<void>;
  moving: boolean;
}) {
  const intl = useIntl();
  const zone = useAgencyZone();
  const [update] = useMutation(UpdateProblemMutation);
  const [link] = useMutation(LinkConcernMutation);
  const [unlink] = useMutation(UnlinkConcernMutation);
  const save = useSubmit();
  const concernAction = useSubmit();
  const [statement, setStatement] = useState(problem.statement);
  const [analysisNotes, setAnalysisNotes] = useState(problem.analysisNotes);
  const [note, setNote] = useState('');
  const [concernId, setConcernId] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const stage = (s: SaraStage) => intl.formatMessage(tf[`stage_${s}`]);
  const linked = problem.concerns;
  const linkedIds = useMemo(() => new Set(linked.map((c) => c.id)), [linked]);
  const concernLine = (c: Concern) => intl.formatMessage(tf.concernLine, { topic: c.topic, description: c.description, forum: c.forum.title });

  function submit(event: FormEvent) {
    event.preventDefault();
    void save.run(async () => {
      await update({ variables: { id: problem.id, input: { statement, analysisNotes } } });
      setNotice(intl.formatMessage(tf.problemSaved));
    });
  }

  return (
    <section aria-labelledby="tf-problem-heading" className="margin-top-4 border-top-1px border-base-lighter padding-top-2">
      <h2 id="tf-problem-heading">{problem.title}</h2>
      <p>{stage(problem.stage)}</p>
      <Notice message={notice} />
      {canWrite ? (
        <form className="usa-form maxw-tablet" onSubmit={submit} noValidate>
          <ProblemAlert problem={save.problem} />
          <Field id="tf-detail-statement" label={intl.formatMessage(tf.statement)} error={save.fields.statement}>
            {(c) => <textarea className="usa-textarea" {...c} value={statement} onChange={(e) => setStatement(e.target.value)} />}
          </Field>
          <Field id="tf-detail-analysis" label={intl.formatMessage(tf.analysisNotes)} error={save.fields.analysisNotes}>
            {(c) => <textarea className="usa-textarea" {...c} value={analysisNotes} onChange={(e) => setAnalysisNotes(e.target.value)} />}
          </Field>
          <button type="submit" className="usa-button margin-top-2" disabled={save.busy}>
            {intl.formatMessage(tf.saveProblem)}
          </button>
          <Field id="tf-move-note" label={intl.formatMessage(tf.moveNote)}>
            {(c) => <input className="usa-input" type="text" {...c} value={note} onChange={(e) => setNote(e.target.value)} />}
          </Field>
          <div className="margin-top-1">
            {nextStages(problem.stage).map((next) => (
              <button key={next} type="button" className="usa-button usa-button--outline" disabled={moving} onClick={() => void onMove(next, note).then(() => setNote(''))}>
                {intl.formatMessage(tf.moveTo, { title: problem.title, stage: stage(next) })}
              </button>
            ))}
          </div>
        </form>
      ) : (
        <>
          <h3>{intl.formatMessage(tf.statement)}</h3>
          <p className="tf-prewrap">{problem.statement || intl.formatMessage(tf.noStatement)}</p>
          <h3>{intl.formatMessage(tf.analysisNotes)}</h3>
          <p className="tf-prewrap">{problem.analysisNotes || intl.formatMessage(tf.noStatement)}</p>
        </>
      )}
      <h3>{intl.formatMessage(tf.historyHeading)}</h3>
      <ol className="usa-list">
        {problem.stageHistory.map((h, i) => {
          const when = intl.formatDate(h.changedAt, { timeZone: zone, dateStyle: 'medium', timeStyle: 'short' });
          return (
            <li key={i}>
              {h.fromStage ? intl.formatMessage(tf.historyFrom, { when, from: stage(h.fromStage), stage: stage(h.toStage) }) : intl.formatMessage(tf.historyEntry, { when, stage: stage(h.toStage) })}
              {h.note && ` — ${h.note}`}
            </li>
          );
        })}
      </ol>
      <h3>{intl.formatMessage(tf.concernsHeading)}</h3>
      <ProblemAlert problem={concernAction.problem} />
      {linked.length === 0 ? (
        <p>{intl.formatMessage(tf.noConcerns)}</p>
      ) : (
        <ul className="usa-list">
          {linked.map((c) => (
            <li key={c.id}>
              {concernLine(c)}{' '}
              {canWrite && (
                <button type="button" className="usa-button usa-button--unstyled" onClick={() => void concernAction.run(() => unlink({ variables: { problemId: problem.id, concernId: c.id } }))}>
                  {intl.formatMessage(tf.unlinkConcern, { topic: c.topic })}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canWrite && (
        <form
          className="usa-form maxw-tablet"
          onSubmit={(e) => {
            e.preventDefault();
            void concernAction.run(async () => {
              await link({ variables: { problemId: problem.id, concernId } });
              setConcernId('');
            });
          }}
        >
          <Field id="tf-concern" label={intl.formatMessage(tf.concernToLink)} error={concernAction.fields.concernId}>
            {(c) => <ConcernPicker id={c.id} labelId={`${c.id}-label`} name="concern" value={concernId} exclude={linkedIds} label={concernLine} onChange={(value) => setConcernId(value)} />}
          </Field>
          <button type="submit" className="usa-button margin-top-2" disabled={!concernId || concernAction.busy}>
            {intl.formatMessage(tf.linkConcern)}
          </button>
        </form>
      )}
    </section>
  );
}
