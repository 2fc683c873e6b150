import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A forum's title, description, agenda and accessibility notes in the agency's other enabled
 * languages, by language code (`{ "vi": { "title": "…", "agenda": [{ "title": "…" }] } }`);
 * English stays in the forum's own columns.
 */
export class ForumTranslations1795402300000 implements MigrationInterface {
  name = 'ForumTranslations1795402300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE forums ADD COLUMN translations jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(translations) = 'object')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE forums DROP COLUMN translations`);
  }
}
