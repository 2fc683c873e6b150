import { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795300000000 implements MigrationInterface {
  name = 'Foundation1795300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);
    await q.query(`
      CREATE TABLE agencies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(trim(name)) > 0),
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        time_zone text NOT NULL DEFAULT 'UTC',
        branding jsonb NOT NULL DEFAULT '{}',
        mail_sender_name text,
        mail_sender_email text,
        neighbourhoods text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE staff_users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        name text NOT NULL,
        email text NOT NULL UNIQUE CHECK (email = lower(email)),
        role text NOT NULL CHECK (role IN ('ADMIN', 'LIAISON_OFFICER', 'ANALYST')),
        status text NOT NULL CHECK (status IN ('INVITED', 'ACTIVE', 'DEACTIVATED')),
        password_hash text,
        invite_token_hash text UNIQUE,
        invite_expires_at timestamptz,
        last_login_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX staff_users_agency_idx ON staff_users (agency_id, created_at DESC, id DESC)`);
    await q.query(`
      CREATE TABLE refresh_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES staff_users(id),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        token_hash text NOT NULL UNIQUE,
        previous_token_hash text,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX refresh_sessions_user_idx ON refresh_sessions (user_id)`);
    await q.query(`CREATE INDEX refresh_sessions_previous_idx ON refresh_sessions (previous_token_hash)`);
    await q.query(`
      CREATE TABLE audit_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        agency_id uuid NOT NULL REFERENCES agencies(id),
        actor_type text NOT NULL CHECK (actor_type IN ('STAFF', 'CONTACT', 'SYSTEM')),
        actor_id text,
        actor_label text NOT NULL,
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_id text,
        summary text NOT NULL,
        changes jsonb NOT NULL DEFAULT '{}',
        request_id text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX audit_log_agency_idx ON audit_log (agency_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX audit_log_entity_idx ON audit_log (agency_id, entity_type, entity_id)`);
    // The audit log is append-only: the database itself refuses edits and deletions.
    await q.query(`
      CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`);
    await q.query(`
      CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`);
    await q.query(`
      CREATE TABLE outbound_emails (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid REFERENCES agencies(id),
        kind text NOT NULL,
        to_address text NOT NULL,
        from_address text NOT NULL,
        reply_to text,
        subject text NOT NULL,
        html_body text NOT NULL,
        text_body text NOT NULL,
        headers jsonb NOT NULL DEFAULT '{}',
        attachments jsonb NOT NULL DEFAULT '[]',
        message_id text NOT NULL UNIQUE,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'CANCELLED')),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        send_after timestamptz NOT NULL DEFAULT now(),
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz
      )`);
    await q.query(`CREATE INDEX outbound_emails_pending_idx ON outbound_emails (send_after) WHERE status = 'PENDING'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE outbound_emails`);
    await q.query(`DROP TABLE audit_log`);
    await q.query(`DROP FUNCTION audit_log_append_only`);
    await q.query(`DROP TABLE refresh_sessions`);
    await q.query(`DROP TABLE staff_users`);
    await q.query(`DROP TABLE agencies`);
  }
}
