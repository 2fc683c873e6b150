import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Select } from '@trussworks/react-uswds';
import { useEffect, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { useSearchParams } from 'react-router';
import { useIsAdmin, useShell } from '../../app/AgencyContext';
import { ListResults } from '../../components/ListResults';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useUrlFilters } from '../../components/useUrlFilters';
import type { AdminStaffListQuery, StaffRole } from '../../graphql/generated/graphql';
import { describeProblem } from '../../graphql/problem';
import { AdminFrame } from './AdminFrame';
import { ChangeStaffRoleMutation, DeactivateStaffMutation, StaffListQuery, StaffPersonQuery } from './admin.graphql';
import { adminMessages as m } from './admin.messages';
import { InviteStaffForm } from './InviteStaffForm';
import { ListTable } from './ListTable';
import { ROLES, roleMessage, statusMessage } from './staff-roles';

type Person = AdminStaffListQuery['staffUsers']['edges'][number]['node'];
const NO_FILTERS = [] as const;

/**
 * `/administration/staff`: invite, pending invitations, and everyone with their role and status.
 * `?person=<id>` (the audit log's link to a staff member) shows that person first, asked by id, whichever page of the list they are on.
 */
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
  const personId = useSearchParams()[0].get('person');
  const person = useQuery(StaffPersonQuery, { variables: { id: personId ?? '' }, skip: !admin || !personId, fetchPolicy: 'cache-and-network' });
  const personRef = useRef<HTMLHeadingElement>(null);
  const shown = person.data?.staffUser;
  useEffect(() => {
    if (shown) personRef.current?.focus();
  }, [shown?.id]);

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
      <ProblemAlert problem={describeProblem(changing.error ?? deactivating.error ?? person.error)} />
      {shown && (
        <section aria-labelledby="staff-person-heading" className="usa-summary-box margin-bottom-3">
          <div className="usa-summary-box__body">
            <h2 id="staff-person-heading" ref={personRef} tabIndex={-1} className="usa-summary-box__heading">
              {shown.name} {shown.id === me.id && intl.formatMessage(m.you)}
            </h2>
            <p className="usa-sr-only">{intl.formatMessage(m.personCaption)}</p>
            <dl className="usa-summary-box__text">
              <dt className="text-bold">{intl.formatMessage(m.email)}</dt>
              <dd className="margin-left-0">{shown.email}</dd>
              <dt className="text-bold">{intl.formatMessage(m.role)}</dt>
              <dd className="margin-left-0">{intl.formatMessage(roleMessage(shown.role))}</dd>
              <dt className="text-bold">{intl.formatMessage(m.status)}</dt>
              <dd className="margin-left-0">{intl.formatMessage(statusMessage(shown.status))}</dd>
              <dt className="text-bold">{shown.status === 'INVITED' ? intl.formatMessage(m.expires) : intl.formatMessage(m.lastSignIn)}</dt>
              <dd className="margin-left-0">{when(shown.status === 'INVITED' ? shown.invitationExpiresAt : shown.lastLoginAt)}</dd>
            </dl>
          </div>
        </section>
      )}
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
              <tr key={p.id} className={p.id === personId ? 'bg-primary-lighter' : undefined} aria-current={p.id === personId ? 'true' : undefined}>
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
