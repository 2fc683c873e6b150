import { useQuery } from '@apollo/client/react';
import { Table, Tag } from '@trussworks/react-uswds';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { ListResults } from '../../components/ListResults';
import { PageHeading } from '../../components/PageHeading';
import { useUrlFilters } from '../../components/useUrlFilters';
import { PlatformAgenciesQuery } from './operator.graphql';
import { operatorMessages as m } from './operator.messages';

const PAGE_SIZE = 25;
const NO_FILTERS = [] as const;

/** `/operator`: every agency on the service, with its state, staff and mail at a glance. */
export default function AgenciesPage() {
  const intl = useIntl();
  const { after, setAfter } = useUrlFilters(NO_FILTERS);
  const { data, loading, error } = useQuery(PlatformAgenciesQuery, { variables: { after, first: PAGE_SIZE }, fetchPolicy: 'cache-and-network' });
  const title = intl.formatMessage(m.agenciesTitle);
  const agencies = data?.platformAgencies.edges.map((e) => e.node) ?? [];
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <p>{intl.formatMessage(m.intro)}</p>
      <p>
        <Link className="usa-button" to="/operator/agencies/new">
          {intl.formatMessage(m.addAgency)}
        </Link>
      </p>
      <ListResults connection={data?.platformAgencies} loading={loading} error={error} empty={intl.formatMessage(m.noAgencies)} after={after} onPage={setAfter}>
        <Table fullWidth caption={intl.formatMessage(m.tableCaption)} stackedStyle="headers">
          <thead>
            <tr>
              <th scope="col">{intl.formatMessage(m.colName)}</th>
              <th scope="col">{intl.formatMessage(m.colState)}</th>
              <th scope="col">{intl.formatMessage(m.colStaff)}</th>
              <th scope="col">{intl.formatMessage(m.colMail)}</th>
              <th scope="col">{intl.formatMessage(m.colLastSignIn)}</th>
            </tr>
          </thead>
          <tbody>
            {agencies.map((agency) => (
              <tr key={agency.id}>
                <th scope="row" data-label={intl.formatMessage(m.colName)}>
                  <Link to={`/operator/agencies/${agency.id}`}>{agency.name}</Link>
                </th>
                <td data-label={intl.formatMessage(m.colState)}>
                  {agency.suspendedAt ? <Tag className="bg-secondary-dark">{intl.formatMessage(m.suspended)}</Tag> : intl.formatMessage(m.active)}
                </td>
                <td data-label={intl.formatMessage(m.colStaff)}>{intl.formatMessage(m.staffCounts, { active: agency.activeStaff, invited: agency.invitedStaff })}</td>
                <td data-label={intl.formatMessage(m.colMail)}>
                  {intl.formatMessage(m.mailCounts, { pending: agency.emailsPending, failed: agency.emailsFailed })}
                </td>
                <td data-label={intl.formatMessage(m.colLastSignIn)}>
                  {agency.lastStaffSignInAt ? intl.formatDate(agency.lastStaffSignInAt, { dateStyle: 'medium', timeStyle: 'short' }) : intl.formatMessage(m.never)}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      </ListResults>
    </>
  );
}
