import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Incremental survey results: responses wait in a list until the results count them, the
 * stored results keep their additive tallies, and text terms and number values are
 * counted per survey.
 */
export class SurveyResultTallies1795400900000 implements MigrationInterface {
  name = 'SurveyResultTallies1795400900000';

  async up(q: QueryRunner): Promise<void> {
    // Responses the results have not counted yet: written with the response, deleted by the
    // pass that counts it, so each pass reads only what is new to it.
    await q.query(`
      CREATE TABLE survey_uncounted_responses (
        response_id uuid PRIMARY KEY,
        survey_id uuid NOT NULL REFERENCES surveys(id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX survey_uncounted_responses_survey_idx ON survey_uncounted_responses (survey_id)`);
    // The results pass groups answers by these columns. Without statistics on them together
    // PostgreSQL multiplies their distinct counts, expects millions of groups and gives up
    // aggregating in its parallel workers; there are a few thousand per survey.
    await q.query(`CREATE STATISTICS survey_answers_result_groups (ndistinct) ON question_id, option_id, number_value, neighbourhood, submitted_on FROM survey_answers`);
    await q.query(`ALTER TABLE survey_results ADD COLUMN tally jsonb, ADD COLUMN tallied_in_full_at timestamptz`);
    await q.query(`
      CREATE TABLE survey_result_terms (
        survey_id uuid NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
        question_id uuid NOT NULL REFERENCES survey_questions(id) ON DELETE CASCADE,
        term text NOT NULL,
        responses integer NOT NULL CHECK (responses > 0),
        PRIMARY KEY (survey_id, question_id, term)
      )`);

    // How many answers of a number question hold each value: medians without sorting every answer.
    await q.query(`
      CREATE TABLE survey_result_values (
        survey_id uuid NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
        question_id uuid NOT NULL REFERENCES survey_questions(id) ON DELETE CASCADE,
        value double precision NOT NULL,
        answers integer NOT NULL CHECK (answers > 0),
        PRIMARY KEY (survey_id, question_id, value)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE survey_result_values`);
    await q.query(`DROP TABLE survey_result_terms`);
    await q.query(`ALTER TABLE survey_results DROP COLUMN tally, DROP COLUMN tallied_in_full_at`);
    await q.query(`DROP STATISTICS survey_answers_result_groups`);
    await q.query(`DROP TABLE survey_uncounted_responses`);
  }
}
