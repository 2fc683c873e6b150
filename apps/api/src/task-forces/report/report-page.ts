import { EffectivenessReport, IndicatorTrend, TrackStatus } from '@app/task-forces';
import { MessageKey, Translator, formatCalendarDate, formatDateTime, intlLocale } from '@app/i18n';
import { FOCUS_CSS } from '../../pages/focus';
import { SafeHtml, html } from '../../pages/html';
import { barChart, chartText, lineChart } from './svg-charts';

const STYLE = `
  body{font-family:system-ui,-apple-system,Segoe UI,Roboto,Arial,sans-serif;margin:0;color:#1b1f24;line-height:1.45;background:#fff}
  main{max-width:60rem;margin:0 auto;padding:1.5rem 1rem}
  h1{margin-bottom:.25rem}h2{margin-top:2rem;border-bottom:2px solid #1d4e89;padding-bottom:.25rem}
  .meta{color:#5b6470}.indicator{break-inside:avoid;margin:1.25rem 0 2rem}
  .status-ON_TRACK,.status-ACHIEVED{color:#1e6b30;font-weight:600}.status-OFF_TRACK{color:#a4161a;font-weight:600}
  table{border-collapse:collapse;width:100%}td,th{text-align:start;padding:.35rem;border-bottom:1px solid #e3e6ea}
  .figures{display:flex;gap:2rem;flex-wrap:wrap}.figure strong{display:block;font-size:1.6rem}
  svg.chart{direction:ltr}
  @media print{main{max-width:none}a{color:inherit;text-decoration:none}}
  ${FOCUS_CSS}
`;

const P = 'page.taskForceReport.';
const key = (name: string) => `${P}${name}` as MessageKey;

/**
 * Why an indicator has its status, in the reader's words: where the latest measurement is
 * between baseline and target, and whether that keeps pace with the time elapsed
 * (the same reasoning as `indicatorProgress`, which explains in English for the API).
 */
function explanation(trend: IndicatorTrend, t: Translator, num: (n: number) => string, pct: (n: number | null) => string, date: (iso: string) => string): string {
  const { indicator, progress } = trend;
  if (progress.latestValue === null || progress.latestOn === null || progress.rawProgress === null) return t.t(key('explain.noData'));
  const unit = (n: number) => (indicator.unit ? `${num(n)} ${indicator.unit}` : num(n));
  const at = { value: unit(progress.latestValue), date: date(progress.latestOn) };
  let text: string;
  if (progress.rawProgress > 1) text = t.t(key('explain.beyond'), { ...at, target: unit(indicator.targetValue), shown: pct(1) });
  else if (progress.rawProgress < 0) text = t.t(key('explain.away'), { ...at, baseline: unit(indicator.baselineValue), shown: pct(0) });
  else {
    text = t.t(key('explain.moved'), {
      ...at,
      moved: num(Math.abs(progress.latestValue - indicator.baselineValue)),
      span: unit(Math.abs(indicator.targetValue - indicator.baselineValue)),
      baseline: num(indicator.baselineValue),
      target: num(indicator.targetValue),
      progress: pct(progress.progress),
    });
  }
  if (progress.status !== TrackStatus.ACHIEVED && progress.expectedProgress !== null) {
    text += ` ${t.t(key('explain.pace'), { elapsed: pct(progress.expectedProgress), targetDate: date(indicator.targetOn), status: progress.status })}`;
  }
  return text;
}

/** The printable effectiveness report: indicator trends, items, meetings and participation, in the reader's language. */
export function reportPage(report: EffectivenessReport, csvPath: string, t: Translator = new Translator('en')): string {
  const { taskForce, agency, actionItems: items } = report;
  const locale = intlLocale(t.language);
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const num = (n: number) => numbers.format(n);
  const pct = (x: number | null) => (x === null ? '–' : percent.format(x));
  const date = (iso: string) => formatCalendarDate(iso, t.language);
  const text = chartText(t);
  const w = (name: string, values?: Record<string, string | number>) => t.t(key(name), values);
  const generated = formatDateTime(report.generatedAt, agency.timeZone, t.language);
  const onTrack = report.indicators.filter((i) => i.progress.status === TrackStatus.ON_TRACK || i.progress.status === TrackStatus.ACHIEVED).length;
  const attendanceTitle = w('attendanceTitle');
  const body: SafeHtml = html`
<h1>${taskForce.name}</h1>
<p class="meta">${w('meta', { agency: agency.name, date: date(report.asOf), status: w(`taskForceStatus.${taskForce.status}`), generated })} · <a href="${csvPath}">${w('downloadCsv')}</a></p>
<div class="figures">
<div class="figure"><strong>${w('countOf', { count: num(onTrack), total: num(report.indicators.length) })}</strong>${w('figure.indicatorsOnTrack')}</div>
<div class="figure"><strong>${w('countOf', { count: num(items.doneOnTime), total: num(items.done) })}</strong>${w('figure.itemsDoneOnTime')}</div>
<div class="figure"><strong>${num(items.overdue)}</strong>${w('figure.itemsOverdue', { count: items.overdue })}</div>
<div class="figure"><strong>${num(report.meetingsHeld)}</strong>${w('figure.meetingsHeld', { count: report.meetingsHeld })}</div>
<div class="figure"><strong>${pct(report.participationRate)}</strong>${w('figure.participation')}</div>
</div>
<h2>${w('indicatorsHeading')}</h2>
${report.indicators.length === 0 ? html`<p>${w('noIndicators')}</p>` : ''}
${report.indicators.map(
  (trend) => html`<section class="indicator">
<h3>${trend.indicator.metricName}</h3>
<p class="meta">${trend.problemTitle} · ${trend.objectiveTitle}</p>
<p><span class="status-${trend.progress.status}">${w(`status.${trend.progress.status}`)}</span> · ${w('progress', { progress: pct(trend.progress.progress) })}${trend.trend ? ` · ${w('lastChange', { trend: trend.trend })}` : ''} · ${explanation(trend, t, num, pct, date)}</p>
${lineChart(
  {
    title: trend.indicator.metricName,
    unit: trend.indicator.unit,
    baseline: { on: trend.indicator.baselineOn, value: trend.indicator.baselineValue },
    target: { on: trend.indicator.targetOn, value: trend.indicator.targetValue },
    points: trend.measurements.map((m) => ({ on: m.measuredOn, value: m.value })),
  },
  text,
)}
</section>`,
)}
<h2>${w('actionItemsHeading')}</h2>
${barChart(
  w('actionItemsHeading'),
  [
    { label: w('bar.doneOnTime'), value: items.doneOnTime, color: '#2b8a3e' },
    { label: w('bar.doneLate'), value: items.doneLate, color: '#7a9c3e' },
    { label: w('bar.inProgress'), value: items.inProgress },
    { label: w('bar.open'), value: items.open, color: '#5b6470' },
    { label: w('bar.blocked'), value: items.blocked, color: '#f2a900' },
    { label: w('bar.overdue'), value: items.overdue, color: '#a4161a' },
  ],
  undefined,
  text,
)}
${report.overdueItems.length
  ? html`<h3>${w('overdueHeading')}</h3><table><thead><tr><th>${w('col.item')}</th><th>${w('col.due')}</th><th>${w('col.status')}</th></tr></thead><tbody>${report.overdueItems.map(
      (i) => html`<tr><td>${i.title}</td><td>${date(i.dueOn)}</td><td>${t.t(`page.actionItem.status.${i.status}` as MessageKey)}</td></tr>`,
    )}</tbody></table>`
  : ''}
<h2>${w('meetingsHeading')}</h2>
<p>${w('meetingsLine', { held: report.meetingsHeld, upcoming: num(report.meetingsUpcoming), awaiting: report.meetingsAwaitingReport, rate: pct(report.participationRate) })}</p>
${report.attendance.length
  ? barChart(
      attendanceTitle,
      report.attendance.map((a) => ({ label: a.name, value: a.rate === null ? 0 : Math.round(a.rate * 100), display: w('attendanceValue', { attended: num(a.attended), expected: num(a.expected), rate: pct(a.rate) }) })),
      100,
      text,
    )
  : html`<p>${w('noOrganisations')}</p>`}
${report.attendance.length
  ? html`<table><caption>${attendanceTitle}</caption><thead><tr><th scope="col">${w('col.organisation')}</th><th scope="col">${w('col.attended')}</th><th scope="col">${w('col.expected')}</th><th scope="col">${w('col.rate')}</th></tr></thead><tbody>${report.attendance.map(
      (a) => html`<tr><th scope="row">${a.name}</th><td>${num(a.attended)}</td><td>${num(a.expected)}</td><td>${pct(a.rate)}</td></tr>`,
    )}</tbody></table>`
  : ''}`;
  return html`<!doctype html>
<html lang="${t.language}" dir="${t.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${w('documentTitle', { name: taskForce.name })} · Liaison</title>
<style>${new SafeHtml(STYLE)}</style>
</head>
<body><main>${body}</main></body>
</html>`.value;
}
