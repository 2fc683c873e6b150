import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Why a series' occurrence date was skipped (a venue or host taken, an archived venue), kept
 * beside the date so staff can read it on the series. Dates skipped earlier get the reason
 * their audit entry recorded.
 */
export class SeriesSkipReasons1795401500000 implements MigrationInterface {
  name = 'SeriesSkipReasons1795401500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE forum_series ADD COLUMN skip_reasons jsonb NOT NULL DEFAULT '{}'::jsonb`);
    await q.query(`
      UPDATE forum_series s SET skip_reasons = r.reasons
        FROM (
          SELECT a.entity_id AS series_id,
                 jsonb_object_agg(item->>'date', jsonb_build_object('code', 'UNKNOWN', 'message', item->>'reason', 'conflictingForumId', NULL, 'conflictingForumTitle', NULL)) AS reasons
            FROM audit_log a, jsonb_array_elements(a.changes->'skipped') AS item
           WHERE a.action = 'forumSeries.skipOccurrences' AND jsonb_typeof(a.changes->'skipped') = 'array'
           GROUP BY a.entity_id
        ) r
       WHERE r.series_id = s.id::text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE forum_series DROP COLUMN skip_reasons`);
  }
}
