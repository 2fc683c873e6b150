import { DataSource } from 'typeorm';
import { AnswerValue } from './survey-answers';

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
export function answerIndexes(values: AnswerValue[]): number[] {
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
 * after its commit is retried one by one, and must not store anything twice.
 */
export async function writePublicResponses(dataSource: DataSource, responses: PublicResponse[]): Promise<void[]> {
  try {
    await insertResponses(dataSource, responses);
  } catch (error) {
    const constraint = (error as { constraint?: string }).constraint;
    const alreadyStored = responses.length === 1 && (constraint === 'survey_responses_pkey' || constraint === 'survey_uncounted_responses_pkey');
    if (!alreadyStored) throw error;
  }
  return responses.map(() => undefined);
}

async function insertResponses(dataSource: DataSource, responses: PublicResponse[]): Promise<void> {
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
  await dataSource.query(
    `WITH response AS (
       INSERT INTO survey_responses (id, survey_id, agency_id, submitted_on, language, neighbourhood)
       SELECT r.id, r.survey_id, r.agency_id, (now() AT TIME ZONE 'UTC')::date, r.language, r.neighbourhood
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
    ],
  );
}
