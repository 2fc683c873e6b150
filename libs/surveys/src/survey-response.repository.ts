import { AnswerValue } from './survey-answers';
import { Queryable } from './survey.repository';

/** A checked response, ready to store. */
export interface CheckedResponse {
  surveyId: string;
  agencyId: string;
  language: string;
  neighbourhood: string | null;
  values: AnswerValue[];
}

/** A public-link response with the random key it is stored under, kept when its write is retried. */
export interface PublicResponse extends CheckedResponse {
  id: string;
}

/** Per answer row: 0 for a question's first value, 1, 2, ... for further options of a multiple-choice answer. */
function answerIndexes(values: AnswerValue[]): number[] {
  const seen = new Map<string, number>();
  return values.map((v) => {
    const index = seen.get(v.questionId) ?? 0;
    seen.set(v.questionId, index + 1);
    return index;
  });
}

/**
 * Stores many public responses, their answers, their places on the list of responses the
 * results have not counted yet and their surveys' dirty marks in one statement (one commit). Keys are random (no order, no time); the day is all that is kept.
 * A response whose key is already stored counts as written: a batch whose reply was lost
 * after its commit is retried one by one, and must not store anything twice. `at` is the
 * clock's time of the write; only its UTC day is stored.
 */
async function writePublicResponses(db: Queryable, responses: PublicResponse[], at: Date): Promise<void[]> {
  try {
    await insertResponses(db, responses, at);
  } catch (error) {
    const constraint = (error as { constraint?: string }).constraint;
    const alreadyStored = responses.length === 1 && (constraint === 'survey_responses_pkey' || constraint === 'survey_uncounted_responses_pkey');
    if (!alreadyStored) throw error;
  }
  return responses.map(() => undefined);
}

async function insertResponses(db: Queryable, responses: PublicResponse[], at: Date): Promise<void> {
  const ids = responses.map((r) => r.id);
  // Answer rows as column arrays, built in one pass (this runs for every post).
  const a = { responseId: [] as string[], questionId: [] as string[], optionId: [] as (string | null)[], index: [] as number[], number: [] as (number | null)[], text: [] as (string | null)[] };
  responses.forEach((r, i) => {
    const indexes = answerIndexes(r.values);
    r.values.forEach((v, j) => {
      a.responseId.push(ids[i]);
      a.questionId.push(v.questionId);
      a.optionId.push(v.optionId);
      a.index.push(indexes[j]);
      a.number.push(v.numberValue);
      a.text.push(v.textValue);
    });
  });
  await db.query(
    `WITH response AS (
       INSERT INTO survey_responses (id, survey_id, agency_id, submitted_on, language, neighbourhood)
       SELECT r.id, r.survey_id, r.agency_id, ($12::timestamptz AT TIME ZONE 'UTC')::date, r.language, r.neighbourhood
       FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[]) AS r(id, survey_id, agency_id, language, neighbourhood)
       RETURNING id, survey_id, submitted_on, neighbourhood
     ), answers AS (
       INSERT INTO survey_answers (response_id, survey_id, question_id, option_id, answer_index, number_value, text_value, neighbourhood, submitted_on)
       SELECT response.id, response.survey_id, a.question_id, a.option_id, a.answer_index, a.number_value, a.text_value, response.neighbourhood, response.submitted_on
       FROM unnest($6::uuid[], $7::uuid[], $8::uuid[], $9::smallint[], $10::float8[], $11::text[])
         AS a(response_id, question_id, option_id, answer_index, number_value, text_value)
       JOIN response ON response.id = a.response_id
     ), uncounted AS (
       INSERT INTO survey_uncounted_responses (response_id, survey_id) SELECT id, survey_id FROM response
     )
     UPDATE surveys SET results_dirty = true WHERE id IN (SELECT survey_id FROM response) AND NOT results_dirty`,
    [
      ids,
      responses.map((r) => r.surveyId),
      responses.map((r) => r.agencyId),
      responses.map((r) => r.language),
      responses.map((r) => r.neighbourhood),
      a.responseId,
      a.questionId,
      a.optionId,
      a.index,
      a.number,
      a.text,
      at,
    ],
  );
}

/**
 * One statement, so one atomic step and one round trip: claim the personal link, write the
 * response and its answers, list it for the results to count, record the respondent (named
 * surveys only) and mark the results stale. Concurrent posts of one link queue on the
 * invitation row; only the first finds it unused, the others insert nothing (false). Of
 * `at`, as for public responses, only the UTC day is stored.
 */
async function writePersonal(db: Queryable, response: CheckedResponse, invitationId: string, anonymous: boolean, at: Date): Promise<boolean> {
  const values = response.values;
  const [row] = await db.query(
    `WITH claim AS (
       UPDATE survey_invitations SET used = true, use_settled = NOT $9::boolean
       WHERE id = $10 AND NOT used RETURNING id, contact_id
     ), response AS (
       INSERT INTO survey_responses (survey_id, agency_id, submitted_on, language, neighbourhood)
       SELECT $1, $2, ($12::timestamptz AT TIME ZONE 'UTC')::date, $3, $4
       FROM claim
       RETURNING id, submitted_on
     ), answers AS (
       INSERT INTO survey_answers (response_id, survey_id, question_id, option_id, answer_index, number_value, text_value, neighbourhood, submitted_on)
       SELECT response.id, $1, a.question_id, a.option_id, a.answer_index, a.number_value, a.text_value, $4, response.submitted_on
       FROM response, unnest($5::uuid[], $6::uuid[], $11::smallint[], $7::float8[], $8::text[]) AS a(question_id, option_id, answer_index, number_value, text_value)
     ), uncounted AS (
       INSERT INTO survey_uncounted_responses (response_id, survey_id) SELECT response.id, $1 FROM response
     ), respondent AS (
       INSERT INTO survey_respondents (response_id, survey_id, invitation_id, contact_id)
       SELECT response.id, $1, claim.id, claim.contact_id FROM response, claim WHERE NOT $9::boolean
     ), dirty AS (
       UPDATE surveys SET results_dirty = true WHERE id = $1 AND NOT results_dirty AND EXISTS (SELECT 1 FROM response)
     )
     SELECT (SELECT count(*) FROM response)::int AS written`,
    [
      response.surveyId,
      response.agencyId,
      response.language,
      response.neighbourhood,
      values.map((v) => v.questionId),
      values.map((v) => v.optionId),
      values.map((v) => v.numberValue),
      values.map((v) => v.textValue),
      anonymous,
      invitationId,
      answerIndexes(values),
      at,
    ],
  );
  return row.written > 0;
}

/** A response with its answers, as the responses export lays it out. */
export interface ExportedResponse {
  id: string;
  day: string;
  week: string;
  language: string;
  neighbourhood: string | null;
  answers: { question_id: string; option_id: string | null; number_value: number | null; text_value: string | null }[];
}

/**
 * The SQL of a survey's responses: `survey_responses` with their `survey_answers`, their
 * place on `survey_uncounted_responses` and (named surveys) `survey_respondents`. The
 * results' set-based reads of answers are in results/survey-answers.repository.ts.
 */
export const SurveyResponseRepository = {
  writePublic: writePublicResponses,
  writePersonal,

  async exists(db: Queryable, surveyId: string): Promise<boolean> {
    const [{ has }] = await db.query(`SELECT EXISTS (SELECT 1 FROM survey_responses WHERE survey_id = $1) AS has`, [surveyId]);
    return Boolean(has);
  },

  /** Whether any answer points at this question or option. */
  async answered(db: Queryable, column: 'question_id' | 'option_id', id: string): Promise<boolean> {
    const [row] = await db.query(`SELECT EXISTS (SELECT 1 FROM survey_answers WHERE ${column} = $1) AS has`, [id]);
    return Boolean(row.has);
  },

  /**
   * Text answers to one question (leaving out neighbourhood questions), newest first; `byWeek`
   * tells the week (its Monday) instead of the day.
   */
  textAnswers(db: Queryable, surveyId: string, questionId: string, byWeek: boolean, limit: number, offset: number): Promise<{ text: string; submittedOn: string }[]> {
    const when = byWeek ? `date_trunc('week', a.submitted_on)::date` : `a.submitted_on`;
    return db.query(
      `SELECT a.text_value AS text, ${when}::text AS "submittedOn"
       FROM survey_answers a JOIN survey_questions q ON q.id = a.question_id AND q.type <> 'NEIGHBOURHOOD'
       WHERE a.survey_id = $1 AND a.question_id = $2 AND a.text_value IS NOT NULL
       ORDER BY ${when} DESC, a.text_value LIMIT $3 OFFSET $4`,
      [surveyId, questionId, limit, offset],
    );
  },

  /** Every response with its answers, by day then key. */
  exported(db: Queryable, surveyId: string): Promise<ExportedResponse[]> {
    return db.query(
      `SELECT r.id, r.submitted_on::text AS day, to_char(r.submitted_on, 'IYYY-"W"IW') AS week, r.language, r.neighbourhood,
              coalesce(json_agg(json_build_object('question_id', a.question_id, 'option_id', a.option_id, 'number_value', a.number_value, 'text_value', a.text_value))
                FILTER (WHERE a.question_id IS NOT NULL), '[]') AS answers
       FROM survey_responses r LEFT JOIN survey_answers a ON a.response_id = r.id
       WHERE r.survey_id = $1 GROUP BY r.id ORDER BY r.submitted_on, r.id`,
      [surveyId],
    );
  },

  /**
   * The demo survey's 180 responses: deterministic answers spread over the eight weeks before
   * `today` (the clock's time; its date as the session reads it) and the agency's
   * neighbourhoods (`questionIds` by the demo's question keys).
   */
  async insertDemoResponses(
    db: Queryable,
    demo: { surveyId: string; agencyId: string; neighbourhoods: string[]; questionIds: Record<string, string>; today: Date },
  ): Promise<void> {
    const { surveyId: id, questionIds } = demo;
    const q = (key: string) => questionIds[key];
    await db.query(
      `INSERT INTO survey_responses (survey_id, agency_id, submitted_on, language, neighbourhood)
       SELECT $1, $2, $4::timestamptz::date - (g * 37 % 56), CASE WHEN g % 4 = 0 THEN 'es' ELSE 'en' END, ($3::text[])[1 + (g * 7 % cardinality($3::text[]))]
       FROM generate_series(1, 180) AS g`,
      [id, demo.agencyId, demo.neighbourhoods, demo.today],
    );
    const insert = (select: string, params: unknown[], where = 'true') =>
      db.query(
        `INSERT INTO survey_answers (response_id, survey_id, question_id, option_id, answer_index, number_value, text_value, neighbourhood, submitted_on)
         SELECT r.id, r.survey_id, ${select}, r.neighbourhood, r.submitted_on
         FROM (SELECT *, row_number() OVER (ORDER BY id) AS g FROM survey_responses WHERE survey_id = $1) r WHERE ${where}`,
        [id, ...params],
      );
    await insert(`$2::uuid, NULL::uuid, 0, NULL::float8, r.neighbourhood`, [q('area')]);
    await insert(`$2::uuid, NULL::uuid, 0, 1 + (r.g * 3 + length(r.neighbourhood)) % 5, NULL`, [q('safe')]);
    await insert(`$2::uuid, NULL::uuid, 0, (r.g * 7) % 11, NULL`, [q('recommend')], 'r.g % 6 <> 0');
    await insert(`$2::uuid, NULL::uuid, 0, (r.g % 3 = 0)::int, NULL`, [q('contacted')]);
    await insert(`$2::uuid, NULL::uuid, 0, 2 + r.g % 4, NULL`, [q('treated')], 'r.g % 3 = 0');
    await db.query(
      `INSERT INTO survey_answers (response_id, survey_id, question_id, option_id, answer_index, neighbourhood, submitted_on)
       SELECT r.id, r.survey_id, o.question_id, o.id, 0, r.neighbourhood, r.submitted_on
       FROM (SELECT *, row_number() OVER (ORDER BY id) AS g FROM survey_responses WHERE survey_id = $1) r
       JOIN survey_options o ON o.question_id = $2 AND o.position = 1 + r.g % 4`,
      [id, q('topics')],
    );
    await insert(
      `$2::uuid, NULL::uuid, 0, NULL::float8, (ARRAY['More patrols near the park in the evening', 'The street lights on our block have been out for weeks', 'Speeding near the school is the biggest problem', 'Officers at the last forum listened, thank you', 'Más patrullas cerca del parque, por favor'])[1 + r.g % 5]`,
      [q('comments')],
      'r.g % 4 = 1',
    );
  },
};
