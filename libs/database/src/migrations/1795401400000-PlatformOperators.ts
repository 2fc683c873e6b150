import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Platform operators (people who run a hosted Liaison for several agencies; they belong to
 * none), their sessions beside staff sessions, suspended agencies, and operator lines in
 * agencies' audit logs.
 */
export class PlatformOperators1795401400000 implements MigrationInterface {
  name = 'PlatformOperators1795401400000';

  async up(q: QueryRunner): Promise<void> {
    // A table of their own, not staff_users with no agency: no agency-scoped query can ever
    // return an operator, and no agency admin can give someone the operator's role.
    await q.query(`
      CREATE TABLE platform_operators (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(trim(name)) > 0),
        email text NOT NULL UNIQUE CHECK (email = lower(email)),
        status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'DEACTIVATED')),
        password_hash text NOT NULL,
        last_login_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Sign-in takes only an email, so an address names one account across both tables.
    // The advisory lock makes two inserts of one address (one per table) wait for each other.
    await q.query(`
      CREATE FUNCTION account_email_unique() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtext('account-email:' || NEW.email));
        IF (TG_TABLE_NAME = 'staff_users' AND EXISTS (SELECT 1 FROM platform_operators WHERE email = NEW.email))
          OR (TG_TABLE_NAME = 'platform_operators' AND EXISTS (SELECT 1 FROM staff_users WHERE email = NEW.email)) THEN
          RAISE EXCEPTION 'An account with the email % already exists', NEW.email
            USING ERRCODE = 'unique_violation', CONSTRAINT = 'account_email_unique';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER staff_users_account_email BEFORE INSERT OR UPDATE OF email ON staff_users FOR EACH ROW EXECUTE FUNCTION account_email_unique()`);
    await q.query(`CREATE TRIGGER platform_operators_account_email BEFORE INSERT OR UPDATE OF email ON platform_operators FOR EACH ROW EXECUTE FUNCTION account_email_unique()`);

    // A session is a staff member's (user and agency) or an operator's (no agency), never both.
    await q.query(`
      ALTER TABLE refresh_sessions
        ALTER COLUMN user_id DROP NOT NULL,
        ALTER COLUMN agency_id DROP NOT NULL,
        ADD COLUMN operator_id uuid REFERENCES platform_operators(id),
        ADD CONSTRAINT refresh_sessions_one_account CHECK (
          (user_id IS NOT NULL AND agency_id IS NOT NULL AND operator_id IS NULL)
          OR (user_id IS NULL AND agency_id IS NULL AND operator_id IS NOT NULL))`);
    await q.query(`CREATE INDEX refresh_sessions_operator_idx ON refresh_sessions (operator_id) WHERE operator_id IS NOT NULL`);

    await q.query(`ALTER TABLE agencies ADD COLUMN suspended_at timestamptz, ADD COLUMN suspension_reason text`);

    await q.query(`ALTER TABLE audit_log DROP CONSTRAINT audit_log_actor_type_check`);
    await q.query(`ALTER TABLE audit_log ADD CONSTRAINT audit_log_actor_type_check CHECK (actor_type IN ('STAFF', 'CONTACT', 'SYSTEM', 'OPERATOR'))`);

    // The operator's list counts each agency's undelivered mail; few rows are ever in these states.
    await q.query(`CREATE INDEX outbound_emails_undelivered_agency_idx ON outbound_emails (agency_id, status) WHERE status IN ('PENDING', 'FAILED')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX outbound_emails_undelivered_agency_idx`);
    await q.query(`ALTER TABLE audit_log DROP CONSTRAINT audit_log_actor_type_check`);
    await q.query(`ALTER TABLE audit_log ADD CONSTRAINT audit_log_actor_type_check CHECK (actor_type IN ('STAFF', 'CONTACT', 'SYSTEM')) NOT VALID`);
    await q.query(`ALTER TABLE agencies DROP COLUMN suspended_at, DROP COLUMN suspension_reason`);
    await q.query(`DELETE FROM refresh_sessions WHERE operator_id IS NOT NULL`);
    await q.query(`
      ALTER TABLE refresh_sessions
        DROP CONSTRAINT refresh_sessions_one_account,
        DROP COLUMN operator_id,
        ALTER COLUMN user_id SET NOT NULL,
        ALTER COLUMN agency_id SET NOT NULL`);
    await q.query(`DROP TRIGGER staff_users_account_email ON staff_users`);
    await q.query(`DROP TABLE platform_operators`);
    await q.query(`DROP FUNCTION account_email_unique`);
  }
}
