import { useId } from 'react';

export interface CountBar {
  key: string;
  label: string;
  value: number;
  /** Shown instead of the number (e.g. "hidden" for a suppressed count, drawn with no bar). */
  valueText?: string;
  /** A USWDS colour with at least 3:1 contrast on white (non-text contrast). */
  colour: string;
}

/** USWDS system colours that keep 3:1 against white, for bars and meters. */
export const CHART_COLOURS = {
  blue: '#005ea2', // primary (blue-60v)
  green: '#008817', // success-dark (green-cool-60v)
  red: '#b50909', // secondary-dark (red-60v)
  gold: '#8e704f', // gold-50 (warm)
  grey: '#71767a', // base (gray-50)
  violet: '#54278f', // violet-70v
  cyan: '#00687d', // cyan-60v
} as const;

const ROW = 28;
const LABEL_WIDTH = 180;
const BAR_SPACE = 260;
const VALUE_SPACE = 60;

/**
 * Horizontal bars with their label and number drawn beside each, in an SVG announced as one
 * image (role="img" with the chart's name); the same numbers are given as a table by the
 * caller, or in `description`, so nothing is only in the picture.
 */
export function CountBarChart({ title, bars, description }: { title: string; bars: CountBar[]; description?: string }) {
  const id = useId();
  const max = Math.max(1, ...bars.map((b) => b.value));
  const height = bars.length * ROW + 8;
  const width = LABEL_WIDTH + BAR_SPACE + VALUE_SPACE;
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={description ? `${id}-desc` : undefined}
      viewBox={`0 0 ${width} ${height}`}
      className="console-chart"
      preserveAspectRatio="xMinYMin meet"
    >
      <title id={`${id}-title`}>{title}</title>
      {description && <desc id={`${id}-desc`}>{description}</desc>}
      {bars.map((bar, i) => {
        const y = 4 + i * ROW;
        const w = bar.value === 0 ? 0 : Math.max(2, (bar.value / max) * BAR_SPACE);
        return (
          <g key={bar.key}>
            <text x={LABEL_WIDTH - 8} y={y + ROW / 2 + 5} textAnchor="end" className="console-chart__label">
              {bar.label}
            </text>
            <rect x={LABEL_WIDTH} y={y + 4} width={w} height={ROW - 8} fill={bar.colour} />
            <text x={LABEL_WIDTH + w + 6} y={y + ROW / 2 + 5} className="console-chart__value">
              {bar.valueText ?? bar.value}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/**
 * A part-of-whole meter (seats taken against capacity) as an accessible SVG; when the
 * total is exceeded the bar fills and its text says so.
 */
export function CapacityMeterChart({ title, value, total, valueLabel, totalLabel }: { title: string; value: number; total: number; valueLabel: string; totalLabel: string }) {
  const id = useId();
  const width = 500;
  const filled = total > 0 ? Math.min(1, value / total) * width : 0;
  return (
    <svg role="img" aria-labelledby={`${id}-title`} viewBox={`0 0 ${width} 56`} className="console-chart" preserveAspectRatio="xMinYMin meet">
      <title id={`${id}-title`}>{`${title}: ${valueLabel} ${value}, ${totalLabel} ${total}`}</title>
      <rect x={0} y={4} width={width} height={24} fill="#ffffff" stroke={CHART_COLOURS.grey} strokeWidth={2} />
      <rect x={0} y={4} width={filled} height={24} fill={value > total ? CHART_COLOURS.red : CHART_COLOURS.blue} />
      <text x={0} y={48} className="console-chart__label">{`${valueLabel}: ${value}`}</text>
      <text x={width} y={48} textAnchor="end" className="console-chart__label">{`${totalLabel}: ${total}`}</text>
    </svg>
  );
}
