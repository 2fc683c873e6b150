import { useIntl } from 'react-intl';
import { TargetLineChart } from '../../components/charts/TargetLineChart';
import type { IndicatorFieldsFragment } from '../../graphql/generated/graphql';
import { tf } from './task-forces.messages';
import { formatDay } from './task-forces-ui';

/** An indicator: its chart (measurements, baseline, target, expected path), its progress in words and its numbers as a table. */
export function IndicatorView({ indicator: i }: { indicator: IndicatorFieldsFragment }) {
  const intl = useIntl();
  const day = (d: string) => formatDay(intl, d);
  const pct = (n: number | null | undefined) => (n == null ? intl.formatMessage(tf.notApplicable) : String(Math.round(n * 100)));
  const summary = intl.formatMessage(tf.indicatorSummary, {
    baseline: i.baselineValue,
    target: i.targetValue,
    unit: i.unit,
    baselineOn: day(i.baselineOn),
    targetOn: day(i.targetOn),
    direction: intl.formatMessage(tf[`direction_${i.direction}`]),
  });
  const status = intl.formatMessage(tf[`track_${i.progress.status}`]);
  return (
    <>
      <p>{summary}</p>
      <p>
        <strong>{status}</strong>
        {i.progress.status !== 'NO_DATA' && ` · ${intl.formatMessage(tf.progressWords, { status, progress: pct(i.progress.progress), expected: pct(i.progress.expectedProgress) })}`}
      </p>
      <p>{i.progress.explanation}</p>
      <TargetLineChart
        title={intl.formatMessage(tf.chartTitle, { name: i.metricName })}
        description={`${summary} ${i.measurements.map((m) => `${day(m.measuredOn)}: ${m.value}`).join('; ')}`}
        measured={i.measurements.map((m) => ({ date: m.measuredOn, value: m.value }))}
        baseline={{ date: i.baselineOn, value: i.baselineValue }}
        target={{ date: i.targetOn, value: i.targetValue }}
        labels={{ measured: intl.formatMessage(tf.chartMeasured), expected: intl.formatMessage(tf.chartExpected), target: intl.formatMessage(tf.chartTarget) }}
        formatDate={day}
      />
      {i.measurements.length > 0 && (
        <table className="usa-table usa-table--compact">
          <caption>{intl.formatMessage(tf.measurementsCaption, { name: i.metricName })}</caption>
          <thead>
            <tr>
              <th scope="col">{intl.formatMessage(tf.colDate)}</th>
              <th scope="col">{intl.formatMessage(tf.colValue, { unit: i.unit })}</th>
              <th scope="col">{intl.formatMessage(tf.colSource)}</th>
            </tr>
          </thead>
          <tbody>
            {i.measurements.map((m) => (
              <tr key={m.id}>
                <th scope="row">{day(m.measuredOn)}</th>
                <td>{m.value}</td>
                <td>{m.sourceNote ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
