import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * CSV imports of partner organisations: the uploaded file is a row first (Postgres is the
 * source of truth) and a job second; the worker writes status, progress and results here.
 */
export class OrganisationImports1795400400000 implements MigrationInterface {
  name = 'OrganisationImports1795400400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE organisation_imports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        created_by uuid NOT NULL REFERENCES staff_users(id),
        dry_run boolean NOT NULL,
        status text NOT NULL DEFAULT 'QUEUED' CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'REJECTED', 'FAILED')),
        progress integer NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
        -- The uploaded bytes, kept until the run finishes (then cleared: contact data is not hoarded).
        content bytea,
        byte_size integer NOT NULL CHECK (byte_size >= 0),
        total_rows integer,
        organisations_created integer NOT NULL DEFAULT 0,
        organisations_updated integer NOT NULL DEFAULT 0,
        organisations_unchanged integer NOT NULL DEFAULT 0,
        contacts_created integer NOT NULL DEFAULT 0,
        contacts_updated integer NOT NULL DEFAULT 0,
        contacts_unchanged integer NOT NULL DEFAULT 0,
        -- Row-level problems ({ row, column, message }), capped; error_count is the full number.
        errors jsonb NOT NULL DEFAULT '[]',
        error_count integer NOT NULL DEFAULT 0,
        failure text,
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz,
        CHECK ((status IN ('DONE', 'REJECTED', 'FAILED')) = (finished_at IS NOT NULL)),
        CHECK (status <> 'REJECTED' OR error_count > 0)
      )`);
    await q.query(`CREATE INDEX organisation_imports_agency_idx ON organisation_imports (agency_id, created_at DESC, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE organisation_imports`);
  }
}
