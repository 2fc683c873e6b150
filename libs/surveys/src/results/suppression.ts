/** Cells with fewer responses than this are reported as "fewer than 5". */
export const MIN_CELL = 5;

/**
 * Small-cell suppression for one group of counts that add up to a shown total.
 * Counts from 1 to 4 become null; if that leaves exactly one hidden cell, the next
 * smallest non-zero cell is hidden too, so the hidden one cannot be worked out by
 * subtracting the others from the total. Zero stays zero (it identifies no one).
 */
export function suppressGroup(counts: number[]): (number | null)[] {
  const out: (number | null)[] = counts.map((c) => (c > 0 && c < MIN_CELL ? null : c));
  const hidden = out.filter((c) => c === null).length;
  if (hidden === 1) {
    let smallest = -1;
    out.forEach((c, i) => {
      if (c !== null && c > 0 && (smallest < 0 || c < (out[smallest] as number))) smallest = i;
    });
    if (smallest >= 0) out[smallest] = null;
  }
  return out;
}

/** A single count on its own (not part of a group that sums to a shown total). */
export function suppressOne(count: number): number | null {
  return count > 0 && count < MIN_CELL ? null : count;
}
