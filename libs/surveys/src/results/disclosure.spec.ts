import {
  CellSuppression,
  Disclosed,
  NumberFacts,
  cleanChoices,
  cleanCounts,
  detailedGroups,
  discloseChoices,
  discloseListed,
  disclosePartition,
  numberStatistics,
  settledMean,
  settledMedian,
  settledNps,
  termShown,
} from './disclosure';

/** Every way of putting `n` answers into `m` categories (each at least `least`). */
function compositions(n: number, m: number, least = 0): number[][] {
  const out: number[][] = [];
  const x = new Array<number>(m);
  const fill = (i: number, left: number) => {
    if (i === m - 1) {
      if (left >= least) out.push([...x.slice(0, i), left]);
      return;
    }
    for (let v = least; v <= left; v++) {
      x[i] = v;
      fill(i + 1, left - v);
    }
  };
  fill(0, n);
  return out;
}

/** Every vector of `m` counts from 0 to `most`. */
function vectors(m: number, most: number): number[][] {
  if (m === 0) return [[]];
  return vectors(m - 1, most).flatMap((v) => Array.from({ length: most + 1 }, (_, x) => [...v, x]));
}

const show = (d: Disclosed[]) => JSON.stringify(d);

/**
 * The strongest attacker on one group: knowing the total and these very rules, they list
 * every input that gives what they see. A hidden cell is safe when those inputs give it
 * at least two values.
 */
function pinnedCells(inputs: number[][], publicFacts: (x: number[]) => string, disclose: (x: number[]) => Disclosed[] | null): string[] {
  const seen = new Map<string, { out: Disclosed[]; values: Set<number>[] }>();
  for (const x of inputs) {
    const out = disclose(x);
    if (!out) continue;
    out.forEach((d, i) => {
      if (d.suppression === CellSuppression.FEWER_THAN_5) expect(x[i] >= 1 && x[i] <= 4).toBe(true);
      if (d.count !== null) expect(d.count).toBe(x[i]);
    });
    const key = `${publicFacts(x)} ${show(out)}`;
    const entry = seen.get(key) ?? { out, values: out.map(() => new Set<number>()) };
    x.forEach((v, i) => entry.values[i].add(v));
    seen.set(key, entry);
  }
  const pinned: string[] = [];
  for (const [key, { out, values }] of seen) {
    out.forEach((d, i) => {
      if (d.count === null && values[i].size < 2) pinned.push(`${key}: cell ${i} is always ${[...values[i]][0]}`);
    });
  }
  return pinned;
}

const sumOf = (x: number[]) => x.reduce((s, v) => s + v, 0);

describe('Disclosure control of one group of counts', () => {
  it('hides counts of 1 to 4 and shows 0 and 5 or more', () => {
    expect(disclosePartition([0, 5, 7, 3, 2])).toEqual([
      { count: 0, suppression: null },
      { count: 5, suppression: null },
      { count: 7, suppression: null },
      { count: null, suppression: CellSuppression.FEWER_THAN_5 },
      { count: null, suppression: CellSuppression.FEWER_THAN_5 },
    ]);
  });

  it('marks 1 Yes and 5 No of 6 both as protecting small counts, not as fewer than 5', () => {
    expect(disclosePartition([1, 5])).toEqual([
      { count: null, suppression: CellSuppression.PROTECTING_SMALL_COUNTS },
      { count: null, suppression: CellSuppression.PROTECTING_SMALL_COUNTS },
    ]);
  });

  it('hides the next smallest cell with a lone small one, and every cell of that size', () => {
    const out = disclosePartition([10, 3, 6, 6, 20]);
    expect(out.map((d) => d.count)).toEqual([10, null, null, null, 20]);
    expect(out[1].suppression).toBe(CellSuppression.PROTECTING_SMALL_COUNTS);
  });

  it('does not mark two small counts "fewer than 5" when their known sum pins them (4 + 4, 1 + 1)', () => {
    expect(disclosePartition([4, 4, 9]).map((d) => d.count)).toEqual([null, null, null]);
    expect(disclosePartition([1, 1, 0]).map((d) => d.suppression)).toEqual([
      CellSuppression.PROTECTING_SMALL_COUNTS,
      CellSuppression.PROTECTING_SMALL_COUNTS,
      CellSuppression.PROTECTING_SMALL_COUNTS,
    ]);
    expect(disclosePartition([1, 3, 9]).map((d) => d.suppression)).toEqual([CellSuppression.FEWER_THAN_5, CellSuppression.FEWER_THAN_5, null]);
  });

  it('hides every cell, the empty ones too, when every answer is in a small one', () => {
    // Else 3 people answering alike, or 5 answering one per category, would show.
    expect(disclosePartition([0, 3, 0]).map((d) => d.count)).toEqual([null, null, null]);
    expect(disclosePartition([1, 1, 1, 1, 1]).map((d) => d.count)).toEqual([null, null, null, null, null]);
    expect(disclosePartition([2, 3]).map((d) => d.suppression)).toEqual([CellSuppression.PROTECTING_SMALL_COUNTS, CellSuppression.PROTECTING_SMALL_COUNTS]);
  });

  it('leaves no hidden count with a single possible value, for any answers into 2 to 5 categories', () => {
    for (const m of [2, 3, 4, 5]) {
      for (let n = 0; n <= (m === 5 ? 10 : 15); n++) {
        expect(pinnedCells(compositions(n, m), (x) => `n=${sumOf(x)}`, disclosePartition)).toEqual([]);
      }
    }
  });

  it('leaves no hidden count with a single possible value on an 11-point scale', () => {
    for (let n = 0; n <= 6; n++) expect(pinnedCells(compositions(n, 11), (x) => `n=${sumOf(x)}`, disclosePartition)).toEqual([]);
  });

  it('lists no weeks when every week would be hidden, and pins none otherwise (listed weeks hold at least one)', () => {
    expect(discloseListed([1, 1])).toBeNull();
    expect(discloseListed([3])).toBeNull();
    expect(discloseListed([7])).toEqual([{ count: 7, suppression: null }]);
    for (const m of [1, 2, 3, 4]) {
      for (let n = m; n <= 16; n++) expect(pinnedCells(compositions(n, m, 1), (x) => `n=${sumOf(x)}`, discloseListed)).toEqual([]);
    }
  });

  it('hides an option of a multiple-choice question that all but a few chose', () => {
    expect(discloseChoices([9, 10, 0], 10).map((d) => d.count)).toEqual([null, null, 0]);
    expect(discloseChoices([2, 3, 10], 10).map((d) => d.suppression)).toEqual([CellSuppression.FEWER_THAN_5, CellSuppression.FEWER_THAN_5, null]);
  });

  it('leaves no option count of a multiple-choice question with a single possible value, knowing everyone chose one', () => {
    for (const m of [2, 3, 4]) {
      for (let respondents = 1; respondents <= (m === 4 ? 8 : 12); respondents++) {
        const possible = vectors(m, respondents).filter((x) => sumOf(x) >= respondents);
        expect(pinnedCells(possible, () => `respondents=${respondents}`, (x) => discloseChoices(x, respondents))).toEqual([]);
      }
    }
  });
});

describe('Statistics of counted answers', () => {
  const RATING = [1, 2, 3, 4, 5];
  const NPS = Array.from({ length: 11 }, (_, i) => i);
  const meanOf = (values: number[], x: number[]) => sumOf(x.map((c, i) => c * values[i])) / sumOf(x);

  /** Every distribution showing the same counts must show the same statistic: it then tells nothing more. */
  function statisticsFollowFromCounts(values: number[], most: number) {
    for (let n = 0; n <= most; n++) {
      const byShown = new Map<string, string>();
      for (const x of compositions(n, values.length)) {
        const disclosed = disclosePartition(x);
        const stats = JSON.stringify([
          settledMedian(values, x, disclosed),
          settledNps(values, x, disclosed),
          settledMean(x, disclosed, n ? meanOf(values, x) : null),
        ]);
        const key = show(disclosed);
        expect(byShown.get(key) ?? stats).toBe(stats);
        byShown.set(key, stats);
      }
    }
  }

  it('shows a median, NPS or mean only when the shown counts settle it (1 to 5)', () => statisticsFollowFromCounts(RATING, 12));
  it('shows a median, NPS or mean only when the shown counts settle it (0 to 10)', () => statisticsFollowFromCounts(NPS, 6));

  it('still shows a median and NPS that do not depend on hidden counts', () => {
    // 1: 2 answers, 2: 5, 3: 9, 4: 12, 5: 7. The median (4) lies above both hidden cells.
    const x = [2, 5, 9, 12, 7];
    const disclosed = disclosePartition(x);
    expect(disclosed.map((d) => d.count)).toEqual([null, null, 9, 12, 7]);
    expect(settledMedian(RATING, x, disclosed)).toBe(4);
    expect(settledMean(x, disclosed, meanOf(RATING, x))).toBeNull();
    const nps = [1, 0, 3, 0, 0, 0, 0, 10, 0, 6, 20];
    expect(settledNps(NPS, nps, disclosePartition(nps))).toBe(Math.round(((26 - 4) / 40) * 100));
  });
});

describe('Breakdowns', () => {
  it('details a clean group only when the answers outside the detailed groups are clean too', () => {
    const whole = { count: 26, cells: [6, 20] };
    // Old Town 10 (0 Yes, 10 No), Northgate 10 (5, 5), and 6 answers without a neighbourhood (1, 5).
    const groups = [
      { count: 10, shown: true, cells: [0, 10] },
      { count: 10, shown: true, cells: [5, 5] },
    ];
    // Outside both: 1 Yes, 5 No (small); outside Old Town only: 6 Yes, 10 No.
    expect(detailedGroups(groups, whole, cleanCounts)).toEqual([true, false]);
    expect(detailedGroups(groups, { count: 20, cells: [5, 15] }, cleanCounts)).toEqual([true, true]);
  });

  it('treats an option nearly everyone chose as small in a group', () => {
    expect(cleanChoices(10, [10, 5, 0])).toBe(true);
    expect(cleanChoices(10, [8, 5, 0])).toBe(false);
  });
});

describe('Number questions and text terms', () => {
  const facts = (over: Partial<NumberFacts>): NumberFacts => ({ min: 0, minAnswers: 5, max: 10, maxAnswers: 5, median: 5, middle: [{ value: 5, answers: 5 }], ...over });

  it('shows the minimum, maximum and median only when 5 or more answers hold each value', () => {
    expect(numberStatistics(15, facts({}))).toEqual({ min: 0, max: 10, median: 5 });
    expect(numberStatistics(15, facts({ maxAnswers: 1 }))).toEqual({ min: 0, max: null, median: 5 });
  });

  it('shows none of them when the answers holding none of the shown values are 1 to 4 (the mean would give their sum)', () => {
    // 5 at 0, 5 at 10, 1 at 7: the mean and the two extremes give the last answer.
    expect(numberStatistics(11, facts({ median: 7, middle: [{ value: 7, answers: 1 }] }))).toEqual({ min: null, max: null, median: null });
  });

  it('shows a term only when the answers without it are none or 5 or more', () => {
    expect(termShown(5, 5)).toBe(true);
    expect(termShown(5, 7)).toBe(false);
    expect(termShown(5, 10)).toBe(true);
  });
});
