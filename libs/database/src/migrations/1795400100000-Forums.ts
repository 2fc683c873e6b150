import { MigrationInterface, QueryRunner } from 'typeorm';

export class Forums1795400100000 implements MigrationInterface {
  name = 'Forums1795400100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await q.query(`
      CREATE TABLE venues (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        name text NOT NULL CHECK (length(trim(name)) > 0),
        address text NOT NULL,
        capacity integer CHECK (capacity IS NULL OR capacity >= 0),
        accessibility_features text[] NOT NULL DEFAULT '{}'
          CHECK (accessibility_features <@ ARRAY['STEP_FREE_ACCESS', 'HEARING_LOOP', 'ACCESSIBLE_RESTROOMS', 'PARKING', 'TRANSIT_NEARBY']::text[]),
        latitude double precision CHECK (latitude BETWEEN -90 AND 90),
        longitude double precision CHECK (longitude BETWEEN -180 AND 180),
        notes text,
        archived_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((latitude IS NULL) = (longitude IS NULL))
      )`);
    await q.query(`CREATE INDEX venues_agency_idx ON venues (agency_id, created_at DESC, id DESC)`);
    await q.query(`
      CREATE TABLE forums (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        title text NOT NULL CHECK (length(trim(title)) > 0),
        type text NOT NULL CHECK (type IN ('TOWN_HALL', 'COMMUNITY_FORUM', 'LISTENING_SESSION', 'ADVISORY_BOARD',
          'CITIZEN_ACADEMY', 'TASK_FORCE_MEETING', 'SCHOOL_PROGRAM', 'AWARENESS_EVENT')),
        description text NOT NULL DEFAULT '',
        topics text[] NOT NULL DEFAULT '{}',
        neighbourhood text,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        time_zone text NOT NULL,
        format text NOT NULL CHECK (format IN ('IN_PERSON', 'ONLINE', 'HYBRID')),
        venue_id uuid REFERENCES venues(id),
        online_url text,
        capacity_override integer CHECK (capacity_override IS NULL OR capacity_override >= 0),
        rsvp_deadline timestamptz,
        languages text[] NOT NULL DEFAULT '{en}',
        interpretation_languages text[] NOT NULL DEFAULT '{}',
        sign_language boolean NOT NULL DEFAULT false,
        accessibility_notes text,
        visibility text NOT NULL DEFAULT 'PUBLIC' CHECK (visibility IN ('PUBLIC', 'INVITE_ONLY')),
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'PUBLISHED', 'COMPLETED', 'CANCELLED')),
        cancel_reason text,
        published_at timestamptz,
        completed_at timestamptz,
        cancelled_at timestamptz,
        sequence integer NOT NULL DEFAULT 0 CHECK (sequence >= 0),
        agenda jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(agenda) = 'array'),
        conflict_override_reason text,
        created_by uuid REFERENCES staff_users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        period tstzrange GENERATED ALWAYS AS (tstzrange(starts_at, ends_at, '[)')) STORED,
        CHECK (ends_at > starts_at),
        CHECK (rsvp_deadline IS NULL OR rsvp_deadline <= ends_at),
        CHECK (format = 'ONLINE' OR venue_id IS NOT NULL),
        CHECK (format = 'IN_PERSON' OR online_url IS NOT NULL),
        CHECK (status <> 'CANCELLED' OR cancel_reason IS NOT NULL),
        -- Two live forums never share a venue at the same time, however many officers book at once;
        -- an explicit, audited override takes a forum out of this rule.
        CONSTRAINT forums_venue_overlap EXCLUDE USING gist (venue_id WITH =, period WITH &&)
          WHERE (venue_id IS NOT NULL AND status <> 'CANCELLED' AND conflict_override_reason IS NULL)
      )`);
    await q.query(`CREATE INDEX forums_agency_start_idx ON forums (agency_id, starts_at, id)`);
    await q.query(`CREATE INDEX forums_topics_idx ON forums USING gin (topics)`);
    await q.query(`CREATE INDEX forums_title_trgm_idx ON forums USING gin (title gin_trgm_ops)`);
    // Hosts carry a copy of their forum's period (kept by triggers) so the database can
    // refuse a host booked twice at the same time, as it does for venues.
    await q.query(`
      CREATE TABLE forum_hosts (
        forum_id uuid NOT NULL REFERENCES forums(id) ON DELETE CASCADE,
        staff_user_id uuid NOT NULL REFERENCES staff_users(id),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        period tstzrange NOT NULL,
        blocking boolean NOT NULL,
        PRIMARY KEY (forum_id, staff_user_id),
        CONSTRAINT forum_hosts_overlap EXCLUDE USING gist (staff_user_id WITH =, period WITH &&) WHERE (blocking)
      )`);
    await q.query(`CREATE INDEX forum_hosts_staff_idx ON forum_hosts (staff_user_id)`);
    await q.query(`
      CREATE FUNCTION forum_hosts_fill() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        SELECT f.period, f.agency_id, (f.status <> 'CANCELLED' AND f.conflict_override_reason IS NULL)
          INTO NEW.period, NEW.agency_id, NEW.blocking
          FROM forums f WHERE f.id = NEW.forum_id;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER forum_hosts_fill BEFORE INSERT OR UPDATE ON forum_hosts
      FOR EACH ROW EXECUTE FUNCTION forum_hosts_fill()`);
    await q.query(`
      CREATE FUNCTION forums_sync_hosts() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE forum_hosts SET period = NEW.period WHERE forum_id = NEW.id;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER forums_sync_hosts AFTER UPDATE OF starts_at, ends_at, status, conflict_override_reason ON forums
      FOR EACH ROW EXECUTE FUNCTION forums_sync_hosts()`);
    // Every earlier time of a rescheduled forum, so its history stays visible.
    await q.query(`
      CREATE TABLE forum_schedule_changes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        forum_id uuid NOT NULL REFERENCES forums(id) ON DELETE CASCADE,
        agency_id uuid NOT NULL REFERENCES agencies(id),
        sequence integer NOT NULL,
        previous_starts_at timestamptz NOT NULL,
        previous_ends_at timestamptz NOT NULL,
        previous_time_zone text NOT NULL,
        previous_venue_id uuid REFERENCES venues(id),
        reason text,
        changed_by uuid REFERENCES staff_users(id),
        changed_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (forum_id, sequence)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE forum_schedule_changes`);
    await q.query(`DROP TABLE forum_hosts`);
    await q.query(`DROP FUNCTION forums_sync_hosts`);
    await q.query(`DROP FUNCTION forum_hosts_fill`);
    await q.query(`DROP TABLE forums`);
    await q.query(`DROP TABLE venues`);
  }
}
