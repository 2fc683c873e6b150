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

/**
 * The results of one survey as a handful of set-based GROUP BY passes over
 * `survey_responses` and `survey_answers`; the caller runs them in one snapshot.
 */
export async function queryResults(manager: EntityManager, surveyId: string): Promise<RawResults> {
  const responses = await manager.query(
    `SELECT neighbourhood, date_trunc('week', submitted_on)::date::text AS week, GROUPING(neighbourhood, date_trunc('week', submitted_on)) AS g, count(*)::int AS n
     FROM survey_responses WHERE survey_id = $1
     GROUP BY GROUPING SETS ((), (neighbourhood), (date_trunc('week', submitted_on)))`,
    [surveyId],
  );
  const answers = await manager.query(
    `SELECT question_id, bucket, neighbourhood, week::text AS week, GROUPING(bucket, neighbourhood, week) AS g, count(*)::int AS n,
            avg(number_value)::float8 AS mean, min(number_value) AS min, max(number_value) AS max
     FROM (
       SELECT a.question_id, a.neighbourhood, date_trunc('week', a.submitted_on)::date AS week, a.number_value,
              CASE WHEN a.option_id IS NOT NULL THEN a.option_id::text
                   WHEN q.type IN ('RATING', 'NPS', 'YES_NO') THEN a.number_value::int::text
                   WHEN q.type = 'NEIGHBOURHOOD' THEN a.text_value
                   WHEN q.type = 'MULTIPLE_CHOICE' THEN 'OTHER'
              END AS bucket
       FROM survey_answers a JOIN survey_questions q ON q.id = a.question_id
       WHERE a.survey_id = $1
     ) x
     GROUP BY GROUPING SETS ((question_id), (question_id, bucket), (question_id, neighbourhood), (question_id, neighbourhood, bucket), (question_id, week))`,
    [surveyId],
  );
  const multiAnswered = await manager.query(
    `SELECT question_id, neighbourhood, week::text AS week, GROUPING(neighbourhood, week) AS g, count(*)::int AS n
     FROM (
       SELECT DISTINCT a.response_id, a.question_id, a.neighbourhood, date_trunc('week', a.submitted_on)::date AS week
       FROM survey_answers a JOIN survey_questions q ON q.id = a.question_id AND q.type = 'MULTIPLE_CHOICE'
       WHERE a.survey_id = $1
     ) x
     GROUP BY GROUPING SETS ((question_id), (question_id, neighbourhood), (question_id, week))`,
    [surveyId],
  );
  const medians = await manager.query(
    `SELECT a.question_id, percentile_cont(0.5) WITHIN GROUP (ORDER BY a.number_value)::float8 AS median
     FROM survey_answers a JOIN survey_questions q ON q.id = a.question_id AND q.type = 'NUMBER'
     WHERE a.survey_id = $1 GROUP BY a.question_id`,
    [surveyId],
  );
  // Terms used in at least MIN_CELL different responses, 20 per question at most.
  const terms = await manager.query(
    `SELECT question_id, term, n FROM (
       SELECT question_id, term, n, row_number() OVER (PARTITION BY question_id ORDER BY n DESC, term) AS rank
       FROM (
         SELECT a.question_id, t.term, count(DISTINCT a.response_id)::int AS n
         FROM survey_answers a
         JOIN survey_questions q ON q.id = a.question_id AND q.type IN ('SHORT_TEXT', 'LONG_TEXT')
         CROSS JOIN LATERAL regexp_split_to_table(lower(a.text_value), '[^[:alnum:]]+') AS t(term)
         WHERE a.survey_id = $1 AND length(t.term) >= 3 AND NOT (t.term = ANY ($2::text[]))
         GROUP BY a.question_id, t.term
         HAVING count(DISTINCT a.response_id) >= $3
       ) counted
     ) ranked WHERE rank <= 20 ORDER BY question_id, rank`,
    [surveyId, STOP_WORDS, MIN_CELL],
  );
  const [invitations] = await manager.query(
    `SELECT count(*)::int AS sent, count(*) FILTER (WHERE used)::int AS answered FROM survey_invitations WHERE survey_id = $1`,
    [surveyId],
  );
  return { responses, answers, multiAnswered, medians, terms, invitations };
}
