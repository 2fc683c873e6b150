import { stringify } from 'csv-stringify/sync';
import { guardFormula } from '@app/common';
import { EffectivenessReport } from '@app/task-forces';

/**
 * The report as one CSV table, a `section` column telling rows apart: every measurement of
 * every indicator (with baseline, target and progress), the action-item counts, and
 * meeting counts and attendance by organisation (from the meetings' completion reports).
 * Text a spreadsheet would run as a formula (an indicator's name or note, an organisation's name) is quoted.
 */
export function reportCsv(report: EffectivenessReport): string {
  const rows: (string | number | null)[][] = [['section', 'name', 'date', 'value', 'unit', 'baseline', 'target', 'progress', 'status', 'note']];
  for (const trend of report.indicators) {
    const i = trend.indicator;
    rows.push(['indicator', i.metricName, i.baselineOn, i.baselineValue, i.unit, i.baselineValue, i.targetValue, null, 'baseline', null]);
    for (const m of trend.measurements) rows.push(['measurement', i.metricName, m.measuredOn, m.value, i.unit, i.baselineValue, i.targetValue, null, null, m.sourceNote]);
    rows.push(['indicator', i.metricName, i.targetOn, i.targetValue, i.unit, i.baselineValue, i.targetValue, trend.progress.progress, trend.progress.status, trend.progress.explanation]);
  }
  const items = report.actionItems;
  for (const [name, value] of Object.entries(items)) rows.push(['action_items', name, report.asOf, value, 'items', null, null, null, null, null]);
  for (const [name, value] of [['held', report.meetingsHeld], ['upcoming', report.meetingsUpcoming], ['awaiting_report', report.meetingsAwaitingReport]] as const) {
    rows.push(['meetings', name, report.asOf, value, 'meetings', null, null, null, null, null]);
  }
  for (const a of report.attendance) rows.push(['attendance', a.name, report.asOf, a.attended, 'meetings', null, a.expected, a.rate, null, null]);
  rows.push(['participation', 'member participation rate', report.asOf, report.participationRate, 'ratio', null, null, null, null, null]);
  return stringify(rows.map((row) => row.map((value) => (typeof value === 'string' ? guardFormula(value) : value))));
}
