import { EntityManager } from 'typeorm';
import { STOP_WORDS } from './stop-words';
import { MIN_CELL } from './suppression';

export interface ResponseGroupRow {
  neighbourhood: string | null;
  week: string | null;
  g: number;
  n: number;
}

export interface AnswerGroupRow {
  question_id: string;
  bucket: string | null;
  neighbourhood: string | null;
  week: string | null;
  /** GROUPING(bucket, neighbourhood, week): 7 question, 3 +bucket, 5 +neighbourhood, 1 +neighbourhood+bucket, 6 +week. */
  g: number;
  n: number;
  mean: number | null;
  min: number | null;
  max: number | null;
}

export interface AnsweredRow {
  question_id: string;
  neighbourhood: string | null;
  week: string | null;
  /** GROUPING(neighbourhood, week): 3 question, 1 +neighbourhood, 2 +week. */
  g: number;
  n: number;
}

export interface RawResults {
  responses: ResponseGroupRow[];
  answers: AnswerGroupRow[];
  /** Respondents per multiple-choice question (a response has one row per chosen option). */
  multiAnswered: AnsweredRow[];
  medians: { question_id: string; median: number }[];
  terms: { question_id: string; term: string; n: number }[];
  invitations: { sent: number; answered: number };
}

/** Monday (UTC) of the week holding `day` (YYYY-MM-DD), as YYYY-MM-DD. */
export function mondayOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  return date.toISOString().slice(0, 10);
}

interface FineRow {
  question_id: string;
  bucket: string | null;
  neighbourhood: string | null;
  week: string | null;
  n: number;
  respondents: number;
  numbers: number;
  sum: number | null;
  min: number | null;
  max: number | null;
}

/** Adds fine rows up to the coarser groups the snapshot shows (the GROUPING() codes of a GROUPING SETS query). */
function rollUp(rows: FineRow[]): { answers: AnswerGroupRow[]; multiAnswered: AnsweredRow[] } {
  const groups = new Map<string, AnswerGroupRow & { numbers: number; sum: number; respondents: number }>();
  const add = (g: number, row: FineRow, bucket: string | null, neighbourhood: string | null, week: string | null) => {
    const key = `${g}|${row.question_id}|${bucket}|${neighbourhood}|${week}`;
    let group = groups.get(key);
    if (!group) {
      group = { question_id: row.question_id, bucket, neighbourhood, week, g, n: 0, mean: null, min: null, max: null, numbers: 0, sum: 0, respondents: 0 };
      groups.set(key, group);
    }
    group.n += row.n;
    group.respondents += row.respondents;
    group.numbers += row.numbers;
    group.sum += row.sum ?? 0;
    if (row.min !== null) group.min = group.min === null ? row.min : Math.min(group.min, row.min);
    if (row.max !== null) group.max = group.max === null ? row.max : Math.max(group.max, row.max);
  };
  for (const row of rows) {
    add(7, row, null, null, null);
    add(3, row, row.bucket, null, null);
    add(5, row, null, row.neighbourhood, null);
    add(1, row, row.bucket, row.neighbourhood, null);
    add(6, row, null, null, row.week);
  }
  const answers = [...groups.values()].map((g) => ({ ...g, mean: g.numbers ? g.sum / g.numbers : null }));
  const multiAnswered: AnsweredRow[] = answers
    .filter((a) => a.g === 7 || a.g === 5 || a.g === 6)
    .map((a) => ({ question_id: a.question_id, neighbourhood: a.neighbourhood, week: a.week, g: a.g === 7 ? 3 : a.g === 5 ? 1 : 2, n: a.respondents }));
  return { answers, multiAnswered };
}

/**
 * The results of one survey in a few set-based passes; the caller runs them in one
 * snapshot. The main pass is one GROUP BY over the survey's answers at the finest grain
 * the results need (question, category, neighbourhood, week); coarser totals are sums of
 * its few thousand rows, so the millions of answers are read once.
 */
export async function queryResults(manager: EntityManager, surveyId: string, questions: { id: string; type: string }[]): Promise<RawResults> {
  const ids = (...types: string[]) => questions.filter((q) => types.includes(q.type)).map((q) => q.id);
  const responseRows: { neighbourhood: string | null; week: string; n: number }[] = await manager.query(
    `SELECT neighbourhood, submitted_on::text AS week, count(*)::int AS n FROM survey_responses WHERE survey_id = $1 GROUP BY neighbourhood, submitted_on`,
    [surveyId],
  );
  for (const row of responseRows) row.week = mondayOf(row.week);
  const responses: ResponseGroupRow[] = [];
  const sumBy = (key: (r: (typeof responseRows)[number]) => string | null, g: number, field: 'neighbourhood' | 'week' | null) => {
    const totals = new Map<string | null, number>();
    for (const r of responseRows) totals.set(key(r), (totals.get(key(r)) ?? 0) + r.n);
    for (const [value, n] of totals) responses.push({ neighbourhood: field === 'neighbourhood' ? value : null, week: field === 'week' ? value : null, g, n });
  };
  sumBy(() => null, 3, null);
  sumBy((r) => r.neighbourhood, 1, 'neighbourhood');
  sumBy((r) => r.week, 2, 'week');

  // Grouped on the stored values themselves (no casts or date maths per row); the few
  // thousand groups are then labelled and added up to weeks here.
  const discrete = ids('RATING', 'NPS', 'YES_NO');
  const named = ids('NEIGHBOURHOOD');
  const multi = ids('MULTIPLE_CHOICE');
  // The planner multiplies the columns' distinct counts and expects millions of groups, so
  // it would sort every answer (on disk at scale); there are a few thousand groups, so
  // hash them, in parallel, for this statement only.
  await manager.query(`SET LOCAL enable_sort = off; SET LOCAL enable_incremental_sort = off; SET LOCAL parallel_setup_cost = 0; SET LOCAL parallel_tuple_cost = 0`);
  const grouped: (Omit<FineRow, 'bucket' | 'week'> & { option_id: string | null; value: number | null; place: string | null; other: boolean; day: string })[] =
    await manager.query(
      `SELECT question_id, option_id,
              CASE WHEN question_id = ANY ($2::uuid[]) THEN number_value END AS value,
              CASE WHEN question_id = ANY ($3::uuid[]) THEN text_value END AS place,
              (option_id IS NULL AND question_id = ANY ($4::uuid[])) AS other,
              neighbourhood, submitted_on::text AS day,
              count(*)::int AS n, count(*) FILTER (WHERE answer_index = 0)::int AS respondents,
              count(number_value)::int AS numbers, sum(number_value) AS sum, min(number_value) AS min, max(number_value) AS max
       FROM survey_answers
       WHERE survey_id = $1
       GROUP BY question_id, option_id, 3, 4, 5, neighbourhood, submitted_on`,
      [surveyId, discrete, named, multi],
    );
  await manager.query(`SET LOCAL enable_sort = DEFAULT; SET LOCAL enable_incremental_sort = DEFAULT; SET LOCAL parallel_setup_cost = DEFAULT; SET LOCAL parallel_tuple_cost = DEFAULT`);
  const fine: FineRow[] = grouped.map((r) => ({
    ...r,
    bucket: r.option_id ?? (r.value !== null ? String(r.value) : (r.place ?? (r.other ? 'OTHER' : null))),
    week: mondayOf(r.day),
  }));
  const { answers, multiAnswered } = rollUp(fine);
  const numberIds = ids('NUMBER');
  const medians = numberIds.length
    ? await manager.query(
        `SELECT question_id, percentile_cont(0.5) WITHIN GROUP (ORDER BY number_value)::float8 AS median
         FROM survey_answers WHERE survey_id = $1 AND question_id = ANY ($2::uuid[]) GROUP BY question_id`,
        [surveyId, numberIds],
      )
    : [];
  const textIds = ids('SHORT_TEXT', 'LONG_TEXT');
  // Terms used in at least MIN_CELL different responses, 20 per question at most.
  const terms = textIds.length
    ? await manager.query(
        `SELECT question_id, term, n FROM (
           SELECT question_id, term, n, row_number() OVER (PARTITION BY question_id ORDER BY n DESC, term) AS rank
           FROM (
             SELECT a.question_id, t.term, count(DISTINCT a.response_id)::int AS n
             FROM survey_answers a
             CROSS JOIN LATERAL regexp_split_to_table(lower(a.text_value), '[^[:alnum:]]+') AS t(term)
             WHERE a.survey_id = $1 AND a.question_id = ANY ($4::uuid[]) AND length(t.term) >= 3 AND NOT (t.term = ANY ($2::text[]))
             GROUP BY a.question_id, t.term
             HAVING count(DISTINCT a.response_id) >= $3
           ) counted
         ) ranked WHERE rank <= 20 ORDER BY question_id, rank`,
        [surveyId, STOP_WORDS, MIN_CELL, textIds],
      )
    : [];
  const [invitations] = await manager.query(
    `SELECT count(*)::int AS sent, count(*) FILTER (WHERE used)::int AS answered FROM survey_invitations WHERE survey_id = $1`,
    [surveyId],
  );
  return { responses, answers, multiAnswered, medians, terms, invitations };
}
