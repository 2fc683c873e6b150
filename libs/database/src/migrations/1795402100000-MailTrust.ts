import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Mail a provider trusts: each outbox row says whether it is outreach (stopped by an
 * unsubscribe) or operational; a contact whose address bounced for good is marked
 * undeliverable (when and why) until the address is edited.
 */
export class MailTrust1795402100000 implements MigrationInterface {
  name = 'MailTrust1795402100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbound_emails ADD COLUMN category text NOT NULL DEFAULT 'OPERATIONAL'`);
    // Mail written before categories: invitations, nudges and survey links and digests were outreach.
    await q.query(
      `UPDATE outbound_emails SET category = 'OUTREACH' WHERE kind IN ('forum-invitation', 'rsvp-nudge', 'survey-invitation', 'task-force.digest', 'task-force.action-item.overdue')`,
    );
    await q.query(`ALTER TABLE contacts ADD COLUMN undeliverable_at timestamptz`);
    await q.query(`ALTER TABLE contacts ADD COLUMN undeliverable_reason text`);
    await q.query(`ALTER TABLE invitations DROP CONSTRAINT invitations_skipped_reason_check`);
    await q.query(`ALTER TABLE invitations ADD CONSTRAINT invitations_skipped_reason_check CHECK (skipped_reason IN ('OPTED_OUT', 'UNDELIVERABLE'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM invitations WHERE skipped_reason = 'UNDELIVERABLE'`);
    await q.query(`ALTER TABLE invitations DROP CONSTRAINT invitations_skipped_reason_check`);
    await q.query(`ALTER TABLE invitations ADD CONSTRAINT invitations_skipped_reason_check CHECK (skipped_reason IN ('OPTED_OUT'))`);
    await q.query(`ALTER TABLE contacts DROP COLUMN undeliverable_reason`);
    await q.query(`ALTER TABLE contacts DROP COLUMN undeliverable_at`);
    await q.query(`ALTER TABLE outbound_emails DROP COLUMN category`);
  }
}
