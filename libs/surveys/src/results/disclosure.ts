import { registerEnumType } from '@nestjs/graphql';

/**
 * Disclosure control: the one place that decides which figures of the results may leave
 * the server. Everything the results show (GraphQL, the public and staff pages, the
 * results CSV) is built from what these functions let through, so that no hidden count
 * can be worked out by arithmetic on the figures shown with it.
 *
 * The reader is assumed to know every total (how many answered a question, how many gave
 * no neighbourhood) and how these rules work. Three rules follow from that:
 *
 * - Counts of 1 to 4 are hidden (primary suppression), and more counts are hidden with
 *   them where the total would otherwise give them away (complementary suppression).
 *   Where both kinds are hidden in one group, all of them are marked "hidden to protect
 *   small counts": marking which ones are "fewer than 5" would tell the reader that the
 *   others hold 5 or more, and with the total that pins the small ones (1 Yes and 5 No of
 *   6 answers would read "Yes: fewer than 5, No: 5 or more", so Yes = 1).
 * - A statistic (mean, median, NPS) of counted answers is shown only when it follows from
 *   the counts shown, so it tells nothing the counts do not.
 * - A group's detail (its answer counts, its mean) is shown only when neither the group
 *   nor the answers outside the detailed groups (which the totals give) hold a small count.
 */

/** Counts below this are never shown. */
export const MIN_CELL = 5;

/** Why a figure of the results is hidden. */
export enum CellSuppression {
  /** 1 to 4 responses. */
  FEWER_THAN_5 = 'FEWER_THAN_5',
  /**
   * Hidden so that a count of fewer than 5 cannot be worked out from the figures shown
   * with it. The figure itself may be any number, small or not.
   */
  PROTECTING_SMALL_COUNTS = 'PROTECTING_SMALL_COUNTS',
}

registerEnumType(CellSuppression, {
  name: 'CellSuppression',
  description: 'Why a figure of survey results is hidden (its count is then null).',
  valuesMap: {
    FEWER_THAN_5: { description: 'Fewer than 5 responses (1 to 4).' },
    PROTECTING_SMALL_COUNTS: {
      description:
        'Hidden to protect small counts: hidden so that a count of fewer than 5 cannot be worked out from the figures shown with it. ' +
        'It may itself hold any number, 5 or more or fewer: saying which would give the small counts away.',
    },
  },
});

/** What a hidden figure says instead of a number, in each language. */
export const SUPPRESSION_TEXT: Record<CellSuppression, { en: string; es: string }> = {
  [CellSuppression.FEWER_THAN_5]: { en: 'fewer than 5', es: 'menos de 5' },
  [CellSuppression.PROTECTING_SMALL_COUNTS]: { en: 'hidden to protect small counts', es: 'oculto para proteger recuentos pequeños' },
};

/** What a hidden figure says instead of a number (hidden figures stored before the reason was kept: "fewer than 5"). */
export const suppressionText = (suppression: CellSuppression | null | undefined, language: 'en' | 'es' = 'en') =>
  SUPPRESSION_TEXT[suppression ?? CellSuppression.FEWER_THAN_5][language];

/** A count as the results show it. */
export interface Disclosed {
  count: number | null;
  suppression: CellSuppression | null;
}

const isSmall = (n: number) => n > 0 && n < MIN_CELL;
const shown = (count: number): Disclosed => ({ count, suppression: null });
const hidden = (suppression: CellSuppression): Disclosed => ({ count: null, suppression });
const total = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

/**
 * Hides the `primary` cells. When they can safely be marked "fewer than 5" on their own
 * (`alone`, decided from figures the reader sees anyway), only they are hidden. Otherwise
 * the smallest other counted cells are hidden with them (all of them if several tie:
 * which of equal cells was chosen would say something), and every hidden cell is marked
 * as protecting small counts: any two hidden cells can then swap their values without
 * changing what is shown. When every answer is in a small cell, every cell is hidden,
 * the empty ones too (else a few people answering alike, or one per category, would show).
 */
function protect(counts: number[], primary: number[], alone: boolean): Disclosed[] {
  if (!primary.length) return counts.map(shown);
  const others = counts.filter((c, i) => !primary.includes(i) && c > 0);
  if (!others.length) return counts.map(() => hidden(CellSuppression.PROTECTING_SMALL_COUNTS));
  if (alone) return counts.map((c, i) => (primary.includes(i) ? hidden(CellSuppression.FEWER_THAN_5) : shown(c)));
  const partner = Math.min(...others);
  return counts.map((c, i) => (primary.includes(i) || c === partner ? hidden(CellSuppression.PROTECTING_SMALL_COUNTS) : shown(c)));
}

/**
 * Counts of categories that each answer falls in exactly one of, adding up to a total
 * the reader may know (answers per option of a single-answer question, per
 * neighbourhood, per week). Small counts may be marked "fewer than 5" on their own only
 * when there are two or more and they are neither all 1 nor all 4: otherwise their known
 * sum would pin every one of them.
 */
export function disclosePartition(counts: number[]): Disclosed[] {
  const primary = counts.map((c, i) => (isSmall(c) ? i : -1)).filter((i) => i >= 0);
  const k = primary.length;
  const sum = total(primary.map((i) => counts[i]));
  return protect(counts, primary, k >= 2 && sum !== k && sum !== (MIN_CELL - 1) * k);
}

/**
 * Counts of the options of a multiple-choice question, of `respondents` who each chose at
 * least one. Each option also tells how many did not choose it, so a count is hidden when
 * either it or its complement is 1 to 4. Small counts may be marked "fewer than 5" on
 * their own when the rule that everyone chose something cannot pin any of them.
 */
export function discloseChoices(counts: number[], respondents: number): Disclosed[] {
  const primary = counts.map((c, i) => (isSmall(c) || (c > 0 && isSmall(respondents - c)) ? i : -1)).filter((i) => i >= 0);
  const most = Math.min(MIN_CELL - 1, respondents);
  // What the hidden options must add up to at least, for every respondent to have chosen one.
  const needed = respondents - total(counts.filter((_, i) => !primary.includes(i)));
  const alone = primary.every((i) => isSmall(counts[i])) && most > 1 && needed < primary.length * most;
  return protect(counts, primary, alone);
}

/**
 * Groups listed only when they have answers (weeks): a hidden group is then known to
 * hold at least one, so when every group would be hidden, none is listed.
 */
export function discloseListed(counts: number[]): Disclosed[] | null {
  const out = disclosePartition(counts);
  return out.every((c) => c.count === null) ? null : out;
}

/** A total shown on its own (answers to a question): hidden when 1 to 4. */
export function discloseTotal(count: number): Disclosed {
  return isSmall(count) ? hidden(CellSuppression.FEWER_THAN_5) : shown(count);
}

/** A group's answers hold no small count: answer counts per category (each 0 or 5 or more). */
export const cleanCounts = (count: number, cells: number[]) => count === 0 || (count >= MIN_CELL && cells.every((c) => c === 0 || c >= MIN_CELL));

/** Multiple choice: neither an option's count nor the count of those who did not choose it is small. */
export const cleanChoices = (count: number, cells: number[]) =>
  count === 0 || (count >= MIN_CELL && cells.every((c) => c === 0 || c === count || (c >= MIN_CELL && count - c >= MIN_CELL)));

/** Number answers: the group is large enough for a mean. */
export const cleanSize = (count: number) => count === 0 || count >= MIN_CELL;

export interface BreakdownGroup {
  count: number;
  /** Whether the group's size is shown. */
  shown: boolean;
  /** Its answers per category (empty for number questions). */
  cells: number[];
}

/**
 * Which groups of a breakdown may show their detail (answer counts, mean). A group must
 * be shown and clean; and the answers outside the detailed groups, which anyone gets by
 * subtracting the detailed groups from the whole, must be clean too. Until they are, the
 * smallest detailed group (the last of equal ones) joins them.
 */
export function detailedGroups(groups: BreakdownGroup[], whole: { count: number; cells: number[] }, clean: (count: number, cells: number[]) => boolean): boolean[] {
  const detailed = groups.map((g) => g.shown && clean(g.count, g.cells));
  for (;;) {
    const inDetail = groups.filter((_, i) => detailed[i]);
    const restCount = whole.count - total(inDetail.map((g) => g.count));
    const restCells = whole.cells.map((c, b) => c - total(inDetail.map((g) => g.cells[b])));
    if (clean(restCount, restCells)) return detailed;
    let smallest = -1;
    groups.forEach((g, i) => {
      if (detailed[i] && (smallest < 0 || g.count <= groups[smallest].count)) smallest = i;
    });
    if (smallest < 0) return detailed;
    detailed[smallest] = false;
  }
}

/** A count that is shown (a hidden one is null). */
const isShown = (d: Disclosed) => d.count !== null;

/** Positions (0-based) of the middle answer(s) among `n`. */
const middlePositions = (n: number) => (n % 2 ? [(n - 1) / 2] : [n / 2 - 1, n / 2]);

/** Index of the category holding the answer at `position` in value order. */
function categoryAt(counts: number[], position: number): number {
  let seen = 0;
  for (let i = 0; i < counts.length; i++) {
    seen += counts[i];
    if (seen > position) return i;
  }
  return counts.length - 1;
}

/**
 * The median of a scale question (categories in value order), when the shown counts
 * settle it: each middle answer lies in a category below every hidden one or above every
 * hidden one, where the running totals are known. Otherwise null.
 */
export function settledMedian(values: number[], counts: number[], disclosed: Disclosed[]): number | null {
  const n = total(counts);
  if (n < MIN_CELL) return null;
  const hiddenAt = disclosed.map((d, i) => (isShown(d) ? -1 : i)).filter((i) => i >= 0);
  const middles = middlePositions(n).map((p) => categoryAt(counts, p));
  if (hiddenAt.length && middles.some((m) => m >= hiddenAt[0] && m <= hiddenAt[hiddenAt.length - 1])) return null;
  return middles.reduce((s, m) => s + values[m], 0) / middles.length;
}

/** NPS classes of the 0..10 scale: detractors 0-6, passives 7-8, promoters 9-10. */
const npsClass = (value: number) => (value <= 6 ? -1 : value <= 8 ? 0 : 1);

/**
 * Promoters minus detractors in percentage points, when the shown counts settle it:
 * every hidden count lies in one class, whose total is then known.
 */
export function settledNps(values: number[], counts: number[], disclosed: Disclosed[]): number | null {
  const n = total(counts);
  if (n < MIN_CELL) return null;
  const classes = new Set(disclosed.map((d, i) => (isShown(d) ? null : npsClass(values[i]))).filter((c) => c !== null));
  if (classes.size > 1) return null;
  const net = total(counts.map((c, i) => c * npsClass(values[i])));
  return Math.round((net / n) * 100);
}

/** The mean of counted answers: only when no count is hidden (then it follows from them). */
export function settledMean(counts: number[], disclosed: Disclosed[], mean: number | null): number | null {
  return total(counts) >= MIN_CELL && disclosed.every(isShown) ? mean : null;
}

/** What is known of a number question's answers, from the stored value counts. */
export interface NumberFacts {
  min: number;
  /** Answers holding the smallest value. */
  minAnswers: number;
  max: number;
  maxAnswers: number;
  median: number;
  /** The value(s) at the middle position(s) and the answers holding each. */
  middle: { value: number; answers: number }[];
}

/**
 * The minimum, maximum and median of a number question are someone's answers. Each is
 * shown only when at least 5 answers hold the value(s) it shows; and only when the answers
 * holding none of them are none or 5 or more (with the mean, their sum is known). Else
 * none of the three is shown.
 */
export function numberStatistics(answered: number, facts: NumberFacts | undefined): { min: number | null; max: number | null; median: number | null } {
  const none = { min: null, max: null, median: null };
  if (!facts || answered < MIN_CELL) return none;
  const holders = new Map<number, number>();
  const reveal = (pairs: { value: number; answers: number }[]) => {
    if (pairs.some((p) => p.answers < MIN_CELL)) return false;
    pairs.forEach((p) => holders.set(p.value, p.answers));
    return true;
  };
  const min = reveal([{ value: facts.min, answers: facts.minAnswers }]) ? facts.min : null;
  const max = reveal([{ value: facts.max, answers: facts.maxAnswers }]) ? facts.max : null;
  const median = reveal(facts.middle) ? facts.median : null;
  const rest = answered - total([...holders.values()]);
  return isSmall(rest) ? none : { min, max, median };
}

/** Text terms: used in at least 5 answers, and left out of none or at least 5. */
export function termShown(uses: number, answered: number): boolean {
  return uses >= MIN_CELL && !isSmall(answered - uses);
}
