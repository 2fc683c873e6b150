import { useId } from 'react';
import { CHART_COLOURS } from './CountBarChart';

export interface TrendPoint {
  key: string;
  label: string;
  /** Null where the figure is withheld: the line breaks there and `valueText` says why. */
  value: number | null;
  valueText?: string;
}

const W = 560;
const H = 220;
const LEFT = 40;
const RIGHT = 24;
const TOP = 24;
const BOTTOM = 40;
/** At most this many points carry their label and number, so the words never overlap (the table has them all). */
const MAX_LABELS = 7;

/**
 * Figures over time (weeks) as a line in an SVG announced as one image with its name; each
 * labelled point has its number written above it, a withheld one its reason (up to seven
 * labels; with more weeks, evenly spaced ones), and callers give every figure as a table.
 */
export function TrendLineChart({ title, points }: { title: string; points: TrendPoint[] }) {
  const id = useId();
  const max = Math.max(1, ...points.map((p) => p.value ?? 0));
  const step = points.length > 1 ? (W - LEFT - RIGHT) / (points.length - 1) : 0;
  const x = (i: number) => (points.length > 1 ? LEFT + i * step : (LEFT + W - RIGHT) / 2);
  const y = (value: number) => TOP + (1 - value / max) * (H - TOP - BOTTOM);
  // Runs of shown points, drawn as separate lines so a withheld week is a visible gap.
  const runs: string[][] = [[]];
  points.forEach((p, i) => {
    if (p.value == null) runs.push([]);
    else runs[runs.length - 1].push(`${x(i)},${y(p.value)}`);
  });
  const labelEvery = Math.max(1, Math.ceil(points.length / MAX_LABELS));
  return (
    <svg role="img" aria-labelledby={`${id}-title`} viewBox={`0 0 ${W} ${H}`} className="console-chart" preserveAspectRatio="xMinYMin meet">
      <title id={`${id}-title`}>{title}</title>
      <line x1={LEFT} y1={TOP} x2={LEFT} y2={H - BOTTOM} stroke={CHART_COLOURS.grey} />
      <line x1={LEFT} y1={H - BOTTOM} x2={W - RIGHT} y2={H - BOTTOM} stroke={CHART_COLOURS.grey} />
      <text x={LEFT - 6} y={y(0) + 4} textAnchor="end" className="console-chart__label">
        0
      </text>
      <text x={LEFT - 6} y={y(max) + 4} textAnchor="end" className="console-chart__label">
        {max}
      </text>
      {runs
        .filter((run) => run.length > 1)
        .map((run) => (
          <polyline key={run[0]} className="console-chart__line" points={run.join(' ')} fill="none" stroke={CHART_COLOURS.blue} strokeWidth={3} />
        ))}
      {points.map((p, i) => (
        <g key={p.key} className="console-chart__point">
          {p.value != null && <circle cx={x(i)} cy={y(p.value)} r={5} fill={CHART_COLOURS.blue} />}
          {i % labelEvery === 0 && (
            <>
              <text x={x(i)} y={(p.value != null ? y(p.value) : y(0)) - 10} textAnchor="middle" className="console-chart__value">
                {p.valueText ?? p.value}
              </text>
              <text x={x(i)} y={H - BOTTOM + 18} textAnchor="middle" className="console-chart__label">
                {p.label}
              </text>
            </>
          )}
        </g>
      ))}
    </svg>
  );
}
