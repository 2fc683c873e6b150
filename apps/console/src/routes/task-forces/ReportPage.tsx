import { useMutation, useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { downloadWithSession } from '../../components/download';
import { ProblemAlert } from '../../components/ProblemAlert';
import { CreateReportLinkMutation, TaskForceReportQuery } from './task-forces.graphql';
import { tf } from './task-forces.messages';
import { IndicatorView } from './IndicatorView';
import { TaskForceScreen, formatDay, useSubmit, useTaskForceId } from './task-forces-ui';

/** `/task-forces/:id/report`: the effectiveness report on screen, printable, with its CSV. */
export default function ReportPage() {
  const intl = useIntl();
  const id = useTaskForceId();
  const { data, error } = useQuery(TaskForceReportQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [createLink] = useMutation(CreateReportLinkMutation);
  const csv = useSubmit();
  const pct = (n: number | null | undefined) => (n == null ? intl.formatMessage(tf.notApplicable) : intl.formatNumber(n, { style: 'percent' }));

  return (
    <TaskForceScreen page={intl.formatMessage(tf.reportTitle)} data={data} error={error}>
      {({ taskForceReport: r }) => (
        <div className="tf-report">
          <p>{intl.formatMessage(tf.reportAsOf, { date: formatDay(intl, r.asOf) })}</p>
          <div className="no-print">
            <button type="button" className="usa-button" onClick={() => window.print()}>
              {intl.formatMessage(tf.print)}
            </button>
            <button
              type="button"
              className="usa-button usa-button--outline"
              disabled={csv.busy}
              onClick={() =>
                void csv.run(async () => {
                  const result = await createLink({ variables: { taskForceId: id } });
                  // The signed link is for this server; its path keeps the download on the console's own origin.
                  if (result.data) await downloadWithSession(new URL(result.data.createTaskForceReportLink.csvUrl).pathname, { fallback: 'task-force-report.csv' });
                })
              }
            >
              {intl.formatMessage(tf.downloadCsv)}
            </button>
            <ProblemAlert problem={csv.problem} />
          </div>

          <h2>{intl.formatMessage(tf.meetingsSection)}</h2>
          <p>{intl.formatMessage(tf.meetingsLine, { held: r.meetingsHeld, upcoming: r.meetingsUpcoming, awaiting: r.meetingsAwaitingReport })}</p>
          <p>{r.participationRate == null ? intl.formatMessage(tf.participationNone) : intl.formatMessage(tf.participation, { rate: pct(r.participationRate) })}</p>
          {r.attendance.length > 0 && (
            <table className="usa-table">
              <caption>{intl.formatMessage(tf.attendanceCaption)}</caption>
              <thead>
                <tr>
                  <th scope="col">{intl.formatMessage(tf.colOrganisation)}</th>
                  <th scope="col">{intl.formatMessage(tf.colExpected)}</th>
                  <th scope="col">{intl.formatMessage(tf.colAttendedCount)}</th>
                  <th scope="col">{intl.formatMessage(tf.colRate)}</th>
                </tr>
              </thead>
              <tbody>
                {r.attendance.map((a) => (
                  <tr key={a.organisationId}>
                    <th scope="row">{a.name}</th>
                    <td>{a.expected}</td>
                    <td>{a.attended}</td>
                    <td>{pct(a.rate)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}

          <h2>{intl.formatMessage(tf.itemsSection)}</h2>
          <table className="usa-table">
            <caption>{intl.formatMessage(tf.itemsCaption)}</caption>
            <tbody>
              {(
                [
                  [tf.itemsTotal, r.actionItems.total],
                  [tf.item_OPEN, r.actionItems.open],
                  [tf.item_IN_PROGRESS, r.actionItems.inProgress],
                  [tf.item_BLOCKED, r.actionItems.blocked],
                  [tf.item_DONE, r.actionItems.done],
                  [tf.itemsDoneOnTime, r.actionItems.doneOnTime],
                  [tf.itemsDoneLate, r.actionItems.doneLate],
                  [tf.overdue, r.actionItems.overdue],
                ] as const
              ).map(([label, count]) => (
                <tr key={label.id}>
                  <th scope="row">{intl.formatMessage(label)}</th>
                  <td>{count}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>{intl.formatMessage(tf.overdueSection)}</h3>
          {r.overdueItems.length === 0 ? (
            <p>{intl.formatMessage(tf.noOverdue)}</p>
          ) : (
            <ul className="usa-list">
              {r.overdueItems.map((item) => (
                <li key={item.id}>
                  {`${item.title} · ${item.ownerStaff?.name ?? item.ownerContact?.name ?? ''} · ${formatDay(intl, item.dueOn)} · ${intl.formatMessage(tf[`item_${item.status}`])}`}
                </li>
              ))}
            </ul>
          )}

          <h2>{intl.formatMessage(tf.indicatorsSection)}</h2>
          {r.indicators.length === 0 && <p>{intl.formatMessage(tf.noIndicatorsReport)}</p>}
          {r.indicators.map((trend) => (
            <section key={trend.indicator.id} className="tf-indicator" aria-labelledby={`tf-r-${trend.indicator.id}`}>
              <h3 id={`tf-r-${trend.indicator.id}`} className="margin-top-0">
                {trend.indicator.metricName}
              </h3>
              <p>{intl.formatMessage(tf.indicatorContext, { objective: trend.objectiveTitle, problem: trend.problemTitle })}</p>
              <p>
                {intl.formatMessage(tf.changeLine, {
                  change: trend.changeFromBaseline ?? intl.formatMessage(tf.notApplicable),
                  unit: trend.indicator.unit,
                  trend: trend.trend ? intl.formatMessage(tf[`trend_${trend.trend}`]) : intl.formatMessage(tf.noTrend),
                })}
              </p>
              <IndicatorView indicator={trend.indicator} />
            </section>
          ))}
        </div>
      )}
    </TaskForceScreen>
  );
}
