import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useIntl } from 'react-intl';
import { OrganisationPicker, StaffPicker } from '../../components/pickers';
import { ProblemAlert } from '../../components/ProblemAlert';
import type { TaskForceMemberRole, TaskForceMembersQuery } from '../../graphql/generated/graphql';
import {
  AddTaskForceOrganisationMutation,
  JoiningOrganisationQuery,
  AddTaskForceStaffMutation,
  RemoveTaskForceOrganisationMutation,
  RemoveTaskForceStaffMutation,
  SetMemberContactsMutation,
  TaskForceMembersQuery as MembersQuery,
} from './task-forces.graphql';
import { tf } from './task-forces.messages';
import { Field, Notice, TaskForceScreen, formatDay, useCanWrite, useSubmit, useTaskForceId } from './task-forces-ui';

const ROLES: TaskForceMemberRole[] = ['MEMBER', 'LEAD_PARTNER', 'ADVISOR'];

/** `/task-forces/:id/members`: organisations (roles, designated contacts) and staff, with join and leave dates. */
export default function MembersPage() {
  const intl = useIntl();
  const id = useTaskForceId();
  const canWrite = useCanWrite();
  const { data, error, refetch } = useQuery(MembersQuery, { variables: { id } });
  const [removeOrg] = useMutation(RemoveTaskForceOrganisationMutation);
  const [removeStaff] = useMutation(RemoveTaskForceStaffMutation);
  const removal = useSubmit();
  const [notice, setNotice] = useState<string | null>(null);
  const when = (day: string | null | undefined) => (day ? formatDay(intl, day) : intl.formatMessage(tf.stillMember));

  return (
    <TaskForceScreen page={intl.formatMessage(tf.tabMembers)} data={data} error={error}>
      {(d) => {
        const open = canWrite && d.taskForce.status !== 'CLOSED';
        return (
          <>
            <Notice message={notice} />
            <ProblemAlert problem={removal.problem} />
            <h2>{intl.formatMessage(tf.orgsHeading)}</h2>
            {d.taskForce.members.length === 0 ? (
              <p>{intl.formatMessage(tf.noOrgs)}</p>
            ) : (
              <div className="console-table-wrap">
                <table className="usa-table width-full">
                  <caption>{intl.formatMessage(tf.orgsCaption)}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{intl.formatMessage(tf.colOrganisation)}</th>
                      <th scope="col">{intl.formatMessage(tf.colRole)}</th>
                      <th scope="col">{intl.formatMessage(tf.colContacts)}</th>
                      <th scope="col">{intl.formatMessage(tf.colJoined)}</th>
                      <th scope="col">{intl.formatMessage(tf.colLeft)}</th>
                      {open && <th scope="col">{intl.formatMessage(tf.colActions)}</th>}
                    </tr>
                  </thead>
                  <tbody>
                    {d.taskForce.members.map((m) => (
                      <tr key={m.id}>
                        <th scope="row">{m.organisation.name}</th>
                        <td>{intl.formatMessage(tf[`role_${m.role}`])}</td>
                        <td>{m.contacts.length ? m.contacts.map((c) => c.name).join(', ') : intl.formatMessage(tf.noContacts)}</td>
                        <td>{formatDay(intl, m.joinedOn)}</td>
                        <td>{when(m.leftOn)}</td>
                        {open && (
                          <td>
                            {!m.leftOn && (
                              <ContactsEditor
                                taskForceId={id}
                                member={m}
                                contacts={m.organisation.contacts}
                                onSaved={async () => {
                                  await refetch();
                                  setNotice(intl.formatMessage(tf.contactsSaved, { name: m.organisation.name }));
                                }}
                              />
                            )}
                            {!m.leftOn && (
                              <button
                                type="button"
                                className="usa-button usa-button--unstyled"
                                onClick={() =>
                                  void removal.run(async () => {
                                    await removeOrg({ variables: { taskForceId: id, organisationId: m.organisationId } });
                                    await refetch();
                                    setNotice(intl.formatMessage(tf.orgRemoved, { name: m.organisation.name }));
                                  })
                                }
                              >
                                {intl.formatMessage(tf.removeOrg, { name: m.organisation.name })}
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
            {open && <AddOrganisationForm data={d} onAdded={async (name) => { await refetch(); setNotice(intl.formatMessage(tf.orgAdded, { name })); }} />}

            <h2>{intl.formatMessage(tf.staffHeading)}</h2>
            {d.taskForce.staffMembers.length === 0 ? (
              <p>{intl.formatMessage(tf.noStaff)}</p>
            ) : (
              <div className="console-table-wrap">
                <table className="usa-table width-full">
                  <caption>{intl.formatMessage(tf.staffCaption)}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{intl.formatMessage(tf.colStaff)}</th>
                      <th scope="col">{intl.formatMessage(tf.colJoined)}</th>
                      <th scope="col">{intl.formatMessage(tf.colLeft)}</th>
                      {open && <th scope="col">{intl.formatMessage(tf.colActions)}</th>}
                    </tr>
                  </thead>
                  <tbody>
                    {d.taskForce.staffMembers.map((s) => (
                      <tr key={s.id}>
                        <th scope="row">{s.staffUser.name}</th>
                        <td>{formatDay(intl, s.joinedOn)}</td>
                        <td>{when(s.leftOn)}</td>
                        {open && (
                          <td>
                            {!s.leftOn && (
                              <button
                                type="button"
                                className="usa-button usa-button--unstyled"
                                onClick={() =>
                                  void removal.run(async () => {
                                    await removeStaff({ variables: { taskForceId: id, staffUserId: s.staffUser.id } });
                                    await refetch();
                                    setNotice(intl.formatMessage(tf.staffRemoved, { name: s.staffUser.name }));
                                  })
                                }
                              >
                                {intl.formatMessage(tf.removeStaff, { name: s.staffUser.name })}
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
            {open && <AddStaffForm data={d} onAdded={async (name) => { await refetch(); setNotice(intl.formatMessage(tf.staffAdded, { name })); }} />}
          </>
        );
      }}
    </TaskForceScreen>
  );
}

function AddOrganisationForm({ data, onAdded }: { data: TaskForceMembersQuery; onAdded: (name: string) => Promise<void> }) {
  const intl = useIntl();
  const [add] = useMutation(AddTaskForceOrganisationMutation);
  const { problem, busy, run, fields } = useSubmit();
  const [organisationId, setOrganisationId] = useState('');
  const [role, setRole] = useState<TaskForceMemberRole>('MEMBER');
  const [joinedOn, setJoinedOn] = useState('');
  const [contactIds, setContactIds] = useState<string[]>([]);
  const current = new Set(data.taskForce.members.filter((m) => !m.leftOn).map((m) => m.organisationId));
  const chosen = useQuery(JoiningOrganisationQuery, { variables: { id: organisationId }, skip: !organisationId }).data?.organisation;

  function submit(event: FormEvent) {
    event.preventDefault();
    void run(async () => {
      await add({ variables: { taskForceId: data.taskForce.id, input: { organisationId, role, joinedOn: joinedOn || null, contactIds } } });
      setOrganisationId('');
      setContactIds([]);
      setJoinedOn('');
      await onAdded(chosen?.name ?? '');
    });
  }

  return (
    <form className="usa-form maxw-tablet margin-bottom-4" onSubmit={submit} noValidate>
      <fieldset className="usa-fieldset">
        <legend className="usa-legend usa-legend--large">{intl.formatMessage(tf.addOrgHeading)}</legend>
        <ProblemAlert problem={problem} />
        <Field id="tf-org" label={intl.formatMessage(tf.organisation)} error={fields.organisationId}>
          {(c) => <OrganisationPicker id={c.id} labelId={`${c.id}-label`} value={organisationId} exclude={current} onChange={(id) => { setOrganisationId(id); setContactIds([]); }} />}
        </Field>
        <Field id="tf-org-role" label={intl.formatMessage(tf.role)} error={fields.role}>
          {(c) => (
            <select className="usa-select" {...c} value={role} onChange={(e) => setRole(e.target.value as TaskForceMemberRole)}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {intl.formatMessage(tf[`role_${r}`])}
                </option>
              ))}
            </select>
          )}
        </Field>
        {chosen && (
          <fieldset className="usa-fieldset margin-top-2">
            <legend className="usa-legend">{intl.formatMessage(tf.designatedContacts)}</legend>
            {fields.contactIds && <span className="usa-error-message">{fields.contactIds}</span>}
            {chosen.contacts.length === 0 && <p>{intl.formatMessage(tf.noContacts)}</p>}
            {chosen.contacts.map((contact) => (
              <div className="usa-checkbox" key={contact.id}>
                <input
                  className="usa-checkbox__input"
                  type="checkbox"
                  id={`tf-contact-${contact.id}`}
                  checked={contactIds.includes(contact.id)}
                  onChange={(e) => setContactIds((old) => (e.target.checked ? [...old, contact.id] : old.filter((x) => x !== contact.id)))}
                />
                <label className="usa-checkbox__label" htmlFor={`tf-contact-${contact.id}`}>
                  {contact.optedOut ? intl.formatMessage(tf.optedOutContact, { name: contact.name }) : contact.name}
                </label>
              </div>
            ))}
          </fieldset>
        )}
        <Field id="tf-org-joined" label={intl.formatMessage(tf.joinedOn)} error={fields.joinedOn}>
          {(c) => <input className="usa-input usa-input--medium" type="date" {...c} value={joinedOn} onChange={(e) => setJoinedOn(e.target.value)} />}
        </Field>
        <button type="submit" className="usa-button margin-top-2" disabled={busy || !organisationId}>
          {intl.formatMessage(tf.addOrg)}
        </button>
      </fieldset>
    </form>
  );
}

function AddStaffForm({ data, onAdded }: { data: TaskForceMembersQuery; onAdded: (name: string) => Promise<void> }) {
  const intl = useIntl();
  const [add] = useMutation(AddTaskForceStaffMutation);
  const { problem, busy, run, fields } = useSubmit();
  const [staffUserId, setStaffUserId] = useState('');
  const [joinedOn, setJoinedOn] = useState('');
  const current = new Set(data.taskForce.staffMembers.filter((s) => !s.leftOn).map((s) => s.staffUser.id));
  const [name, setName] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    void run(async () => {
      await add({ variables: { taskForceId: data.taskForce.id, staffUserId, joinedOn: joinedOn || null } });
      setStaffUserId('');
      setJoinedOn('');
      await onAdded(name);
    });
  }

  return (
    <form className="usa-form maxw-tablet" onSubmit={submit} noValidate>
      <fieldset className="usa-fieldset">
        <legend className="usa-legend usa-legend--large">{intl.formatMessage(tf.addStaffHeading)}</legend>
        <ProblemAlert problem={problem} />
        <Field id="tf-staff" label={intl.formatMessage(tf.staffMember)} error={fields.staffUserId}>
          {(c) => <StaffPicker id={c.id} labelId={`${c.id}-label`} value={staffUserId} exclude={current} onChange={(id, label) => { setStaffUserId(id); setName(label); }} />}
        </Field>
        <Field id="tf-staff-joined" label={intl.formatMessage(tf.joinedOn)} error={fields.joinedOn}>
          {(c) => <input className="usa-input usa-input--medium" type="date" {...c} value={joinedOn} onChange={(e) => setJoinedOn(e.target.value)} />}
        </Field>
        <button type="submit" className="usa-button margin-top-2" disabled={busy || !staffUserId}>
          {intl.formatMessage(tf.addStaff)}
        </button>
      </fieldset>
    </form>
  );
}

type Member = TaskForceMembersQuery['taskForce']['members'][number];

/** Replaces the designated contacts of an organisation's current membership. */
function ContactsEditor({ taskForceId, member, contacts, onSaved }: {
  taskForceId: string;
  member: Member;
  contacts: { id: string; name: string; optedOut: boolean }[];
  onSaved: () => Promise<void>;
}) {
  const intl = useIntl();
  const [save] = useMutation(SetMemberContactsMutation);
  const { problem, busy, run } = useSubmit();
  const [chosen, setChosen] = useState(member.contacts.map((c) => c.id));
  return (
    <details>
      <summary>{intl.formatMessage(tf.changeContacts, { name: member.organisation.name })}</summary>
      <ProblemAlert problem={problem} />
      <fieldset className="usa-fieldset">
        <legend className="usa-sr-only">{intl.formatMessage(tf.changeContacts, { name: member.organisation.name })}</legend>
        {contacts.map((contact) => (
          <div className="usa-checkbox" key={contact.id}>
            <input
              className="usa-checkbox__input"
              type="checkbox"
              id={`tf-mc-${member.id}-${contact.id}`}
              checked={chosen.includes(contact.id)}
              onChange={(e) => setChosen((old) => (e.target.checked ? [...old, contact.id] : old.filter((x) => x !== contact.id)))}
            />
            <label className="usa-checkbox__label" htmlFor={`tf-mc-${member.id}-${contact.id}`}>
              {contact.optedOut ? intl.formatMessage(tf.optedOutContact, { name: contact.name }) : contact.name}
            </label>
          </div>
        ))}
      </fieldset>
      <button
        type="button"
        className="usa-button usa-button--small margin-y-1"
        disabled={busy}
        onClick={() =>
          void run(async () => {
            await save({ variables: { taskForceId, organisationId: member.organisationId, contactIds: chosen } });
            await onSaved();
          })
        }
      >
        {intl.formatMessage(tf.saveContacts)}
      </button>
    </details>
  );
}
