import { MigrationInterface, QueryRunner } from 'typeorm';

export class Partners1795400000000 implements MigrationInterface {
  name = 'Partners1795400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`
      CREATE TABLE organisations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        name text NOT NULL CHECK (length(trim(name)) > 0),
        type text NOT NULL CHECK (type IN ('NGO', 'SCHOOL', 'UNIVERSITY', 'MENTAL_HEALTH_AGENCY', 'FAITH_GROUP',
          'BUSINESS_ASSOCIATION', 'NEIGHBOURHOOD_ASSOCIATION', 'GOVERNMENT_AGENCY', 'VICTIM_SERVICES', 'OTHER')),
        focus_areas text[] NOT NULL DEFAULT '{}',
        neighbourhoods text[] NOT NULL DEFAULT '{}',
        website text,
        phone text,
        notes text,
        status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'ARCHIVED')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The natural key CSV imports match on: one organisation per name per agency.
    await q.query(`CREATE UNIQUE INDEX organisations_agency_name_key ON organisations (agency_id, lower(name))`);
    await q.query(`CREATE INDEX organisations_agency_idx ON organisations (agency_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX organisations_name_trgm_idx ON organisations USING gin (name gin_trgm_ops)`);
    await q.query(`CREATE INDEX organisations_focus_idx ON organisations USING gin (focus_areas)`);
    await q.query(`CREATE INDEX organisations_neighbourhoods_idx ON organisations USING gin (neighbourhoods)`);
    await q.query(`
      CREATE TABLE contacts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        organisation_id uuid REFERENCES organisations(id),
        name text NOT NULL CHECK (length(trim(name)) > 0),
        email text NOT NULL CHECK (email = lower(trim(email)) AND email LIKE '%_@_%'),
        phone text,
        role_title text,
        preferred_language text NOT NULL DEFAULT 'en',
        opted_out_at timestamptz,
        opt_out_source text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (agency_id, email)
      )`);
    await q.query(`CREATE INDEX contacts_organisation_idx ON contacts (organisation_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE contacts`);
    await q.query(`DROP TABLE organisations`);
  }
}
