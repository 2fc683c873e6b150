import { DataSource } from 'typeorm';

/**
 * Runs `send`, which answers survey `surveyId` now, then dates the responses it stored on
 * `day` (YYYY-MM-DD, before yesterday), as if they had been sent then.
 */
export async function answerSurveyOn(dataSource: DataSource, surveyId: string, day: string, send: () => Promise<unknown>): Promise<void> {
  await send();
  for (const table of ['survey_responses', 'survey_answers']) {
    await dataSource.query(`UPDATE ${table} SET submitted_on = $2 WHERE survey_id = $1 AND submitted_on >= (now() AT TIME ZONE 'UTC')::date - 1`, [surveyId, day]);
  }
}
