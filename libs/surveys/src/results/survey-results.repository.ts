import { Queryable } from '../survey.repository';
import { MIN_CELL, NumberFacts } from './disclosure';
import { SurveyResultsSnapshot } from './results.types';
import { ResultsTally } from './results-tally';

/** One counted thing of a question: a text term (answers using it) or a number value (answers holding it). */
export interface CounterRow<K extends string | number> {
  question_id: string;
  key: K;
  n: number;
}

const TABLES = {
  terms: { table: 'survey_result_terms', key: 'term', keyType: 'text', count: 'responses' },
  values: { table: 'survey_result_values', key: 'value', keyType: 'float8', count: 'answers' },
} as const;

const TERMS_SHOWN = 20;
const CHUNK = 5_000;

/**
 * Adds counts to a survey's stored ones (a full pass replaces them). Every term and value
 * is kept, however rare: a rare one may become frequent, and medians need them all.
 */
async function storeCounters(manager: Queryable, kind: keyof typeof TABLES, surveyId: string, rows: CounterRow<string | number>[], replace: boolean): Promise<void> {
  const { table, key, keyType, count } = TABLES[kind];
  if (replace) await manager.query(`DELETE FROM ${table} WHERE survey_id = $1`, [surveyId]);
  for (let at = 0; at < rows.length; at += CHUNK) {
    const chunk = rows.slice(at, at + CHUNK);
    await manager.query(
      `INSERT INTO ${table} (survey_id, question_id, ${key}, ${count})
       SELECT $1, c.question_id, c.key, c.n FROM unnest($2::uuid[], $3::${keyType}[], $4::int[]) AS c(question_id, key, n)
       ON CONFLICT (survey_id, question_id, ${key}) DO UPDATE SET ${count} = ${table}.${count} + EXCLUDED.${count}`,
      [surveyId, chunk.map((r) => r.question_id), chunk.map((r) => r.key), chunk.map((r) => r.n)],
    );
  }
}

/** The most frequent terms per question, used in at least MIN_CELL answers. */
function topTerms(manager: Queryable, surveyId: string): Promise<{ question_id: string; term: string; n: number }[]> {
  return manager.query(
    `SELECT question_id, term, n FROM (
       SELECT question_id, term, responses AS n, row_number() OVER (PARTITION BY question_id ORDER BY responses DESC, term) AS rank
       FROM survey_result_terms WHERE survey_id = $1 AND responses >= $2
     ) ranked WHERE rank <= $3 ORDER BY question_id, rank`,
    [surveyId, MIN_CELL, TERMS_SHOWN],
  );
}

/** Facts of each number question from its value counts (see `NumberFacts`). */
async function numberFactsOf(manager: Queryable, surveyId: string): Promise<Map<string, NumberFacts>> {
  // The middle value(s): the mean of the values at the two middle positions (one position
  // when the count is odd) is the median, as percentile_cont(0.5).
  const rows: { question_id: string; min: number; min_answers: number; max: number; max_answers: number; median: number; middle_values: number[]; middle_answers: number[] }[] = await manager.query(
    `SELECT question_id, min(value) AS min, (array_agg(answers ORDER BY value))[1] AS min_answers,
            max(value) AS max, (array_agg(answers ORDER BY value DESC))[1] AS max_answers,
            avg(value) FILTER (WHERE middle) AS median,
            array_agg(value ORDER BY value) FILTER (WHERE middle) AS middle_values,
            array_agg(answers ORDER BY value) FILTER (WHERE middle) AS middle_answers
     FROM (
       SELECT question_id, value, answers, upto >= floor((total + 1) / 2) AND upto - answers < floor(total / 2) + 1 AS middle
       FROM (
         SELECT question_id, value, answers,
                sum(answers) OVER (PARTITION BY question_id ORDER BY value) AS upto,
                sum(answers) OVER (PARTITION BY question_id) AS total
         FROM survey_result_values WHERE survey_id = $1
       ) placed
     ) marked
     GROUP BY question_id`,
    [surveyId],
  );
  return new Map(
    rows.map((r) => [
      r.question_id,
      {
        min: r.min,
        minAnswers: r.min_answers,
        max: r.max,
        maxAnswers: r.max_answers,
        median: r.median,
        middle: r.middle_values.map((value, i) => ({ value, answers: r.middle_answers[i] })),
      },
    ]),
  );
}

/** A survey's stored tally and when it was last rebuilt from every response. */
export interface StoredTally {
  tally: ResultsTally;
  tallied_in_full_at: Date | null;
}

/** A survey's response figures without the rest of its results (see `summaries`). */
export interface ResponseSummaryRow {
  surveyId: string;
  responseCount: number;
  responseRate: number | null;
  invitationsSent: number;
  computedAt: Date;
}

/**
 * The SQL of a survey's computed results: the snapshot and tally in `survey_results`, and the
 * per-question counters of text terms (`survey_result_terms`) and number values (`survey_result_values`).
 */
export const SurveyResultsRepository = {
  storeCounters,
  topTerms,
  numberFacts: numberFactsOf,

  async storedTally(db: Queryable, surveyId: string): Promise<StoredTally | undefined> {
    const [stored] = await db.query(`SELECT tally, tallied_in_full_at FROM survey_results WHERE survey_id = $1`, [surveyId]);
    return stored;
  },

  /** Response counts and rate of several surveys (only those with results computed), for lists. */
  async summaries(db: Queryable, agencyId: string, surveyIds: readonly string[]): Promise<ResponseSummaryRow[]> {
    return db.query(
      `SELECT r.survey_id AS "surveyId", r.response_count AS "responseCount", (r.results->>'responseRate')::float AS "responseRate",
              COALESCE((r.results->>'invitationsSent')::int, 0) AS "invitationsSent", r.computed_at AS "computedAt"
         FROM survey_results r JOIN surveys s ON s.id = r.survey_id
        WHERE r.survey_id = ANY($1::uuid[]) AND s.agency_id = $2`,
      [surveyIds, agencyId],
    );
  },

  async save(db: Queryable, surveyId: string, now: Date, snapshot: SurveyResultsSnapshot, tally: ResultsTally, talliedInFullAt: Date): Promise<void> {
    await db.query(
      `INSERT INTO survey_results (survey_id, computed_at, response_count, results, tally, tallied_in_full_at) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (survey_id) DO UPDATE SET computed_at = EXCLUDED.computed_at, response_count = EXCLUDED.response_count, results = EXCLUDED.results,
         tally = EXCLUDED.tally, tallied_in_full_at = EXCLUDED.tallied_in_full_at`,
      [surveyId, now, snapshot.responseCount, snapshot, tally, talliedInFullAt],
    );
  },
};
