import { MigrationInterface, QueryRunner } from 'typeorm';

export class Invitations1795400600000 implements MigrationInterface {
  name = 'Invitations1795400600000';

  async up(q: QueryRunner): Promise<void> {
    // Per-forum RSVP choices: how freed seats pass down the waitlist, and when reminders go.
    await q.query(`
      CREATE TABLE forum_rsvp_settings (
        forum_id uuid PRIMARY KEY REFERENCES forums(id) ON DELETE CASCADE,
        agency_id uuid NOT NULL REFERENCES agencies(id),
        promotion_mode text NOT NULL DEFAULT 'AUTOMATIC' CHECK (promotion_mode IN ('AUTOMATIC', 'OFFER')),
        offer_window_minutes integer NOT NULL DEFAULT 1440 CHECK (offer_window_minutes BETWEEN 5 AND 20160),
        reminder_offsets_minutes integer[] NOT NULL DEFAULT '{4320,180}'
          CHECK (cardinality(reminder_offsets_minutes) <= 5 AND 0 < ALL (reminder_offsets_minutes)),
        nudge_before_deadline_minutes integer NOT NULL DEFAULT 1440 CHECK (nudge_before_deadline_minutes > 0),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE forum_organisation_invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        forum_id uuid NOT NULL REFERENCES forums(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        seats integer NOT NULL CHECK (seats BETWEEN 1 AND 500),
        created_by uuid REFERENCES staff_users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (forum_id, organisation_id)
      )`);
    await q.query(`
      CREATE TABLE invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        forum_id uuid NOT NULL REFERENCES forums(id) ON DELETE CASCADE,
        contact_id uuid NOT NULL REFERENCES contacts(id),
        organisation_invitation_id uuid REFERENCES forum_organisation_invitations(id),
        token_hash text UNIQUE,
        -- The token sealed with LINK_SECRET, so later mails (reminders, updates) can carry the same link.
        token_sealed text,
        email_id uuid REFERENCES outbound_emails(id) DEFERRABLE INITIALLY DEFERRED,
        skipped_reason text CHECK (skipped_reason IN ('OPTED_OUT')),
        response text CHECK (response IN ('ATTENDING', 'MAYBE', 'DECLINED', 'WAITLISTED', 'OFFERED')),
        response_source text CHECK (response_source IN ('LINK', 'EMAIL', 'STAFF', 'DELEGATE', 'WAITLIST', 'OFFER_EXPIRED')),
        responded_at timestamptz,
        party_size integer NOT NULL DEFAULT 1 CHECK (party_size BETWEEN 1 AND 20),
        step_free_access boolean NOT NULL DEFAULT false,
        interpretation_language text,
        sign_language boolean NOT NULL DEFAULT false,
        childcare boolean NOT NULL DEFAULT false,
        dietary text,
        note text CHECK (length(note) <= 2000),
        waitlisted_at timestamptz,
        offer_expires_at timestamptz,
        checked_in_at timestamptz,
        created_by uuid REFERENCES staff_users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (forum_id, contact_id),
        -- A skipped invitation was never sent, so it has no link and no answer.
        CHECK ((skipped_reason IS NULL) = (token_hash IS NOT NULL)),
        CHECK ((token_hash IS NULL) = (token_sealed IS NULL)),
        CHECK (skipped_reason IS NULL OR response IS NULL),
        -- Organisation seats are counted one person per seat.
        CHECK (organisation_invitation_id IS NULL OR party_size = 1),
        -- The waitlist keeps its arrival time while an offer is open, so order survives.
        CHECK (response IS DISTINCT FROM 'WAITLISTED' OR waitlisted_at IS NOT NULL),
        CHECK (waitlisted_at IS NULL OR response IN ('WAITLISTED', 'OFFERED')),
        CHECK ((response IS NOT DISTINCT FROM 'OFFERED') = (offer_expires_at IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX invitations_forum_idx ON invitations (forum_id, created_at, id)`);
    await q.query(`CREATE INDEX invitations_contact_idx ON invitations (contact_id)`);
    await q.query(`CREATE INDEX invitations_org_idx ON invitations (organisation_invitation_id) WHERE organisation_invitation_id IS NOT NULL`);
    await q.query(`CREATE INDEX invitations_waitlist_idx ON invitations (forum_id, waitlisted_at, id) WHERE response = 'WAITLISTED'`);
    await q.query(`CREATE INDEX invitations_offers_idx ON invitations (offer_expires_at) WHERE response = 'OFFERED'`);
    // Reminders are rows (the truth); their delayed jobs are only a wake-up call.
    await q.query(`
      CREATE TABLE forum_reminders (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        forum_id uuid NOT NULL REFERENCES forums(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('REMINDER', 'NUDGE')),
        offset_minutes integer NOT NULL CHECK (offset_minutes > 0),
        due_at timestamptz NOT NULL,
        sent_at timestamptz,
        cancelled_at timestamptz,
        recipients integer,
        UNIQUE (forum_id, kind, offset_minutes)
      )`);
    await q.query(`CREATE INDEX forum_reminders_due_idx ON forum_reminders (due_at) WHERE sent_at IS NULL AND cancelled_at IS NULL`);
    // Mail that came back to an rsvp+<token> address.
    await q.query(`
      CREATE TABLE rsvp_replies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        forum_id uuid NOT NULL REFERENCES forums(id) ON DELETE CASCADE,
        invitation_id uuid NOT NULL REFERENCES invitations(id) ON DELETE CASCADE,
        from_address text NOT NULL,
        subject text NOT NULL DEFAULT '',
        body text NOT NULL DEFAULT '',
        message_id text,
        interpreted_answer text CHECK (interpreted_answer IN ('ATTENDING', 'MAYBE', 'DECLINED')),
        status text NOT NULL CHECK (status IN ('APPLIED', 'NEEDS_READING', 'RESOLVED')),
        resolved_by uuid REFERENCES staff_users(id),
        resolved_at timestamptz,
        received_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((status = 'APPLIED') = (interpreted_answer IS NOT NULL) OR status = 'RESOLVED')
      )`);
    await q.query(`CREATE INDEX rsvp_replies_reading_idx ON rsvp_replies (agency_id, received_at DESC, id DESC) WHERE status = 'NEEDS_READING'`);
    await q.query(`CREATE UNIQUE INDEX rsvp_replies_message_key ON rsvp_replies (invitation_id, message_id) WHERE message_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE rsvp_replies`);
    await q.query(`DROP TABLE forum_reminders`);
    await q.query(`DROP TABLE invitations`);
    await q.query(`DROP TABLE forum_organisation_invitations`);
    await q.query(`DROP TABLE forum_rsvp_settings`);
  }
}
