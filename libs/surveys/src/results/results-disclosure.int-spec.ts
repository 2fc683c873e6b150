import { SurveysTestBed, answerSurveyOn, createSurveysTestBed } from '@app/testing';
import { QuestionResult, SurveyResultsSnapshot } from './results.types';

/**
 * An attacker's view of the results: for many small answer sets of every question type,
 * the results are computed through the real path and every figure they show (to the
 * public and to staff: the page, GraphQL and the results CSV all show this snapshot) is
 * combined by arithmetic to recover what is hidden: totals minus visible cells, mean × n,
 * percentages, NPS and median constraints, weekly and neighbourhood figures against the
 * totals, number statistics. The attacker is given every participation count as known
 * (how many answered each question, how many gave no neighbourhood), which is the most
 * they could learn elsewhere.
 */

const AREAS = ['Old Town', 'Northgate', 'Eastbrook'];
const MONDAYS = ['2026-01-05', '2026-01-12', '2026-01-19'];
const CASES = 48;
const t = (en: string) => ({ en, es: en });

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: T[]) => xs[int(xs.length)];
  /** A value from a few popular ones most of the time, so that large and small cells both occur. */
  const skewed = <T>(all: T[], popular: T[], p = 0.75) => (next() < p ? pick(popular) : pick(all));
  return { next, int, pick, skewed };
}

interface Resident {
  day: string;
  language: 'en' | 'es';
  area?: string;
  safe: number;
  recommend?: number;
  contacted: boolean;
  how: number;
  topics: number[];
  other: boolean;
  years?: number;
  comments?: string;
}

const PHRASES = ['Street lights near the park', 'More patrols near the school', 'Speeding near the park', 'Friendly officers'];

function residents(seed: number): Resident[] {
  const r = random(seed);
  // Mostly a handful of responses, where small counts abound; every fourth case a few more.
  const n = seed % 4 ? 1 + r.int(12) : 12 + r.int(10);
  const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);
  const safeTop = [r.int(5) + 1, r.int(5) + 1];
  const npsTop = [r.int(11), r.int(11)];
  const yearsTop = [r.pick([1, 2, 5]), r.pick([10, 20, 40])];
  const areaTop = [r.pick(AREAS), r.pick(AREAS)];
  const yes = r.next();
  const topicOdds = [r.next(), r.next(), r.next()];
  const weekTop = [r.int(3), r.int(3)];
  return Array.from({ length: n }, () => {
    const topics = [0, 1, 2].filter((i) => r.next() < topicOdds[i]);
    const other = r.next() < 0.15;
    return {
      day: addDays(MONDAYS[r.skewed([0, 1, 2], weekTop)], r.int(7)),
      language: r.next() < 0.7 ? 'en' : 'es',
      area: r.next() < 0.15 ? undefined : r.skewed(AREAS, areaTop),
      safe: r.skewed(range(1, 5), safeTop),
      recommend: r.next() < 0.15 ? undefined : r.skewed(range(0, 10), npsTop),
      contacted: r.next() < yes,
      how: r.skewed([0, 1, 2], [r.int(3)]),
      topics,
      other,
      years: r.next() < 0.1 ? undefined : r.skewed(range(0, 60), yearsTop, 0.8),
      comments: r.next() < 0.2 ? undefined : r.pick(PHRASES),
    };
  });
}

function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
const mondayOf = (day: string) => MONDAYS.find((m) => m <= day && day < addDays(m, 7))!;

const SURVEY = {
  title: t('Privacy check'),
  languages: ['en', 'es'],
  anonymous: true,
  resultsPublic: true,
  questions: [
    { key: 'area', type: 'NEIGHBOURHOOD', prompt: t('Where do you live?') },
    { key: 'safe', type: 'RATING', prompt: t('How safe do you feel?'), required: true },
    { key: 'recommend', type: 'NPS', prompt: t('Would you recommend the forums?') },
    { key: 'contacted', type: 'YES_NO', prompt: t('Did you contact us?'), required: true },
    { key: 'how', type: 'SINGLE_CHOICE', prompt: t('Which matters most?'), required: true, options: ['traffic', 'noise', 'theft'].map((k) => ({ key: k, label: t(k) })) },
    { key: 'topics', type: 'MULTIPLE_CHOICE', prompt: t('Which problems?'), allowOther: true, options: ['traffic', 'noise', 'theft'].map((k) => ({ key: k, label: t(k) })) },
    { key: 'years', type: 'NUMBER', prompt: t('Years lived here?'), minValue: 0, maxValue: 100 },
    { key: 'comments', type: 'LONG_TEXT', prompt: t('Anything else?') },
  ],
};

// ---------------------------------------------------------------------------------------
// What is true: the figures behind the results, from the answers the test sent.

type Bucket = { key: string; value: number };
const BUCKETS: Record<string, Bucket[]> = {
  area: AREAS.map((a, i) => ({ key: a, value: i })),
  safe: [1, 2, 3, 4, 5].map((v) => ({ key: String(v), value: v })),
  recommend: Array.from({ length: 11 }, (_, v) => ({ key: String(v), value: v })),
  contacted: [
    { key: 'YES', value: 1 },
    { key: 'NO', value: 0 },
  ],
  how: [0, 1, 2].map((i) => ({ key: String(i), value: i })),
  topics: [0, 1, 2, 3].map((i) => ({ key: String(i), value: i })),
};

/** The bucket indexes one resident's answer falls in (several for multiple choice; none when not answered). */
function answerOf(key: string, r: Resident): number[] {
  switch (key) {
    case 'area':
      return r.area === undefined ? [] : [AREAS.indexOf(r.area)];
    case 'safe':
      return [r.safe - 1];
    case 'recommend':
      return r.recommend === undefined ? [] : [r.recommend];
    case 'contacted':
      return [r.contacted ? 0 : 1];
    case 'how':
      return [r.how];
    case 'topics':
      return [...r.topics, ...(r.other ? [3] : [])];
    default:
      return [];
  }
}
const answered = (key: string, r: Resident) =>
  key === 'years' ? r.years !== undefined : key === 'comments' ? r.comments !== undefined : answerOf(key, r).length > 0;

function countsOf(key: string, people: Resident[]): number[] {
  const counts = BUCKETS[key].map(() => 0);
  for (const p of people) for (const b of answerOf(key, p)) counts[b]++;
  return counts;
}

// ---------------------------------------------------------------------------------------
// The attacker.

interface Shown {
  count: number | null;
  suppressed: boolean;
  suppression?: string | null;
}
type Range = [number, number];

/**
 * What a hidden figure may be, by what its marking says: "fewer than 5" is 1 to 4; any
 * other hidden figure is anything up to the total (from 1 for rows listed only when they
 * have answers, and for results that do not say why a figure is hidden).
 */
function rangeOf(cell: Shown, total: number, listed: boolean): Range | null {
  if (!cell.suppressed) return null;
  if (cell.suppression === 'FEWER_THAN_5') return [1, 4];
  return [listed || cell.suppression === undefined ? 1 : 0, total];
}

class Attacker {
  readonly leaks: string[] = [];

  constructor(private readonly label: string) {}

  private leak(what: string, value: number) {
    this.leaks.push(`${this.label}: ${what} = ${value}`);
  }

  /**
   * Cells that add up to a known total, with what each hidden one may be: each hidden
   * cell lies between the total less the most the others can hold and the total less
   * the least they can hold. A hidden cell pinned to one value is recovered.
   */
  partition(what: string, cells: { name: string; shown: Shown; truth: number }[], total: number, listed: boolean) {
    const hidden = cells.map((c) => ({ ...c, range: rangeOf(c.shown, total, listed) }));
    const rest = total - hidden.filter((c) => !c.range).reduce((s, c) => s + c.shown.count!, 0);
    const open = hidden.filter((c) => c.range);
    for (const c of open) {
      const others = open.filter((o) => o !== c);
      const lo = Math.max(c.range![0], rest - others.reduce((s, o) => s + o.range![1], 0));
      const hi = Math.min(c.range![1], rest - others.reduce((s, o) => s + o.range![0], 0));
      expect(c.truth >= lo && c.truth <= hi).toBe(true);
      if (lo === hi) this.leak(`${what} ${c.name} (from the total ${total})`, lo);
    }
  }

  /**
   * Every distribution of one question's answers (or one group's) over its buckets that
   * agrees with the visible cells, the markings, the total and the shown mean, median and
   * NPS. A hidden cell with the same value in all of them is recovered.
   */
  distribution(
    what: string,
    buckets: Bucket[],
    cells: { shown: Shown; truth: number }[],
    total: number,
    stats: { mean?: number | null; median?: number | null; nps?: number | null },
    options: { cover?: boolean; neverShown?: boolean; bounds?: number[] } = {},
  ) {
    const ranges: (Range | null)[] = cells.map((c, i) => {
      if (options.neverShown) return [0, Math.min(total, options.bounds?.[i] ?? total)];
      return rangeOf(c.shown, total, false);
    });
    const open = ranges.map((r, i) => (r ? i : -1)).filter((i) => i >= 0);
    if (!open.length) return;
    const values = open.map(() => new Set<number>());
    const x = cells.map((c, i) => (ranges[i] ? 0 : c.shown.count!));
    const fixed = x.reduce((s, v) => s + v, 0);
    const agrees = () => {
      const sum = x.reduce((s, v) => s + v, 0);
      if (options.cover ? sum < total || x.some((v) => v > total) : sum !== total) return false;
      if (options.cover) return true;
      if (stats.mean != null && Math.abs(x.reduce((s, v, i) => s + v * buckets[i].value, 0) / total - stats.mean) > 0.005 + 1e-9) return false;
      if (stats.median != null && medianOf(buckets, x) !== stats.median) return false;
      if (stats.nps != null) {
        const promoters = x[9] + x[10];
        const detractors = x.slice(0, 7).reduce((s, v) => s + v, 0);
        if (Math.round(((promoters - detractors) / total) * 100) !== stats.nps) return false;
      }
      return true;
    };
    const most = options.cover ? total * cells.length : total;
    // The most the cells after the k-th open one can still add: walks that cannot reach the total stop early.
    const reach = open.map((_, k) => open.slice(k).reduce((s, i) => s + ranges[i]![1], 0));
    const walk = (k: number, used: number) => {
      if (!options.cover && k < open.length && fixed + used + reach[k] < total) return;
      if (k === open.length) {
        if (agrees()) open.forEach((i, j) => values[j].add(x[i]));
        return;
      }
      const [lo, hi] = ranges[open[k]]!;
      for (let v = lo; v <= hi && fixed + used + v <= most; v++) {
        x[open[k]] = v;
        walk(k + 1, used + v);
      }
      x[open[k]] = 0;
    };
    walk(0, 0);
    open.forEach((i, j) => {
      expect(values[j].has(cells[i].truth)).toBe(true);
      const [only] = [...values[j]];
      const recovered = values[j].size === 1 && (!options.neverShown || (only > 0 && only < 5));
      if (recovered) this.leak(`${what} ${buckets[i].key}`, only);
    });
  }

  /** A count the attacker has worked out that counts fewer than 5 people. */
  small(what: string, value: number) {
    if (value > 0 && value < 5) this.leak(what, value);
  }
}

function medianOf(buckets: Bucket[], counts: number[]): number | null {
  const values = buckets.flatMap((b, i) => Array.from({ length: counts[i] }, () => b.value)).sort((a, b) => a - b);
  if (!values.length) return null;
  const mid = values.length / 2;
  return values.length % 2 ? values[Math.floor(mid)] : (values[mid - 1] + values[mid]) / 2;
}

const sum = (xs: number[]) => xs.reduce((s, v) => s + v, 0);

/** Everything the attacker can try on one survey's bed.results. */
function attack(label: string, people: Resident[], snapshot: SurveyResultsSnapshot): string[] {
  const a = new Attacker(label);
  const inArea = (area: string | undefined) => people.filter((p) => p.area === area);
  const inWeek = (week: string) => people.filter((p) => mondayOf(p.day) === week);
  // Weeks are listed only when they have answers; neighbourhoods may be listed as hidden with none.
  const listedGroups = <T extends Shown & { group?: string; week?: string }>(rows: T[], truth: (name: string) => number, what: string, total: number) =>
    a.partition(
      what,
      rows.map((r) => ({ name: (r.group ?? r.week)!, shown: r, truth: truth((r.group ?? r.week)!) })),
      total,
      rows.some((r) => r.week !== undefined),
    );

  // Responses by neighbourhood and by week, against the totals.
  listedGroups(snapshot.byNeighbourhood, (n) => inArea(n).length, 'responses in', sum(AREAS.map((n) => inArea(n).length)));
  listedGroups(snapshot.weekly, (w) => inWeek(w).length, 'responses in week', people.length);

  for (const q of snapshot.questions) {
    const who = people.filter((p) => answered(q.key, p));
    const T = who.length;
    const named = who.filter((p) => p.area !== undefined);
    const what = (s: string) => `${q.key} ${s}`;
    listedGroups(q.byNeighbourhood, (n) => who.filter((p) => p.area === n).length, what('answers in'), named.length);
    listedGroups(q.weekly, (w) => who.filter((p) => mondayOf(p.day) === w).length, what('answers in week'), T);

    if (q.key === 'comments') {
      for (const term of q.terms) a.small(what(`answers without "${term.term}"`), T - term.count);
      continue;
    }
    if (q.key === 'years') {
      attackNumbers(a, q, who);
      continue;
    }
    const buckets = BUCKETS[q.key];
    const cover = q.key === 'topics';
    const truth = countsOf(q.key, who);
    a.distribution(what('answer'), buckets, q.counts.map((c, i) => ({ shown: c, truth: truth[i] })), T, q, { cover });
    attackBreakdown(a, q, buckets, who, cover);
    attackWeeklyMeans(a, q, buckets, who);
  }
  return a.leaks;
}

/** Neighbourhood rows of one question: each row on its own, and the rows without detail from the totals less the rows with it. */
function attackBreakdown(a: Attacker, q: QuestionResult, buckets: Bucket[], who: Resident[], cover: boolean) {
  const detailed = q.byNeighbourhood.filter((row) => row.counts.length > 0);
  for (const row of detailed) {
    const people = who.filter((p) => p.area === row.group);
    const rowTruth = countsOf(q.key, people);
    a.distribution(`${q.key} answers in ${row.group}:`, buckets, row.counts.map((c, i) => ({ shown: c, truth: rowTruth[i] })), people.length, { mean: row.mean }, { cover });
  }
  // The rows without detail (and the answers without a neighbourhood), column by column.
  buckets.forEach((b, i) => {
    const total = q.counts[i];
    if (!detailed.length || total.suppressed || detailed.some((row) => row.counts[i].suppressed)) return;
    const rest = total.count! - sum(detailed.map((row) => row.counts[i].count!));
    a.small(`${q.key} answers ${b.key} outside ${detailed.map((row) => row.group).join(', ')}`, rest);
  });
  // Means of rows against the question's mean: what is left is the sum of the other rows' answers.
  const withMean = q.byNeighbourhood.filter((row) => row.mean !== null);
  if (q.mean !== null && withMean.length) {
    const restCount = who.length - sum(withMean.map((row) => row.count!));
    if (restCount > 0 && restCount < 5) a.small(`${q.key} answers outside the neighbourhoods with a mean`, restCount);
  }
}

/** Weekly means: a week's mean times its count is the sum of its answers; for yes/no, its count of Yes. */
function attackWeeklyMeans(a: Attacker, q: QuestionResult, buckets: Bucket[], who: Resident[]) {
  for (const point of q.weekly) {
    if (point.mean === null || point.count === null) continue;
    const people = who.filter((p) => mondayOf(p.day) === point.week);
    const weekTruth = countsOf(q.key, people);
    const bounds = q.counts.map((c) => (c.suppressed ? (c.suppression === 'FEWER_THAN_5' ? 4 : who.length) : c.count!));
    a.distribution(`${q.key} answers in week ${point.week}:`, buckets, weekTruth.map((v) => ({ shown: { count: null, suppressed: true }, truth: v })), point.count, { mean: point.mean }, { neverShown: true, bounds });
  }
  const withMean = q.weekly.filter((p) => p.mean !== null);
  if (q.mean !== null && withMean.length) {
    const restCount = who.length - sum(withMean.map((p) => p.count!));
    if (restCount > 0 && restCount < 5) a.small(`${q.key} answers outside the weeks with a mean`, restCount);
    if (q.key === 'contacted' && restCount > 0) {
      const yes = Math.round(q.mean * who.length) - sum(withMean.map((p) => Math.round(p.mean! * p.count!)));
      a.small(`${q.key} Yes outside the weeks with a mean`, yes);
      a.small(`${q.key} No outside the weeks with a mean`, restCount - yes);
    }
  }
}

/** Number questions: a minimum, maximum or median is someone's answer; means of groups leave the rest's sum. */
function attackNumbers(a: Attacker, q: QuestionResult, who: Resident[]) {
  const values = who.map((p) => p.years!);
  const holders = (v: number) => values.filter((x) => x === v).length;
  const sorted = [...values].sort((x, y) => x - y);
  const middle = sorted.length % 2 ? [sorted[(sorted.length - 1) / 2]] : [sorted[sorted.length / 2 - 1], sorted[sorted.length / 2]];
  if (q.min !== null) a.small(`years: answers of the minimum ${q.min}`, holders(q.min));
  if (q.max !== null) a.small(`years: answers of the maximum ${q.max}`, holders(q.max));
  if (q.median !== null) for (const v of middle) a.small(`years: answers of the median value ${v}`, holders(v));
  if (q.mean !== null) {
    const revealed = [...new Set([...(q.min !== null ? [q.min] : []), ...(q.max !== null ? [q.max] : []), ...(q.median !== null ? middle : [])])];
    const rest = values.length - sum(revealed.map(holders));
    if (revealed.length) a.small(`years: answers other than the shown minimum, maximum and median (their sum follows from the mean)`, rest);
    for (const groups of [q.byNeighbourhood.map((r) => ({ mean: r.mean, count: r.count })), q.weekly.map((p) => ({ mean: p.mean, count: p.count }))]) {
      const withMean = groups.filter((g) => g.mean !== null);
      if (withMean.length) a.small(`years: answers outside the groups with a mean (their sum follows from the means)`, values.length - sum(withMean.map((g) => g.count!)));
    }
  }
}

/** Kinds of figures one question's results show, to check the attacker had something to work with. */
function figuresShown(q: QuestionResult): string[] {
  const kinds: [string, boolean][] = [
    ['counts', q.counts.some((c) => c.count !== null && c.count > 0)],
    ['fewer than 5', q.counts.some((c) => c.suppression === 'FEWER_THAN_5')],
    ['protecting', q.counts.some((c) => c.suppression === 'PROTECTING_SMALL_COUNTS')],
    ['mean', q.mean !== null],
    ['median', q.median !== null],
    ['nps', q.nps !== null],
    ['min', q.min !== null],
    ['neighbourhood counts', q.byNeighbourhood.some((b) => b.counts.length > 0)],
    ['neighbourhood mean', q.byNeighbourhood.some((b) => b.mean !== null)],
    ['weekly count', q.weekly.some((p) => p.count !== null)],
    ['weekly mean', q.weekly.some((p) => p.mean !== null)],
    ['terms', q.terms.length > 0],
  ];
  return kinds.filter(([, is]) => is).map(([kind]) => `${q.key} ${kind}`);
}

const STILL_SHOWN = [
  ...['area', 'safe', 'recommend', 'contacted', 'how', 'topics'].flatMap((k) => [`${k} counts`, `${k} protecting`, `${k} weekly count`]),
  // Yes/no never: with two categories, one small count beside the total gives the other.
  ...['area', 'safe', 'recommend', 'how', 'topics'].map((k) => `${k} fewer than 5`),
  ...['safe', 'recommend', 'contacted', 'years'].map((k) => `${k} mean`),
  ...['safe', 'recommend', 'years'].map((k) => `${k} median`),
  'recommend nps',
  'years min',
  'area neighbourhood counts',
  'contacted neighbourhood counts',
  'contacted neighbourhood mean',
  'years neighbourhood mean',
  'safe weekly mean',
  'contacted weekly mean',
  'years weekly mean',
  'comments terms',
];

describe('Survey results against an attacker', () => {
  let bed: SurveysTestBed;

  beforeAll(async () => {
    bed = await createSurveysTestBed(AREAS);
  });
  afterAll(() => bed.t.close());

  /** Sends the residents' answers, each on its day. */
  async function answerAll(surveyId: string, slug: string, people: Resident[]) {
    const form = (await bed.responses.loadForm(slug))!;
    const q = (key: string) => form.questions.find((x) => x.key === key)!;
    const send = async (p: Resident) => {
      const answers: Record<string, { values: string[]; other?: string }> = {};
      if (p.area) answers[q('area').id] = { values: [p.area] };
      answers[q('safe').id] = { values: [String(p.safe)] };
      if (p.recommend !== undefined) answers[q('recommend').id] = { values: [String(p.recommend)] };
      answers[q('contacted').id] = { values: [p.contacted ? 'YES' : 'NO'] };
      answers[q('how').id] = { values: [q('how').options[p.how].id] };
      if (p.topics.length || p.other) answers[q('topics').id] = { values: p.topics.map((i) => q('topics').options[i].id), other: p.other ? 'Graffiti' : undefined };
      if (p.years !== undefined) answers[q('years').id] = { values: [String(p.years)] };
      if (p.comments) answers[q('comments').id] = { values: [p.comments] };
      await bed.responses.submit({ form, language: p.language, answers });
    };
    for (const day of [...new Set(people.map((p) => p.day))]) {
      await answerSurveyOn(bed.t.dataSource, surveyId, day, async () => {
        for (const p of people.filter((x) => x.day === day)) await send(p);
      });
    }
  }

  it('lets no hidden figure be worked out from the figures shown with it, for any question type', async () => {
    const leaks: string[] = [];
    const shown = new Set<string>();
    for (let seed = 1; seed <= CASES; seed++) {
      const people = residents(seed);
      const survey = await bed.surveys.create(bed.actor, SURVEY as never);
      await bed.surveys.publish(bed.actor, survey.id);
      await answerAll(survey.id, survey.slug, people);
      const snapshot = (await bed.results.recompute(survey.id, { full: true }))!;
      expect(snapshot.responseCount).toBe(people.length);
      leaks.push(...attack(`case ${seed} (${people.length} responses)`, people, snapshot));
      for (const q of snapshot.questions) figuresShown(q).forEach((f) => shown.add(f));
    }
    expect(leaks.slice(0, 40)).toEqual([]);
    // And the results still say something: every kind of figure is shown where it is safe.
    expect(STILL_SHOWN.filter((kind) => !shown.has(kind))).toEqual([]);
  });
});
