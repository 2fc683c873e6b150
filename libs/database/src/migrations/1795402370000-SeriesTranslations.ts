import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A series' template carries its forums' translations (`template.translations`, by language code,
 * as `forums.translations` holds them), so every occurrence it creates has them. Series made
 * before this start with none.
 */
export class SeriesTranslations1795402370000 implements MigrationInterface {
  name = 'SeriesTranslations1795402370000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE forum_series SET template = template || '{"translations": {}}'::jsonb WHERE NOT template ? 'translations'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE forum_series SET template = template - 'translations'`);
  }
}
