import { useId } from 'react';
import { CHART_COLOURS } from './CountBarChart';

/**
 * A net promoter score (-100 to 100) as a horizontal gauge with its number as text, in an SVG
 * announced as one image whose name carries the score.
 */
export function NpsGauge({ title, score, scoreLabel }: { title: string; score: number; scoreLabel: string }) {
  const id = useId();
  const width = 500;
  const x = ((score + 100) / 200) * width;
  const zero = width / 2;
  return (
    <svg role="img" aria-labelledby={`${id}-title`} viewBox={`0 0 ${width} 64`} className="console-chart" preserveAspectRatio="xMinYMin meet">
      <title id={`${id}-title`}>{`${title}: ${scoreLabel}`}</title>
      <rect x={0} y={8} width={width} height={20} fill="#ffffff" stroke={CHART_COLOURS.grey} strokeWidth={2} />
      <rect x={Math.min(zero, x)} y={8} width={Math.abs(x - zero)} height={20} fill={score >= 0 ? CHART_COLOURS.green : CHART_COLOURS.red} />
      <line x1={zero} x2={zero} y1={4} y2={32} stroke={CHART_COLOURS.grey} strokeWidth={2} />
      <text x={0} y={50} className="console-chart__label">-100</text>
      <text x={zero} y={50} textAnchor="middle" className="console-chart__value">{scoreLabel}</text>
      <text x={width} y={50} textAnchor="end" className="console-chart__label">100</text>
    </svg>
  );
}
