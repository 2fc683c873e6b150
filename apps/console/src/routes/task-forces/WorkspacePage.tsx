import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { ProblemAlert } from '../../components/ProblemAlert';
import type { TaskForceStatus } from '../../graphql/generated/graphql';
import { ChangeTaskForceStatusMutation, TaskForceWorkspaceQuery, UpdateTaskForceMutation } from './task-forces.graphql';
import { tf } from './task-forces.messages';
import { TaskForceDetailsForm, detailsInput } from './TaskForceDetailsForm';
import { Field, Notice, TaskForceScreen, focusLabel, formatDay, useCanWrite, useSubmit, useTaskForceId } from './task-forces-ui';

const NEXT_STATUS: Record<TaskForceStatus, TaskForceStatus[]> = {
  FORMING: ['ACTIVE', 'CLOSED'],
  ACTIVE: ['PAUSED', 'CLOSED'],
  PAUSED: ['ACTIVE', 'CLOSED'],
  CLOSED: [],
};

/** `/task-forces/:id`: charter, focus, neighbourhoods, lead and status. */
export default function WorkspacePage() {
  const intl = useIntl();
  const id = useTaskForceId();
  const canWrite = useCanWrite();
  const { data, error, refetch } = useQuery(TaskForceWorkspaceQuery, { variables: { id } });
  const [update] = useMutation(UpdateTaskForceMutation);
  const [changeStatus] = useMutation(ChangeTaskForceStatusMutation);
  const edit = useSubmit();
  const status = useSubmit();
  const [editing, setEditing] = useState(false);
  const [reason, setReason] = useState('');
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <TaskForceScreen page={intl.formatMessage(tf.tabWorkspace)} data={data} error={error}>
      {({ taskForce: t }) => (
        <>
          <Notice message={notice} />
          <h2>{intl.formatMessage(tf.detailsHeading)}</h2>
          <dl className="console-facts">
            <dt>{intl.formatMessage(tf.focusIssue)}</dt>
            <dd>{focusLabel(intl, t)}</dd>
            <dt>{intl.formatMessage(tf.leadOfficer)}</dt>
            <dd>{t.leadOfficer.name}</dd>
            <dt>{intl.formatMessage(tf.startsOn)}</dt>
            <dd>{formatDay(intl, t.startsOn)}</dd>
            {t.endsOn && (
              <>
                <dt>{intl.formatMessage(tf.endsOn)}</dt>
                <dd>{formatDay(intl, t.endsOn)}</dd>
              </>
            )}
            <dt>{intl.formatMessage(tf.neighbourhoods)}</dt>
            <dd>{t.neighbourhoods.length ? t.neighbourhoods.join(', ') : intl.formatMessage(tf.allNeighbourhoods)}</dd>
          </dl>
          <h2>{intl.formatMessage(tf.charterHeading)}</h2>
          <p className="tf-prewrap">{t.charter || intl.formatMessage(tf.noCharter)}</p>
          {canWrite && t.status !== 'CLOSED' && !editing && (
            <button type="button" className="usa-button usa-button--outline" onClick={() => setEditing(true)}>
              {intl.formatMessage(tf.editDetails)}
            </button>
          )}
          {editing && (
            <TaskForceDetailsForm
              initial={{
                name: t.name,
                focusIssue: t.focusIssue,
                focusIssueOther: t.focusIssueOther ?? '',
                leadOfficerId: t.leadOfficer.id,
                startsOn: t.startsOn,
                endsOn: t.endsOn ?? '',
                charter: t.charter,
                neighbourhoods: t.neighbourhoods,
              }}
              submitLabel={intl.formatMessage(tf.saveDetails)}
              problem={edit.problem}
              busy={edit.busy}
              onSubmit={(d) =>
                void edit.run(async () => {
                  await update({ variables: { id, input: detailsInput(d) } });
                  setEditing(false);
                  setNotice(intl.formatMessage(tf.savedDetails));
                })
              }
            />
          )}
          <h2>{intl.formatMessage(tf.statusHeading)}</h2>
          <p>{intl.formatMessage(tf.statusNow, { status: intl.formatMessage(tf[`status_${t.status}`]) })}</p>
          {t.status === 'CLOSED' && <p>{intl.formatMessage(tf.statusClosedNote)}</p>}
          {canWrite && NEXT_STATUS[t.status].length > 0 && (
            <form className="usa-form" onSubmit={(e) => e.preventDefault()}>
              <ProblemAlert problem={status.problem} />
              <Field id="tf-status-reason" label={intl.formatMessage(tf.statusReason)} error={status.fields.reason}>
                {(c) => <input className="usa-input" type="text" {...c} value={reason} onChange={(e) => setReason(e.target.value)} />}
              </Field>
              <div className="margin-top-2">
                {NEXT_STATUS[t.status].map((next) => (
                  <button
                    key={next}
                    type="button"
                    className={`usa-button${next === 'CLOSED' ? ' usa-button--secondary' : ''}`}
                    disabled={status.busy}
                    onClick={() =>
                      void status.run(async () => {
                        await changeStatus({ variables: { id, status: next, reason: reason.trim() || null } });
                        setReason('');
                        await refetch();
                        setNotice(intl.formatMessage(tf.statusChanged, { status: intl.formatMessage(tf[`status_${next}`]) }));
                      })
                    }
                  >
                    {intl.formatMessage(tf[`statusTo_${next}`])}
                  </button>
                ))}
              </div>
            </form>
          )}
        </>
      )}
    </TaskForceScreen>
  );
}
