import { useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useAgencyZone } from '../../app/AgencyContext';
import { FilterActions, ListResults } from '../../components/ListResults';
import { PageHeading } from '../../components/PageHeading';
import { useUrlFilters } from '../../components/useUrlFilters';
import type { TaskForceStatus } from '../../graphql/generated/graphql';
import { TaskForcesListQuery } from './task-forces.graphql';
import { tf } from './task-forces.messages';
import { focusLabel, useCanWrite } from './task-forces-ui';

const FILTER_KEYS = ['status'] as const;
export const TASK_FORCE_STATUSES: TaskForceStatus[] = ['FORMING', 'ACTIVE', 'PAUSED', 'CLOSED'];

/** `/task-forces`: the agency's task forces with their overview (items overdue, indicators on and off track). */
export default function TaskForcesListPage() {
  const intl = useIntl();
  const zone = useAgencyZone();
  const canWrite = useCanWrite();
  const { filters, setFilters, after, setAfter } = useUrlFilters(FILTER_KEYS);
  const [status, setStatus] = useState(filters.status);
  const { data, error, loading } = useQuery(TaskForcesListQuery, {
    variables: { filter: { status: (filters.status || undefined) as TaskForceStatus | undefined }, after, first: 25 },
    fetchPolicy: 'cache-and-network',
  });
  const overview = new Map((data?.taskForceOverview ?? []).map((row) => [row.taskForce.id, row]));

  function apply(event: FormEvent) {
    event.preventDefault();
    setFilters({ status });
  }

  const title = intl.formatMessage(tf.listTitle);
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <p>{intl.formatMessage(tf.listIntro)}</p>
      {canWrite && (
        <p>
          <Link className="usa-button" to="/task-forces/new">
            {intl.formatMessage(tf.addTaskForce)}
          </Link>
        </p>
      )}
      <form onSubmit={apply} className="usa-form maxw-none margin-bottom-3">
        <fieldset className="usa-fieldset">
          <legend className="usa-legend">{intl.formatMessage(tf.filtersLegend)}</legend>
          <label className="usa-label" htmlFor="tf-status">
            {intl.formatMessage(tf.statusFilter)}
          </label>
          <select className="usa-select" id="tf-status" value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">{intl.formatMessage(tf.chooseOne)}</option>
            {TASK_FORCE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {intl.formatMessage(tf[`status_${s}`])}
              </option>
            ))}
          </select>
          <FilterActions
            onClear={() => {
              setStatus('');
              setFilters({ status: '' });
            }}
          />
        </fieldset>
      </form>
      <ListResults connection={data?.taskForces} loading={loading} error={error} empty={intl.formatMessage(tf.noneFound)} after={after} onPage={setAfter}>
        <div className="console-table-wrap">
          <table className="usa-table usa-table--stacked-header width-full">
            <caption>{intl.formatMessage(tf.tableCaption)}</caption>
            <thead>
              <tr>
                <th scope="col">{intl.formatMessage(tf.colName)}</th>
                <th scope="col">{intl.formatMessage(tf.colStatus)}</th>
                <th scope="col">{intl.formatMessage(tf.colLead)}</th>
                <th scope="col">{intl.formatMessage(tf.colItems)}</th>
                <th scope="col">{intl.formatMessage(tf.colIndicators)}</th>
                <th scope="col">{intl.formatMessage(tf.colNextMeeting)}</th>
              </tr>
            </thead>
            <tbody>
              {data?.taskForces.edges.map(({ node }) => {
                const row = overview.get(node.id);
                return (
                  <tr key={node.id}>
                    <th scope="row" data-label={intl.formatMessage(tf.colName)}>
                      <Link to={`/task-forces/${node.id}`}>{node.name}</Link>
                      <div className="text-base-dark">{focusLabel(intl, node)}</div>
                    </th>
                    <td data-label={intl.formatMessage(tf.colStatus)}>{intl.formatMessage(tf[`status_${node.status}`])}</td>
                    <td data-label={intl.formatMessage(tf.colLead)}>{node.leadOfficer.name}</td>
                    <td data-label={intl.formatMessage(tf.colItems)}>
                      {row && intl.formatMessage(tf.itemCounts, { open: row.openItems, overdue: row.overdueItems, blocked: row.blockedItems })}
                    </td>
                    <td data-label={intl.formatMessage(tf.colIndicators)}>
                      {row &&
                        intl.formatMessage(tf.indicatorCounts, {
                          onTrack: row.indicatorsOnTrack,
                          offTrack: row.indicatorsOffTrack,
                          achieved: row.indicatorsAchieved,
                          noData: row.indicatorsWithoutData,
                        })}
                    </td>
                    <td data-label={intl.formatMessage(tf.colNextMeeting)}>
                      {row?.nextMeetingAt
                        ? intl.formatDate(row.nextMeetingAt, { timeZone: zone, dateStyle: 'medium', timeStyle: 'short' })
                        : intl.formatMessage(tf.noMeeting)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </ListResults>
    </>
  );
}
