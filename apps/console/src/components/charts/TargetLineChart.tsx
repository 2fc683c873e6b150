import { useId } from 'react';
import { CHART_COLOURS } from './CountBarChart';

export interface DatedValue {
  /** YYYY-MM-DD */
  date: string;
  value: number;
}

const W = 560;
const H = 240;
const LEFT = 56;
const RIGHT = 16;
const TOP = 16;
const BOTTOM = 48;

const day = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/**
 * Measurements over time as a line, against the baseline, the target and the straight
 * expected path between them, in an SVG announced as one image with its name and a
 * description; every measured value is written beside its point, and callers give the
 * numbers as a table too, so nothing is only in the picture.
 */
export function TargetLineChart({ title, description, measured, baseline, target, labels, formatDate }: {
  title: string;
  description: string;
  measured: DatedValue[];
  baseline: DatedValue;
  target: DatedValue;
  labels: { measured: string; expected: string; target: string };
  formatDate: (date: string) => string;
}) {
  const id = useId();
  const all = [baseline, target, ...measured];
  const x0 = Math.min(...all.map((p) => day(p.date)));
  const x1 = Math.max(x0 + 1, ...all.map((p) => day(p.date)));
  let y0 = Math.min(...all.map((p) => p.value));
  let y1 = Math.max(...all.map((p) => p.value));
  const pad = (y1 - y0 || Math.abs(y1) || 1) * 0.1;
  y0 -= pad;
  y1 += pad;
  const x = (date: string) => LEFT + ((day(date) - x0) / (x1 - x0)) * (W - LEFT - RIGHT);
  const y = (value: number) => TOP + (1 - (value - y0) / (y1 - y0)) * (H - TOP - BOTTOM);
  const line = measured.map((p) => `${x(p.date)},${y(p.value)}`).join(' ');
  const legendY = H - 8;
  return (
    <svg role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`} viewBox={`0 0 ${W} ${H}`} className="console-chart" preserveAspectRatio="xMinYMin meet">
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <line x1={LEFT} y1={TOP} x2={LEFT} y2={H - BOTTOM} stroke={CHART_COLOURS.grey} />
      <line x1={LEFT} y1={H - BOTTOM} x2={W - RIGHT} y2={H - BOTTOM} stroke={CHART_COLOURS.grey} />
      <text x={LEFT - 6} y={y(baseline.value) + 4} textAnchor="end" className="console-chart__label">
        {baseline.value}
      </text>
      <text x={LEFT - 6} y={y(target.value) + 4} textAnchor="end" className="console-chart__label">
        {target.value}
      </text>
      <text x={LEFT} y={H - BOTTOM + 16} className="console-chart__label">
        {formatDate(baseline.date)}
      </text>
      <text x={W - RIGHT} y={H - BOTTOM + 16} textAnchor="end" className="console-chart__label">
        {formatDate(target.date)}
      </text>
      <line x1={LEFT} y1={y(target.value)} x2={W - RIGHT} y2={y(target.value)} stroke={CHART_COLOURS.green} strokeDasharray="2 4" strokeWidth={2} />
      <line x1={x(baseline.date)} y1={y(baseline.value)} x2={x(target.date)} y2={y(target.value)} stroke={CHART_COLOURS.grey} strokeDasharray="8 4" strokeWidth={2} />
      {measured.length > 1 && <polyline points={line} fill="none" stroke={CHART_COLOURS.blue} strokeWidth={3} />}
      {measured.map((p) => (
        <g key={p.date} className="console-chart__point">
          <circle cx={x(p.date)} cy={y(p.value)} r={5} fill={CHART_COLOURS.blue} />
          <text x={x(p.date)} y={y(p.value) - 10} textAnchor="middle" className="console-chart__value">
            {p.value}
          </text>
        </g>
      ))}
      <g>
        <line x1={LEFT} y1={legendY - 4} x2={LEFT + 24} y2={legendY - 4} stroke={CHART_COLOURS.blue} strokeWidth={3} />
        <text x={LEFT + 30} y={legendY} className="console-chart__label">
          {labels.measured}
        </text>
        <line x1={LEFT + 170} y1={legendY - 4} x2={LEFT + 194} y2={legendY - 4} stroke={CHART_COLOURS.grey} strokeDasharray="8 4" strokeWidth={2} />
        <text x={LEFT + 200} y={legendY} className="console-chart__label">
          {labels.expected}
        </text>
        <line x1={LEFT + 340} y1={legendY - 4} x2={LEFT + 364} y2={legendY - 4} stroke={CHART_COLOURS.green} strokeDasharray="2 4" strokeWidth={2} />
        <text x={LEFT + 370} y={legendY} className="console-chart__label">
          {labels.target}
        </text>
      </g>
    </svg>
  );
}
