/** Bumped whenever the shape or meaning of a stored tally changes: an older one is rebuilt in full. */
export const TALLY_VERSION = 2;

/** What adds up about some answers. */
export interface AnswerCounts {
  /** Answer rows (a multiple-choice response has one per chosen option). */
  n: number;
  /** Responses that answered (differs from `n` for multiple choice only). */
  respondents: number;
  /** How many numeric values `sum` adds up. */
  numbers: number;
  sum: number;
  min: number | null;
  max: number | null;
}

/**
 * Counts of one group of answers, at one of the grains the results show (`g`, the
 * GROUPING() code of a GROUPING SETS query over bucket, neighbourhood, week):
 * 7 question, 3 +bucket, 5 +neighbourhood, 1 +neighbourhood+bucket, 6 +week, 2 +week+bucket.
 */
export interface AnswerTally extends AnswerCounts {
  question_id: string;
  bucket: string | null;
  neighbourhood: string | null;
  week: string | null;
  g: number;
}

/** Responses per group: `g` 3 all, 1 per neighbourhood, 2 per week. */
export interface ResponseTally {
  neighbourhood: string | null;
  week: string | null;
  g: number;
  n: number;
}

/**
 * Everything the results are made of that adds up: the counts of some responses. The
 * tally of all responses is the sum of the tallies of any split of them, so a pass
 * over the new responses only adds its tally to the stored one.
 */
export interface ResultsTally {
  version: number;
  /** The survey's `updated_at` when the tally was made: after an edit, every response is read again. */
  surveyVersion?: string;
  responses: ResponseTally[];
  answers: AnswerTally[];
}

/** Answers of one question, bucket, neighbourhood and day, before they are added up to weeks. */
export interface DayCount extends AnswerCounts {
  question_id: string;
  bucket: string | null;
  neighbourhood: string | null;
  day: string;
}

/** Monday (UTC) of the week holding `day` (YYYY-MM-DD), as YYYY-MM-DD. */
export function mondayOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  return date.toISOString().slice(0, 10);
}

const answerKey = (a: AnswerTally) => `${a.g}|${a.question_id}|${a.bucket}|${a.neighbourhood}|${a.week}`;
const responseKey = (r: ResponseTally) => `${r.g}|${r.neighbourhood}|${r.week}`;

function addAnswer(into: Map<string, AnswerTally>, a: AnswerTally): void {
  const key = answerKey(a);
  const group = into.get(key);
  if (!group) {
    into.set(key, { ...a });
    return;
  }
  group.n += a.n;
  group.respondents += a.respondents;
  group.numbers += a.numbers;
  group.sum += a.sum;
  if (a.min !== null) group.min = group.min === null ? a.min : Math.min(group.min, a.min);
  if (a.max !== null) group.max = group.max === null ? a.max : Math.max(group.max, a.max);
}

function addResponses(into: Map<string, ResponseTally>, r: ResponseTally): void {
  const group = into.get(responseKey(r));
  if (group) group.n += r.n;
  else into.set(responseKey(r), { ...r });
}

/** The tally of two disjoint sets of responses. */
export function mergeTallies(a: ResultsTally, b: ResultsTally): ResultsTally {
  const answers = new Map<string, AnswerTally>();
  const responses = new Map<string, ResponseTally>();
  for (const t of [a, b]) {
    t.answers.forEach((x) => addAnswer(answers, x));
    t.responses.forEach((x) => addResponses(responses, x));
  }
  return { version: TALLY_VERSION, responses: [...responses.values()], answers: [...answers.values()] };
}

/** Adds day counts up to the grains the results show. */
export function tallyOf(responsesByDay: { neighbourhood: string | null; day: string; n: number }[], answersByDay: DayCount[]): ResultsTally {
  const answers = new Map<string, AnswerTally>();
  for (const row of answersByDay) {
    const week = mondayOf(row.day);
    const { question_id, n, respondents, numbers, sum, min, max } = row;
    const at = (g: number, bucket: string | null, neighbourhood: string | null, w: string | null) =>
      addAnswer(answers, { question_id, bucket, neighbourhood, week: w, g, n, respondents, numbers, sum, min, max });
    at(7, null, null, null);
    at(3, row.bucket, null, null);
    at(5, null, row.neighbourhood, null);
    at(1, row.bucket, row.neighbourhood, null);
    at(6, null, null, week);
    if (row.bucket !== null) at(2, row.bucket, null, week);
  }
  const responses = new Map<string, ResponseTally>();
  for (const row of responsesByDay) {
    addResponses(responses, { neighbourhood: null, week: null, g: 3, n: row.n });
    addResponses(responses, { neighbourhood: row.neighbourhood, week: null, g: 1, n: row.n });
    addResponses(responses, { neighbourhood: null, week: mondayOf(row.day), g: 2, n: row.n });
  }
  return { version: TALLY_VERSION, responses: [...responses.values()], answers: [...answers.values()] };
}
