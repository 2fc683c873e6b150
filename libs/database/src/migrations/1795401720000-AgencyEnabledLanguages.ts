import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The languages an agency offers residents and contacts. Existing agencies get English and
 * Spanish, the two every page and survey offered until now, so nothing they publish changes.
 */
export class AgencyEnabledLanguages1795401720000 implements MigrationInterface {
  name = 'AgencyEnabledLanguages1795401720000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE agencies ADD COLUMN enabled_languages text[] NOT NULL DEFAULT '{en,es}'`);
    await q.query(`ALTER TABLE agencies ADD CONSTRAINT agencies_enabled_languages_has_english CHECK ('en' = ANY (enabled_languages))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE agencies DROP COLUMN enabled_languages`);
  }
}
