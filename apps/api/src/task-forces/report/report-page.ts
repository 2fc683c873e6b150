import { DateTime } from 'luxon';
import { EffectivenessReport, TrackStatus } from '@app/task-forces';
import { FOCUS_CSS } from '../../pages/focus';
import { SafeHtml, html } from '../../pages/html';
import { barChart, lineChart } from './svg-charts';

const STATUS_TEXT: Record<TrackStatus, string> = {
  [TrackStatus.ACHIEVED]: 'Target reached',
  [TrackStatus.ON_TRACK]: 'On track',
  [TrackStatus.OFF_TRACK]: 'Off track',
  [TrackStatus.NO_DATA]: 'No data yet',
};

const STYLE = `
  body{font-family:system-ui,-apple-system,Segoe UI,Roboto,Arial,sans-serif;margin:0;color:#1b1f24;line-height:1.45;background:#fff}
  main{max-width:60rem;margin:0 auto;padding:1.5rem 1rem}
  h1{margin-bottom:.25rem}h2{margin-top:2rem;border-bottom:2px solid #1d4e89;padding-bottom:.25rem}
  .meta{color:#5b6470}.indicator{break-inside:avoid;margin:1.25rem 0 2rem}
  .status-ON_TRACK,.status-ACHIEVED{color:#2b8a3e;font-weight:600}.status-OFF_TRACK{color:#a4161a;font-weight:600}
  table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.35rem;border-bottom:1px solid #e3e6ea}
  .figures{display:flex;gap:2rem;flex-wrap:wrap}.figure strong{display:block;font-size:1.6rem}
  @media print{main{max-width:none}a{color:inherit;text-decoration:none}}
  ${FOCUS_CSS}
`;

const pct = (x: number | null) => (x === null ? '–' : `${Math.round(x * 100)}%`);

/** The printable effectiveness report: indicator trends, items, meetings and participation. */
export function reportPage(report: EffectivenessReport, csvPath: string): string {
  const { taskForce, agency, actionItems: items } = report;
  const generated = DateTime.fromJSDate(report.generatedAt, { zone: agency.timeZone }).toFormat("d LLLL yyyy 'at' HH:mm ZZZZ");
  const body: SafeHtml = html`
<h1>${taskForce.name}</h1>
<p class="meta">${agency.name} · Effectiveness report as of ${report.asOf} · status ${taskForce.status} · generated ${generated} · <a href="${csvPath}">Download CSV</a></p>
<div class="figures">
<div class="figure"><strong>${report.indicators.filter((i) => i.progress.status === TrackStatus.ON_TRACK || i.progress.status === TrackStatus.ACHIEVED).length} of ${report.indicators.length}</strong>indicators on track or reached</div>
<div class="figure"><strong>${items.doneOnTime} of ${items.done}</strong>items done on time</div>
<div class="figure"><strong>${items.overdue}</strong>items overdue</div>
<div class="figure"><strong>${report.meetingsHeld}</strong>meetings held</div>
<div class="figure"><strong>${pct(report.participationRate)}</strong>member participation</div>
</div>
<h2>Indicators</h2>
${report.indicators.length === 0 ? html`<p>No indicators yet.</p>` : ''}
${report.indicators.map(
  (trend) => html`<section class="indicator">
<h3>${trend.indicator.metricName}</h3>
<p class="meta">${trend.problemTitle} · ${trend.objectiveTitle}</p>
<p><span class="status-${trend.progress.status}">${STATUS_TEXT[trend.progress.status]}</span> · progress ${pct(trend.progress.progress)}${trend.trend ? ` · last change ${trend.trend.toLowerCase()}` : ''} · ${trend.progress.explanation}</p>
${lineChart({
  title: trend.indicator.metricName,
  unit: trend.indicator.unit,
  baseline: { on: trend.indicator.baselineOn, value: trend.indicator.baselineValue },
  target: { on: trend.indicator.targetOn, value: trend.indicator.targetValue },
  points: trend.measurements.map((m) => ({ on: m.measuredOn, value: m.value })),
})}
</section>`,
)}
<h2>Action items</h2>
${barChart('Action items', [
  { label: 'Done on time', value: items.doneOnTime, color: '#2b8a3e' },
  { label: 'Done late', value: items.doneLate, color: '#7a9c3e' },
  { label: 'In progress', value: items.inProgress },
  { label: 'Open', value: items.open, color: '#5b6470' },
  { label: 'Blocked', value: items.blocked, color: '#f2a900' },
  { label: 'Overdue', value: items.overdue, color: '#a4161a' },
])}
${report.overdueItems.length
  ? html`<h3>Overdue</h3><table><thead><tr><th>Item</th><th>Due</th><th>Status</th></tr></thead><tbody>${report.overdueItems.map(
      (i) => html`<tr><td>${i.title}</td><td>${i.dueOn}</td><td>${i.status}</td></tr>`,
    )}</tbody></table>`
  : ''}
<h2>Meetings and attendance</h2>
<p>${report.meetingsHeld} meeting(s) held, ${report.meetingsUpcoming} upcoming${report.meetingsAwaitingReport ? `, ${report.meetingsAwaitingReport} awaiting a completion report` : ''}. Participation: ${pct(report.participationRate)} of the meetings held during membership.</p>
${report.attendance.length
  ? barChart(
      'Attendance by organisation',
      report.attendance.map((a) => ({ label: a.name, value: a.rate === null ? 0 : Math.round(a.rate * 100), display: `${a.attended} of ${a.expected} (${pct(a.rate)})` })),
      100,
    )
  : html`<p>No member organisations yet.</p>`}
${report.attendance.length
  ? html`<table><caption>Attendance by organisation</caption><thead><tr><th scope="col">Organisation</th><th scope="col">Meetings attended</th><th scope="col">Meetings held during membership</th><th scope="col">Rate</th></tr></thead><tbody>${report.attendance.map(
      (a) => html`<tr><th scope="row">${a.name}</th><td>${a.attended}</td><td>${a.expected}</td><td>${pct(a.rate)}</td></tr>`,
    )}</tbody></table>`
  : ''}`;
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${taskForce.name} · Effectiveness report · Liaison</title>
<style>${new SafeHtml(STYLE)}</style>
</head>
<body><main>${body}</main></body>
</html>`.value;
}
