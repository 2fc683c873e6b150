import { MigrationInterface, QueryRunner } from 'typeorm';

const SHIPPED = `ARRAY['en', 'es', 'vi', 'zh-Hans', 'tl', 'ko', 'ar']::text[]`;

/**
 * Surveys, their responses and personal links may be in any language Liaison ships, not only
 * English and Spanish; a survey published with missing translations says so
 * (`fallback_to_english`), and results filtered by language read responses by it.
 */
export class SurveyLanguages1795401730000 implements MigrationInterface {
  name = 'SurveyLanguages1795401730000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE surveys DROP CONSTRAINT surveys_languages_check`);
    await q.query(`ALTER TABLE surveys ADD CONSTRAINT surveys_languages_check CHECK (cardinality(languages) > 0 AND languages <@ ${SHIPPED})`);
    await q.query(`ALTER TABLE surveys ADD COLUMN fallback_to_english boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE survey_responses DROP CONSTRAINT survey_responses_language_check`);
    await q.query(`ALTER TABLE survey_responses ADD CONSTRAINT survey_responses_language_check CHECK (language = ANY (${SHIPPED}))`);
    await q.query(`ALTER TABLE survey_invitations DROP CONSTRAINT survey_invitations_language_check`);
    await q.query(`ALTER TABLE survey_invitations ADD CONSTRAINT survey_invitations_language_check CHECK (language = ANY (${SHIPPED}))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE survey_invitations DROP CONSTRAINT survey_invitations_language_check`);
    await q.query(`ALTER TABLE survey_invitations ADD CONSTRAINT survey_invitations_language_check CHECK (language IN ('en', 'es'))`);
    await q.query(`ALTER TABLE survey_responses DROP CONSTRAINT survey_responses_language_check`);
    await q.query(`ALTER TABLE survey_responses ADD CONSTRAINT survey_responses_language_check CHECK (language IN ('en', 'es'))`);
    await q.query(`ALTER TABLE surveys DROP COLUMN fallback_to_english`);
    await q.query(`ALTER TABLE surveys DROP CONSTRAINT surveys_languages_check`);
    await q.query(`ALTER TABLE surveys ADD CONSTRAINT surveys_languages_check CHECK (cardinality(languages) > 0 AND languages <@ ARRAY['en', 'es']::text[])`);
  }
}
