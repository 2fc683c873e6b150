import { DateTime } from 'luxon';
import { Translator, formatCalendarDate, intlLocale } from '@app/i18n';
import { SafeHtml, html } from '../../pages/html';
import { fitText, textWidth } from '../../pages/svg-text';

export interface LineChartInput {
  title: string;
  unit: string;
  baseline: { on: string; value: number };
  target: { on: string; value: number };
  points: { on: string; value: number }[];
}

export interface Bar {
  label: string;
  value: number;
  /** Shown beside the bar; defaults to the value. */
  display?: string;
  color?: string;
}

const W = 640;
const H = 260;
const PAD = { left: 56, right: 16, top: 24, bottom: 40 };
const day = (iso: string) => DateTime.fromISO(iso, { zone: 'UTC' }).toMillis();
const isoDay = (millis: number) => DateTime.fromMillis(millis, { zone: 'UTC' }).toISODate() as string;

/** The words and formats a chart is drawn in: the reader's language (English when not given). */
export interface ChartText {
  t: Translator;
  number(n: number): string;
  date(iso: string): string;
  list(items: string[]): string;
}

export function chartText(t: Translator): ChartText {
  const locale = intlLocale(t.language);
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const list = new Intl.ListFormat(locale, { type: 'unit', style: 'short' });
  return { t, number: (n) => numbers.format(n), date: (iso) => formatCalendarDate(iso, t.language), list: (items) => list.format(items) };
}

const ENGLISH = chartText(new Translator('en'));

/**
 * An indicator over time: measurements as a line, baseline and target as reference lines,
 * and the straight path from baseline to target as the "on track" guide. Plain SVG, no script.
 */
export function lineChart(input: LineChartInput, text: ChartText = ENGLISH): SafeHtml {
  const { t } = text;
  const fmt = text.number;
  const withUnit = (n: number) => (input.unit ? `${fmt(n)} ${input.unit}` : fmt(n));
  const dates = [input.baseline.on, input.target.on, ...input.points.map((p) => p.on)].map(day);
  const values = [input.baseline.value, input.target.value, ...input.points.map((p) => p.value)];
  const [x0, x1] = [Math.min(...dates), Math.max(...dates)];
  let [y0, y1] = [Math.min(...values), Math.max(...values)];
  const margin = (y1 - y0) * 0.1 || 1;
  [y0, y1] = [y0 - margin, y1 + margin];
  const x = (iso: string) => PAD.left + ((day(iso) - x0) / (x1 - x0 || 1)) * (W - PAD.left - PAD.right);
  const y = (v: number) => H - PAD.bottom - ((v - y0) / (y1 - y0)) * (H - PAD.top - PAD.bottom);
  const path = input.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.on).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  const summary = {
    title: input.title,
    baseline: withUnit(input.baseline.value),
    baselineDate: text.date(input.baseline.on),
    target: fmt(input.target.value),
    targetDate: text.date(input.target.on),
    count: input.points.length,
  };
  const label = input.points.length
    ? t.t('page.taskForceReport.chart.summaryLatest', { ...summary, latest: fmt(input.points[input.points.length - 1].value) })
    : t.t('page.taskForceReport.chart.summary', summary);
  return html`<svg class="chart line-chart" viewBox="0 0 ${W} ${H}" width="100%" role="img" aria-label="${label}" xmlns="http://www.w3.org/2000/svg">
<title>${label}</title>
<line x1="${PAD.left}" y1="${H - PAD.bottom}" x2="${W - PAD.right}" y2="${H - PAD.bottom}" stroke="#8a94a1"/>
<line x1="${PAD.left}" y1="${PAD.top}" x2="${PAD.left}" y2="${H - PAD.bottom}" stroke="#8a94a1"/>
<text x="${PAD.left - 6}" y="${y(y1 - margin) + 4}" text-anchor="end" font-size="11">${fmt(y1 - margin)}</text>
<text x="${PAD.left - 6}" y="${y(y0 + margin) + 4}" text-anchor="end" font-size="11">${fmt(y0 + margin)}</text>
<text x="${PAD.left}" y="${H - PAD.bottom + 16}" font-size="11">${text.date(isoDay(x0))}</text>
<text x="${W - PAD.right}" y="${H - PAD.bottom + 16}" text-anchor="end" font-size="11">${text.date(isoDay(x1))}</text>
<line class="baseline" x1="${PAD.left}" y1="${y(input.baseline.value)}" x2="${W - PAD.right}" y2="${y(input.baseline.value)}" stroke="#8a94a1" stroke-dasharray="4 4"/>
<text x="${W - PAD.right}" y="${y(input.baseline.value) - 4}" text-anchor="end" font-size="11" fill="#5b6470">${t.t('page.taskForceReport.chart.baseline', { value: fmt(input.baseline.value) })}</text>
<line class="target" x1="${PAD.left}" y1="${y(input.target.value)}" x2="${W - PAD.right}" y2="${y(input.target.value)}" stroke="#2b8a3e" stroke-dasharray="6 3"/>
<text x="${W - PAD.right}" y="${y(input.target.value) - 4}" text-anchor="end" font-size="11" fill="#1e6b30">${t.t('page.taskForceReport.chart.target', { value: fmt(input.target.value) })}</text>
<line class="plan" x1="${x(input.baseline.on)}" y1="${y(input.baseline.value)}" x2="${x(input.target.on)}" y2="${y(input.target.value)}" stroke="#f2a900" stroke-dasharray="2 3"/>
${path ? html`<path class="measurements" d="${path}" fill="none" stroke="#1d4e89" stroke-width="2.5"/>` : ''}
${input.points.map((p) => html`<circle cx="${x(p.on).toFixed(1)}" cy="${y(p.value).toFixed(1)}" r="3" fill="#1d4e89"><title>${t.t('page.taskForceReport.chart.point', { date: text.date(p.on), value: withUnit(p.value) })}</title></circle>`)}
<text x="${PAD.left}" y="14" font-size="12" font-weight="600">${input.unit}</text>
</svg>`;
}

const BAR_FONT = 12;
const BAR_LINE = 15;

/**
 * Horizontal bars with their labels and values written out (readable when printed in black
 * and white). Labels wrap to two lines and are cut with "…" beyond that; each bar's <title>
 * holds the full label and value. The value column is as wide as the widest value.
 */
export function barChart(title: string, bars: Bar[], max?: number, text: ChartText = ENGLISH): SafeHtml {
  const labelW = 200;
  const labelRoom = labelW - 12;
  const shown = bars.map((b) => ({ ...b, display: b.display ?? text.number(b.value), label: fitText(b.label, labelRoom, BAR_FONT) }));
  const valueW = Math.max(...shown.map((b) => textWidth(b.display, BAR_FONT)), 0) + 12;
  const rows = shown.map((b) => Math.max(26, b.label.lines.length * BAR_LINE + 11));
  const tops = rows.map((_, i) => rows.slice(0, i).reduce((sum, h) => sum + h, 0));
  const height = rows.reduce((sum, h) => sum + h, 0) + 8;
  const top = Math.max(max ?? 0, ...bars.map((b) => b.value), 1);
  const scale = (v: number) => (v / top) * (W - labelW - valueW);
  const label = `${title}: ${text.list(shown.map((b) => `${b.label.cut ? bars[shown.indexOf(b)].label : b.label.lines.join(' ')} ${b.display}`))}.`;
  return html`<svg class="chart bar-chart" viewBox="0 0 ${W} ${height}" width="100%" role="img" aria-label="${label}" xmlns="http://www.w3.org/2000/svg">
<title>${label}</title>
${shown.map((b, i) => {
  const middle = tops[i] + rows[i] / 2;
  const firstLine = middle - ((b.label.lines.length - 1) * BAR_LINE) / 2 + 4;
  return html`<g class="bar">
<title>${bars[i].label}: ${b.display}</title>
<text class="label" x="${labelW - 8}" y="${firstLine}" text-anchor="end" font-size="${BAR_FONT}">${b.label.lines.map((line, n) => html`<tspan x="${labelW - 8}" dy="${n === 0 ? 0 : BAR_LINE}">${line}</tspan>`)}</text>
<rect x="${labelW}" y="${middle - 8}" width="${Math.max(scale(b.value), b.value > 0 ? 2 : 0).toFixed(1)}" height="16" fill="${b.color ?? '#1d4e89'}"/>
<text class="value" x="${(labelW + scale(b.value) + 6).toFixed(1)}" y="${middle + 4}" font-size="${BAR_FONT}">${b.display}</text>
</g>`;
})}
</svg>`;
}
