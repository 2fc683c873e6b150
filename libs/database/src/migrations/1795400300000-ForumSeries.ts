import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Recurring forum series. A series holds an RFC 5545 rule evaluated on local wall-clock
 * dates in its time zone, the local start time and duration, and a template of the forum
 * fields; its occurrences are ordinary forums carrying `series_id` and the local date
 * the rule gave them (`series_occurrence_key`), unique per series so materialising twice
 * creates nothing new. A moved or individually edited occurrence is `series_detached`.
 */
export class ForumSeries1795400300000 implements MigrationInterface {
  name = 'ForumSeries1795400300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE forum_series (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'ENDED')),
        recurrence_rule text NOT NULL CHECK (recurrence_rule LIKE 'FREQ=%'),
        time_zone text NOT NULL,
        start_date date NOT NULL,
        start_time text NOT NULL CHECK (start_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
        duration_minutes integer NOT NULL CHECK (duration_minutes BETWEEN 1 AND 1440),
        horizon_days integer NOT NULL DEFAULT 180 CHECK (horizon_days BETWEEN 1 AND 730),
        publish_occurrences boolean NOT NULL DEFAULT false,
        template jsonb NOT NULL CHECK (jsonb_typeof(template) = 'object' AND length(trim(template->>'title')) > 0),
        venue_id uuid REFERENCES venues(id),
        conflict_override_reason text,
        skipped_dates date[] NOT NULL DEFAULT '{}',
        materialised_through date,
        previous_series_id uuid REFERENCES forum_series(id),
        end_reason text,
        ended_at timestamptz,
        created_by uuid REFERENCES staff_users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((status = 'ENDED') = (ended_at IS NOT NULL)),
        CHECK (status <> 'ENDED' OR end_reason IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX forum_series_agency_idx ON forum_series (agency_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX forum_series_active_idx ON forum_series (status) WHERE status = 'ACTIVE'`);
    await q.query(`
      ALTER TABLE forums
        ADD COLUMN series_id uuid REFERENCES forum_series(id),
        ADD COLUMN series_occurrence_key date,
        ADD COLUMN series_detached boolean NOT NULL DEFAULT false,
        ADD CONSTRAINT forums_series_key_check CHECK ((series_id IS NULL) = (series_occurrence_key IS NULL)),
        ADD CONSTRAINT forums_series_detached_check CHECK (series_id IS NOT NULL OR NOT series_detached)`);
    await q.query(`CREATE UNIQUE INDEX forums_series_occurrence_key ON forums (series_id, series_occurrence_key) WHERE series_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX forums_series_occurrence_key`);
    await q.query(`ALTER TABLE forums DROP COLUMN series_detached, DROP COLUMN series_occurrence_key, DROP COLUMN series_id`);
    await q.query(`DROP TABLE forum_series`);
  }
}
