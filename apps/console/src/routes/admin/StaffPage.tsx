import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Select } from '@trussworks/react-uswds';
import { useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { useIsAdmin, useShell } from '../../app/AgencyContext';
import { ListResults } from '../../components/ListResults';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useUrlFilters } from '../../components/useUrlFilters';
import type { AdminStaffListQuery, StaffRole } from '../../graphql/generated/graphql';
import { describeProblem } from '../../graphql/problem';
import { AdminFrame } from './AdminFrame';
import { ChangeStaffRoleMutation, DeactivateStaffMutation, StaffListQuery } from './admin.graphql';
import { adminMessages as m } from './admin.messages';
import { InviteStaffForm } from './InviteStaffForm';
import { ListTable } from './ListTable';
import { ROLES, roleMessage, statusMessage } from './staff-roles';

type Person = AdminStaffListQuery['staffUsers']['edges'][number]['node'];
const NO_FILTERS = [] as const;

/** `/administration/staff`: invite, pending invitations, and everyone with their role and status. */
export default function StaffPage() {
  const intl = useIntl();
  const admin = useIsAdmin();
  const { me, agency } = useShell();
  const { after, setAfter } = useUrlFilters(NO_FILTERS);
  const [notice, setNotice] = useState('');
  const noticeRef = useRef<HTMLDivElement>(null);
  const pending = useQuery(StaffListQuery, { variables: { filter: { status: 'INVITED' }, first: 50 }, skip: !admin, fetchPolicy: 'cache-and-network' });
  const everyone = useQuery(StaffListQuery, { variables: { first: 25, after }, skip: !admin, fetchPolicy: 'cache-and-network' });
  const [changeRole, changing] = useMutation(ChangeStaffRoleMutation, { refetchQueries: [StaffListQuery] });
  const [deactivate, deactivating] = useMutation(DeactivateStaffMutation, { refetchQueries: [StaffListQuery] });
  const [roles, setRoles] = useState<Record<string, StaffRole>>({});
  const [confirming, setConfirming] = useState<Person | null>(null);

  const say = (text: string) => {
    setNotice(text);
    requestAnimationFrame(() => noticeRef.current?.focus());
  };
  const when = (iso: string | null | undefined) => (iso ? intl.formatDate(iso, { timeZone: agency.timeZone, dateStyle: 'medium', timeStyle: 'short' }) : intl.formatMessage(m.never));

  async function saveRole(person: Person) {
    const role = roles[person.id] ?? person.role;
    const done = await changeRole({ variables: { id: person.id, role } }).catch(() => null);
    if (done?.data) say(intl.formatMessage(m.roleChanged, { name: person.name, role: intl.formatMessage(roleMessage(role)) }));
  }

  async function confirmDeactivate(person: Person) {
    const done = await deactivate({ variables: { id: person.id } }).catch(() => null);
    setConfirming(null);
    if (done?.data) say(intl.formatMessage(m.deactivated, { name: person.name }));
  }

  const invitations = pending.data?.staffUsers.edges.map((e) => e.node) ?? [];
  const people = everyone.data?.staffUsers.edges.map((e) => e.node) ?? [];
  return (
    <AdminFrame title={intl.formatMessage(m.staffTitle)}>
      <div ref={noticeRef} tabIndex={-1} role="status">
        {notice && (
          <Alert type="success" slim>
            {notice}
          </Alert>
        )}
      </div>
      <ProblemAlert problem={describeProblem(changing.error ?? deactivating.error)} />
      <InviteStaffForm onInvited={(email) => say(intl.formatMessage(m.invited, { email }))} />

      <h2>{intl.formatMessage(m.pendingHeading)}</h2>
      {invitations.length === 0 ? (
        <p>{intl.formatMessage(m.pendingNone)}</p>
      ) : (
        <ListTable caption={intl.formatMessage(m.pendingCaption)} columns={[m.name, m.email, m.role, m.expires]}>
          {invitations.map((p) => (
            <tr key={p.id}>
              <th scope="row">{p.name}</th>
              <td>{p.email}</td>
              <td>{intl.formatMessage(roleMessage(p.role))}</td>
              <td>{when(p.invitationExpiresAt)}</td>
            </tr>
          ))}
        </ListTable>
      )}

      <h2>{intl.formatMessage(m.staffHeading)}</h2>
      <ListResults connection={everyone.data?.staffUsers} loading={everyone.loading} error={everyone.error} empty={intl.formatMessage(m.staffNone)} after={after} onPage={setAfter}>
        <ListTable caption={intl.formatMessage(m.staffCaption)} columns={[m.name, m.email, m.status, m.lastSignIn, m.role, m.actions]}>
          {people.map((p) => {
            const self = p.id === me.id;
            const live = p.status !== 'DEACTIVATED';
            return (
              <tr key={p.id}>
                <th scope="row">
                  {p.name} {self && intl.formatMessage(m.you)}
                </th>
                <td>{p.email}</td>
                <td>{intl.formatMessage(statusMessage(p.status))}</td>
                <td>{when(p.lastLoginAt)}</td>
                <td>
                  {live && !self ? (
                    <Select
                      id={`role-${p.id}`}
                      name="role"
                      aria-label={intl.formatMessage(m.roleFor, { name: p.name })}
                      value={roles[p.id] ?? p.role}
                      onChange={(e) => setRoles({ ...roles, [p.id]: e.target.value as StaffRole })}
                      className="margin-top-0"
                    >
                      {ROLES.map((role) => (
                        <option key={role} value={role}>
                          {intl.formatMessage(roleMessage(role))}
                        </option>
                      ))}
                    </Select>
                  ) : (
                    intl.formatMessage(roleMessage(p.role))
                  )}
                </td>
                <td>
                  {live && !self && confirming?.id !== p.id && (
                    <>
                      <Button type="button" outline disabled={changing.loading || (roles[p.id] ?? p.role) === p.role} onClick={() => void saveRole(p)}>
                        {intl.formatMessage(m.changeRole, { name: p.name })}
                      </Button>
                      <Button type="button" secondary onClick={() => setConfirming(p)}>
                        {intl.formatMessage(m.deactivate, { name: p.name })}
                      </Button>
                    </>
                  )}
                  {confirming?.id === p.id && (
                    <div role="group" aria-label={intl.formatMessage(m.deactivate, { name: p.name })}>
                      <p className="margin-top-0">{intl.formatMessage(m.deactivateConfirm, { name: p.name })}</p>
                      <Button type="button" secondary disabled={deactivating.loading} onClick={() => void confirmDeactivate(p)}>
                        {intl.formatMessage(m.confirmDeactivate)}
                      </Button>
                      <Button type="button" outline onClick={() => setConfirming(null)}>
                        {intl.formatMessage(m.keep)}
                      </Button>
                    </div>
                  )}
                </td>
              </tr>
            );
          })}
        </ListTable>
      </ListResults>
    </AdminFrame>
  );
}
