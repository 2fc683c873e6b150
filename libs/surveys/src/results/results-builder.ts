import { QuestionType, SCALE_RANGE } from '../survey.enums';
import { LocalisedText } from '../localised-text';
import { FormQuestion } from '../survey-answers';
import { BreakdownCell, QuestionResult, ResultCell, SurveyResultsSnapshot, TrendPoint } from './results.types';
import { AnswerGroupRow, RawResults } from './results-raw';
import {
  BreakdownGroup,
  Disclosed,
  MIN_CELL,
  cleanChoices,
  cleanCounts,
  cleanSize,
  detailedGroups,
  discloseChoices,
  discloseListed,
  disclosePartition,
  discloseTotal,
  numberStatistics,
  settledMean,
  settledMedian,
  settledNps,
  termShown,
} from './disclosure';

const round = (n: number | null | undefined, digits = 2) => (n === null || n === undefined ? null : Math.round(n * 10 ** digits) / 10 ** digits);
const YES_NO_LABELS: Record<string, LocalisedText> = { '1': { en: 'Yes', es: 'Sí' }, '0': { en: 'No', es: 'No' } };

interface Bucket {
  key: string;
  /** The value the SQL pass groups by. */
  match: string;
  label: LocalisedText;
  /** The answer's value on a scale (1 Yes, 0 No); the position otherwise. */
  value: number;
}

/** The answer categories a question is counted in, in display order (none for numbers and text). */
function bucketsOf(question: FormQuestion, places: string[]): Bucket[] {
  switch (question.type) {
    case QuestionType.SINGLE_CHOICE:
    case QuestionType.MULTIPLE_CHOICE: {
      const buckets = question.options.map((o, i) => ({ key: o.id, match: o.id, label: o.label, value: i }));
      if (question.allowOther) buckets.push({ key: 'OTHER', match: 'OTHER', label: { en: 'Other', es: 'Otro' }, value: buckets.length });
      return buckets;
    }
    case QuestionType.RATING:
    case QuestionType.NPS: {
      const [min, max] = SCALE_RANGE[question.type]!;
      return Array.from({ length: max - min + 1 }, (_, i) => {
        const value = String(min + i);
        const label = min + i === min ? question.lowLabel : min + i === max ? question.highLabel : {};
        return { key: value, match: value, label: Object.keys(label).length ? mapText(label, (t) => `${value} (${t})`) : { en: value, es: value }, value: min + i };
      });
    }
    case QuestionType.YES_NO:
      return [
        { key: 'YES', match: '1', label: YES_NO_LABELS['1'], value: 1 },
        { key: 'NO', match: '0', label: YES_NO_LABELS['0'], value: 0 },
      ];
    case QuestionType.NEIGHBOURHOOD:
      return places.map((n, i) => ({ key: n, match: n, label: { en: n, es: n }, value: i }));
    default:
      return [];
  }
}

function mapText(text: LocalisedText, f: (t: string) => string): LocalisedText {
  return Object.fromEntries(Object.entries(text).map(([k, v]) => [k, f(v as string)]));
}

/**
 * The neighbourhoods results are broken down by: the agency's list, then names no longer
 * on it that answers still carry, by name. Every breakdown uses all of them, so that the
 * same counts are disclosed the same way wherever they appear.
 */
function placesOf(questions: FormQuestion[], neighbourhoods: string[], raw: RawResults): string[] {
  const named = new Set(questions.filter((q) => q.type === QuestionType.NEIGHBOURHOOD).map((q) => q.id));
  const seen = new Set<string>();
  for (const r of raw.responses) if (r.neighbourhood !== null) seen.add(r.neighbourhood);
  for (const a of raw.answers) {
    if (a.neighbourhood !== null) seen.add(a.neighbourhood);
    if (named.has(a.question_id) && a.bucket !== null) seen.add(a.bucket);
  }
  const extra = [...seen].filter((n) => !neighbourhoods.includes(n)).sort((a, b) => a.localeCompare(b));
  return [...neighbourhoods, ...extra];
}

const asShown = (count: number): Disclosed => ({ count, suppression: null });

function cellsOf(buckets: Bucket[], counts: number[], disclosed: Disclosed[], denominator: number): ResultCell[] {
  return buckets.map((b, i) => ({
    key: b.key,
    label: b.label,
    count: disclosed[i].count,
    percent: disclosed[i].count === null || !denominator ? null : round((counts[i] / denominator) * 100, 1),
    suppressed: disclosed[i].count === null,
    suppression: disclosed[i].suppression,
  }));
}

/** Rows of a neighbourhood breakdown: those with answers, and hidden ones (which may have none). */
function placeRows(places: string[], counts: number[], disclosed: Disclosed[], detail: (i: number) => Pick<BreakdownCell, 'mean' | 'counts'>): BreakdownCell[] {
  return places.flatMap((group, i) =>
    counts[i] > 0 || disclosed[i].count === null
      ? [{ group, count: disclosed[i].count, suppressed: disclosed[i].count === null, suppression: disclosed[i].suppression, ...detail(i) }]
      : [],
  );
}

/** Points of a weekly trend; none when every week would be hidden. */
function weekPoints(weeks: string[], counts: number[], mean: (i: number) => number | null): TrendPoint[] {
  const disclosed = discloseListed(counts);
  if (!disclosed) return [];
  return weeks.map((week, i) => ({ week, count: disclosed[i].count, mean: mean(i), suppressed: disclosed[i].count === null, suppression: disclosed[i].suppression }));
}

/** Turns the GROUP BY passes into the stored snapshot, every figure through disclosure control. */
export function buildSnapshot(
  surveyId: string,
  computedAt: Date,
  questions: FormQuestion[],
  neighbourhoods: string[],
  raw: RawResults,
): SurveyResultsSnapshot {
  const places = placesOf(questions, neighbourhoods, raw);
  const responseCount = raw.responses.find((r) => r.g === 3)?.n ?? 0;
  const perPlace = places.map((p) => raw.responses.find((r) => r.g === 1 && r.neighbourhood === p)?.n ?? 0);
  const weeks = raw.responses.filter((r) => r.g === 2 && r.week !== null).sort((a, b) => a.week!.localeCompare(b.week!));
  const answered = discloseTotal(raw.invitations.answered).count;
  return {
    surveyId,
    computedAt: computedAt.toISOString(),
    responseCount,
    invitationsSent: raw.invitations.sent,
    invitationsAnswered: raw.invitations.sent ? answered : 0,
    responseRate: raw.invitations.sent && answered !== null ? round(raw.invitations.answered / raw.invitations.sent, 3) : null,
    byNeighbourhood: placeRows(places, perPlace, disclosePartition(perPlace), () => ({ mean: null, counts: [] })),
    weekly: weekPoints(
      weeks.map((w) => w.week!),
      weeks.map((w) => w.n),
      () => null,
    ),
    questions: questions.map((q) => buildQuestion(q, places, raw)),
  };
}

const SCALES = [QuestionType.RATING, QuestionType.NPS];
const DISCRETE = [...SCALES, QuestionType.YES_NO];

function buildQuestion(q: FormQuestion, places: string[], raw: RawResults): QuestionResult {
  const rows = raw.answers.filter((r) => r.question_id === q.id);
  const find = (g: number, bucket: string | null, place: string | null, week: string | null): AnswerGroupRow | undefined =>
    rows.find((r) => r.g === g && r.bucket === bucket && r.neighbourhood === place && r.week === week);
  const whole = find(7, null, null, null);
  const answered = whole?.respondents ?? 0;
  const buckets = bucketsOf(q, places);
  const countsIn = (g: number, place: string | null, week: string | null) => buckets.map((b) => find(g, b.match, place, week)?.n ?? 0);
  const choice = q.type === QuestionType.MULTIPLE_CHOICE;
  const number = q.type === QuestionType.NUMBER;
  const discrete = DISCRETE.includes(q.type);
  const counts = countsIn(3, null, null);
  const disclosed = choice ? discloseChoices(counts, answered) : disclosePartition(counts);
  const values = buckets.map((b) => b.value);
  const numbers = number ? numberStatistics(answered, raw.numbers.get(q.id)) : { min: null, max: null, median: null };
  const total = discloseTotal(answered);

  // A group's detail: its answer counts (choices, scales, yes/no, neighbourhoods) and its mean (scales, yes/no, numbers).
  const clean = choice ? cleanChoices : buckets.length ? cleanCounts : number ? cleanSize : null;
  const hasMean = discrete || number;
  const detail = (groups: BreakdownGroup[], withCells: boolean) =>
    clean && (withCells || hasMean) ? detailedGroups(groups, { count: answered, cells: counts }, clean) : groups.map(() => false);

  const placeCounts = places.map((p) => find(5, null, p, null)?.respondents ?? 0);
  const placeShown = disclosePartition(placeCounts);
  const placeCells = places.map((p) => countsIn(1, p, null));
  const placeDetail = detail(
    places.map((_, i) => ({ count: placeCounts[i], shown: placeShown[i].count !== null, cells: placeCells[i] })),
    buckets.length > 0,
  );
  const byNeighbourhood = placeRows(places, placeCounts, placeShown, (i) => ({
    mean: placeDetail[i] && hasMean ? round(find(5, null, places[i], null)?.mean) : null,
    counts: placeDetail[i] && buckets.length ? cellsOf(buckets, placeCells[i], placeCells[i].map(asShown), placeCounts[i]) : [],
  }));

  const weekRows = rows.filter((r) => r.g === 6 && r.week !== null).sort((a, b) => a.week!.localeCompare(b.week!));
  const weekCounts = weekRows.map((r) => r.respondents);
  const weekShown = discloseListed(weekCounts);
  const weekDetail = detail(
    weekRows.map((r, i) => ({ count: weekCounts[i], shown: !!weekShown && weekShown[i].count !== null, cells: countsIn(2, null, r.week) })),
    false,
  );
  const weekly = weekPoints(
    weekRows.map((r) => r.week!),
    weekCounts,
    (i) => (weekDetail[i] && hasMean ? round(weekRows[i].mean) : null),
  );

  return {
    questionId: q.id,
    key: q.key,
    type: q.type,
    position: q.position,
    prompt: q.prompt,
    answered: total.count,
    suppressed: total.count === null,
    suppression: total.suppression,
    counts: cellsOf(buckets, counts, disclosed, answered),
    mean: round(discrete ? settledMean(counts, disclosed, whole?.mean ?? null) : number && answered >= MIN_CELL ? whole!.mean : null),
    median: round(SCALES.includes(q.type) ? settledMedian(values, counts, disclosed) : numbers.median),
    min: numbers.min,
    max: numbers.max,
    nps: q.type === QuestionType.NPS ? settledNps(values, counts, disclosed) : null,
    terms: raw.terms.filter((t) => t.question_id === q.id && termShown(t.n, answered)).map((t) => ({ term: t.term, count: t.n })),
    byNeighbourhood,
    weekly,
  };
}
