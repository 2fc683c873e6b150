import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Survey results now go through disclosure control (libs/surveys/src/results/disclosure.ts).
 * Results stored before could let hidden counts be worked out from the figures shown with
 * them: they are dropped (with their tallies) and their surveys marked for the worker,
 * which computes them again from every response. Until then a survey shows no results.
 */
export class SurveyResultsDisclosure1795401300000 implements MigrationInterface {
  name = 'SurveyResultsDisclosure1795401300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE surveys SET results_dirty = true WHERE id IN (SELECT survey_id FROM survey_results)`);
    await q.query(`DELETE FROM survey_results`);
  }

  async down(): Promise<void> {
    // Nothing to restore: the results are computed again either way.
  }
}
