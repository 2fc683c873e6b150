import { QuestionType, SCALE_RANGE } from '../survey.enums';
import { LocalisedText } from '../localised-text';
import { FormQuestion } from '../survey-answers';
import { BreakdownCell, QuestionResult, ResultCell, SurveyResultsSnapshot, TrendPoint } from './results.types';
import { AnswerGroupRow, RawResults } from './results-raw';
import { MIN_CELL, suppressGroup, suppressOne } from './suppression';

const round = (n: number | null | undefined, digits = 2) => (n === null || n === undefined ? null : Math.round(n * 10 ** digits) / 10 ** digits);
const YES_NO_LABELS: Record<string, LocalisedText> = { '1': { en: 'Yes', es: 'Sí' }, '0': { en: 'No', es: 'No' } };

interface Bucket {
  key: string;
  /** The value the SQL pass groups by. */
  match: string;
  label: LocalisedText;
}

/** The answer categories a question is counted in, in display order (none for numbers and text). */
function bucketsOf(question: FormQuestion, neighbourhoods: string[]): Bucket[] {
  switch (question.type) {
    case QuestionType.SINGLE_CHOICE:
    case QuestionType.MULTIPLE_CHOICE: {
      const buckets = question.options.map((o) => ({ key: o.id, match: o.id, label: o.label }));
      if (question.allowOther) buckets.push({ key: 'OTHER', match: 'OTHER', label: { en: 'Other', es: 'Otro' } });
      return buckets;
    }
    case QuestionType.RATING:
    case QuestionType.NPS: {
      const [min, max] = SCALE_RANGE[question.type]!;
      return Array.from({ length: max - min + 1 }, (_, i) => {
        const value = String(min + i);
        const label = min + i === min ? question.lowLabel : min + i === max ? question.highLabel : {};
        return { key: value, match: value, label: Object.keys(label).length ? mapText(label, (t) => `${value} (${t})`) : { en: value, es: value } };
      });
    }
    case QuestionType.YES_NO:
      return [
        { key: 'YES', match: '1', label: YES_NO_LABELS['1'] },
        { key: 'NO', match: '0', label: YES_NO_LABELS['0'] },
      ];
    case QuestionType.NEIGHBOURHOOD:
      return neighbourhoods.map((n) => ({ key: n, match: n, label: { en: n, es: n } }));
    default:
      return [];
  }
}

function mapText(text: LocalisedText, f: (t: string) => string): LocalisedText {
  return Object.fromEntries(Object.entries(text).map(([k, v]) => [k, f(v as string)]));
}

function cells(buckets: Bucket[], rows: AnswerGroupRow[], denominator: number | null): ResultCell[] {
  const counts = buckets.map((b) => rows.find((r) => r.bucket === b.match)?.n ?? 0);
  const shown = suppressGroup(counts);
  return buckets.map((b, i) => ({
    key: b.key,
    label: b.label,
    count: shown[i],
    percent: shown[i] === null || !denominator ? null : round((counts[i] / denominator) * 100, 1),
    suppressed: shown[i] === null,
  }));
}

function medianOfDistribution(buckets: Bucket[], rows: AnswerGroupRow[]): number | null {
  const dist = buckets.map((b) => ({ value: Number(b.match), n: rows.find((r) => r.bucket === b.match)?.n ?? 0 })).sort((a, b) => a.value - b.value);
  const total = dist.reduce((s, d) => s + d.n, 0);
  if (total === 0) return null;
  const at = (k: number) => {
    let seen = 0;
    for (const d of dist) {
      seen += d.n;
      if (seen > k) return d.value;
    }
    return dist[dist.length - 1].value;
  };
  return total % 2 ? at((total - 1) / 2) : (at(total / 2 - 1) + at(total / 2)) / 2;
}

/** Breakdown rows in the order of the agency's neighbourhood list (names no longer on it last, by name). */
function inListOrder<T extends { neighbourhood: string | null }>(rows: T[], neighbourhoods: string[]): T[] {
  const place = (r: T) => {
    const i = neighbourhoods.indexOf(r.neighbourhood!);
    return i < 0 ? neighbourhoods.length : i;
  };
  return [...rows].sort((a, b) => place(a) - place(b) || a.neighbourhood!.localeCompare(b.neighbourhood!));
}

const NUMERIC = [QuestionType.RATING, QuestionType.NPS, QuestionType.NUMBER, QuestionType.YES_NO];

/** Turns the GROUP BY passes into the stored snapshot, suppressing small cells everywhere. */
export function buildSnapshot(
  surveyId: string,
  computedAt: Date,
  questions: FormQuestion[],
  neighbourhoods: string[],
  raw: RawResults,
): SurveyResultsSnapshot {
  const responseCount = raw.responses.find((r) => r.g === 3)?.n ?? 0;
  const byNeighbourhoodRows = inListOrder(raw.responses.filter((r) => r.g === 1 && r.neighbourhood !== null), neighbourhoods);
  const neighbourhoodCounts = suppressGroup(byNeighbourhoodRows.map((r) => r.n));
  const weeklyRows = raw.responses.filter((r) => r.g === 2 && r.week !== null).sort((a, b) => a.week!.localeCompare(b.week!));
  const weeklyCounts = weeklyRows.map((r) => suppressOne(r.n));

  const result: SurveyResultsSnapshot = {
    surveyId,
    computedAt: computedAt.toISOString(),
    responseCount,
    invitationsSent: raw.invitations.sent,
    invitationsAnswered: raw.invitations.sent ? suppressOne(raw.invitations.answered) : 0,
    responseRate: raw.invitations.sent && suppressOne(raw.invitations.answered) !== null ? round(raw.invitations.answered / raw.invitations.sent, 3) : null,
    byNeighbourhood: byNeighbourhoodRows.map((r, i) => ({
      group: r.neighbourhood!,
      count: neighbourhoodCounts[i],
      mean: null,
      suppressed: neighbourhoodCounts[i] === null,
      counts: [],
    })),
    weekly: weeklyRows.map((r, i) => ({ week: r.week!, count: weeklyCounts[i], mean: null, suppressed: weeklyCounts[i] === null })),
    questions: questions.map((q) => buildQuestion(q, neighbourhoods, raw)),
  };
  return result;
}

function buildQuestion(q: FormQuestion, neighbourhoods: string[], raw: RawResults): QuestionResult {
  const rows = raw.answers.filter((r) => r.question_id === q.id);
  const multi = q.type === QuestionType.MULTIPLE_CHOICE ? raw.multiAnswered.filter((r) => r.question_id === q.id) : null;
  const total = rows.find((r) => r.g === 7);
  const answered = multi ? (multi.find((r) => r.g === 3)?.n ?? 0) : (total?.n ?? 0);
  const enough = answered >= MIN_CELL;
  const numeric = NUMERIC.includes(q.type);
  const buckets = bucketsOf(q, neighbourhoods);
  const bucketRows = rows.filter((r) => r.g === 3);
  const counts = cells(buckets, bucketRows, answered);

  let median: number | null = null;
  if (enough && q.type === QuestionType.NUMBER) median = raw.medians.find((m) => m.question_id === q.id)?.median ?? null;
  else if (enough && (q.type === QuestionType.RATING || q.type === QuestionType.NPS)) median = medianOfDistribution(buckets, bucketRows);

  let nps: number | null = null;
  if (enough && q.type === QuestionType.NPS) {
    const n = (from: number, to: number) => bucketRows.filter((r) => Number(r.bucket) >= from && Number(r.bucket) <= to).reduce((s, r) => s + r.n, 0);
    nps = Math.round(((n(9, 10) - n(0, 6)) / answered) * 100);
  }

  const neighbourhoodRows = inListOrder(rows.filter((r) => r.g === 5 && r.neighbourhood !== null), neighbourhoods);
  const groupCounts = neighbourhoodRows.map((r) => (multi ? (multi.find((m) => m.g === 1 && m.neighbourhood === r.neighbourhood)?.n ?? 0) : r.n));
  const shownGroups = suppressGroup(groupCounts);
  const byNeighbourhood: BreakdownCell[] = neighbourhoodRows.map((r, i) => {
    const hidden = shownGroups[i] === null;
    return {
      group: r.neighbourhood!,
      count: shownGroups[i],
      mean: hidden || !numeric ? null : round(r.mean),
      suppressed: hidden,
      counts: hidden ? [] : cells(buckets, rows.filter((x) => x.g === 1 && x.neighbourhood === r.neighbourhood), groupCounts[i]),
    };
  });

  const weekRows = rows.filter((r) => r.g === 6 && r.week !== null).sort((a, b) => a.week!.localeCompare(b.week!));
  const weekly: TrendPoint[] = weekRows.map((r) => {
    const n = multi ? (multi.find((m) => m.g === 2 && m.week === r.week)?.n ?? 0) : r.n;
    const shown = suppressOne(n);
    return { week: r.week!, count: shown, mean: shown === null || !numeric ? null : round(r.mean), suppressed: shown === null };
  });

  return {
    questionId: q.id,
    key: q.key,
    type: q.type,
    position: q.position,
    prompt: q.prompt,
    answered: suppressOne(answered),
    suppressed: suppressOne(answered) === null,
    counts,
    mean: enough && numeric ? round(total?.mean) : null,
    median: round(median),
    min: enough && q.type === QuestionType.NUMBER ? (total?.min ?? null) : null,
    max: enough && q.type === QuestionType.NUMBER ? (total?.max ?? null) : null,
    nps,
    terms: raw.terms.filter((t) => t.question_id === q.id).map((t) => ({ term: t.term, count: t.n })),
    byNeighbourhood,
    weekly,
  };
}
