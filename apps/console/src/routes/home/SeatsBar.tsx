/**
 * A small horizontal bar: a part of a whole (seats taken of capacity, percent imported).
 * It only draws; the numbers are always written beside it as text, so it is hidden from
 * assistive technology. Colours are USWDS tokens with 3:1 contrast against white.
 */
export function SeatsBar({ value, max }: { value: number; max: number }) {
  const share = max > 0 ? Math.min(value / max, 1) : 0;
  const over = value > max;
  return (
    <svg className="console-seats-bar" viewBox="0 0 100 8" preserveAspectRatio="none" width="100%" height="12" aria-hidden="true">
      <rect x="0" y="0" width="100" height="8" fill="#ffffff" stroke="#71767a" strokeWidth="0.5" vectorEffect="non-scaling-stroke" />
      <rect x="0" y="0" width={share * 100} height="8" fill={over ? '#b50909' : '#005ea2'} />
    </svg>
  );
}
