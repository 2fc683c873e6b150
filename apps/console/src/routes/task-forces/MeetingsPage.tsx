import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useAgencyZone } from '../../app/AgencyContext';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ForumPicker } from '../../components/pickers';
import type { TaskForceMeetingsQuery } from '../../graphql/generated/graphql';
import { InviteTaskForceMembersMutation, LinkTaskForceMeetingMutation, TaskForceMeetingsQuery as MeetingsQuery } from './task-forces.graphql';
import { tf } from './task-forces.messages';
import { Field, Notice, TaskForceScreen, useCanWrite, useSubmit, useTaskForceId } from './task-forces-ui';

/** `/task-forces/:id/meetings`: its task-force-meeting forums, inviting every member, and who came. */
export default function MeetingsPage() {
  const intl = useIntl();
  const id = useTaskForceId();
  const zone = useAgencyZone();
  const canWrite = useCanWrite();
  const { data, error, refetch } = useQuery(MeetingsQuery, { variables: { id } });
  const [invite] = useMutation(InviteTaskForceMembersMutation);
  const inviting = useSubmit();
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <TaskForceScreen page={intl.formatMessage(tf.tabMeetings)} data={data} error={error}>
      {(d) => {
        const open = canWrite && d.taskForce.status !== 'CLOSED';
        const names = new Map(d.taskForce.members.map((m) => [m.organisationId, m.organisation.name]));
        const reported = d.taskForce.meetings.filter((m) => m.status === 'COMPLETED');
        return (
          <>
            <p>{intl.formatMessage(tf.meetingsIntro)}</p>
            <Notice message={notice} />
            <ProblemAlert problem={inviting.problem} />
            {d.taskForce.meetings.length === 0 ? (
              <p>{intl.formatMessage(tf.noMeetings)}</p>
            ) : (
              <div className="console-table-wrap">
                <table className="usa-table width-full">
                  <caption>{intl.formatMessage(tf.meetingsCaption)}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{intl.formatMessage(tf.colMeeting)}</th>
                      <th scope="col">{intl.formatMessage(tf.colWhen)}</th>
                      <th scope="col">{intl.formatMessage(tf.colStatus)}</th>
                      <th scope="col">{intl.formatMessage(tf.colAttended)}</th>
                      {open && <th scope="col">{intl.formatMessage(tf.colActions)}</th>}
                    </tr>
                  </thead>
                  <tbody>
                    {d.taskForce.meetings.map((m) => (
                      <tr key={m.forumId}>
                        <th scope="row">
                          <Link to={`/forums/${m.forumId}`}>{m.title}</Link>
                        </th>
                        <td>{intl.formatDate(m.startsAt, { timeZone: zone, dateStyle: 'medium', timeStyle: 'short' })}</td>
                        <td>{intl.formatMessage(tf.forumStatus, { status: m.status })}</td>
                        <td>
                          {m.status === 'COMPLETED'
                            ? m.organisationIds.map((o) => names.get(o) ?? '').filter(Boolean).join(', ') || intl.formatMessage(tf.noContacts)
                            : intl.formatMessage(tf.notYetReported)}
                        </td>
                        {open && (
                          <td>
                            {m.status === 'PUBLISHED' && new Date(m.startsAt) > new Date() && (
                              <button
                                type="button"
                                className="usa-button usa-button--outline"
                                disabled={inviting.busy}
                                onClick={() =>
                                  void inviting.run(async () => {
                                    const result = await invite({ variables: { taskForceId: id, forumId: m.forumId } });
                                    const r = result.data?.inviteTaskForceMembersToMeeting;
                                    if (r) setNotice(intl.formatMessage(tf.invited, { invited: r.invited, already: r.alreadyInvited, optedOut: r.skippedOptedOut }));
                                  })
                                }
                              >
                                {intl.formatMessage(tf.inviteAll, { title: m.title })}
                              </button>
                            )}
                          </td>
                        )}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            {reported.length > 0 && (
              <>
                <h2>{intl.formatMessage(tf.attendanceHeading)}</h2>
                <table className="usa-table">
                  <caption>{intl.formatMessage(tf.attendanceCaption)}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{intl.formatMessage(tf.colOrganisation)}</th>
                      <th scope="col">{intl.formatMessage(tf.colAttendedCount)}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {[...names].map(([orgId, name]) => (
                      <tr key={orgId}>
                        <th scope="row">{name}</th>
                        <td>{intl.formatMessage(tf.attendanceCount, { attended: reported.filter((m) => m.organisationIds.includes(orgId)).length, held: reported.length })}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </>
            )}
            {open && <LinkMeetingForm data={d} onLinked={async (title) => { await refetch(); setNotice(intl.formatMessage(tf.linked, { title })); }} />}
          </>
        );
      }}
    </TaskForceScreen>
  );
}

function LinkMeetingForm({ data, onLinked }: { data: TaskForceMeetingsQuery; onLinked: (title: string) => Promise<void> }) {
  const intl = useIntl();
  const zone = useAgencyZone();
  const [link] = useMutation(LinkTaskForceMeetingMutation);
  const { problem, busy, run, fields } = useSubmit();
  const [forumId, setForumId] = useState('');
  const [title, setTitle] = useState('');
  const linked = new Set(data.taskForce.meetings.map((m) => m.forumId));
  const notOffered = new Set([...linked, ...data.forums.edges.map((e) => e.node).filter((f) => f.status === 'CANCELLED').map((f) => f.id)]);
  const choices = data.forums.edges.map((e) => e.node).filter((f) => !notOffered.has(f.id));

  function submit(event: FormEvent) {
    event.preventDefault();
    void run(async () => {
      await link({ variables: { taskForceId: data.taskForce.id, forumId } });
      setForumId('');
      await onLinked(title);
    });
  }

  return (
    <form className="usa-form maxw-tablet margin-top-4" onSubmit={submit} noValidate>
      <fieldset className="usa-fieldset">
        <legend className="usa-legend usa-legend--large">{intl.formatMessage(tf.linkHeading)}</legend>
        <ProblemAlert problem={problem} />
        {choices.length === 0 ? (
          <p>{intl.formatMessage(tf.noForumsToLink)}</p>
        ) : (
          <>
            <Field id="tf-meeting-forum" label={intl.formatMessage(tf.linkForum)} error={fields.forumId}>
              {(c) => (
                <ForumPicker
                  id={c.id}
                  labelId={`${c.id}-label`}
                  filter={{ type: 'TASK_FORCE_MEETING' }}
                  exclude={notOffered}
                  label={(f) => `${f.title} · ${intl.formatDate(f.startsAt, { timeZone: zone, dateStyle: 'medium', timeStyle: 'short' })}`}
                  value={forumId}
                  onChange={(id, label) => {
                    setForumId(id);
                    setTitle(label);
                  }}
                />
              )}
            </Field>
            <button type="submit" className="usa-button margin-top-2" disabled={busy || !forumId}>
              {intl.formatMessage(tf.linkButton)}
            </button>
          </>
        )}
        <p>
          <Link to="/forums/new">{intl.formatMessage(tf.scheduleForum)}</Link>
        </p>
      </fieldset>
    </form>
  );
}
