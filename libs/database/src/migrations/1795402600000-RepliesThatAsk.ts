import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A reply kept for an officer may carry an answer already recorded: its first line was a
 * clear answer, and it also asks something. An applied reply still always has its answer.
 */
export class RepliesThatAsk1795402600000 implements MigrationInterface {
  name = 'RepliesThatAsk1795402600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE rsvp_replies DROP CONSTRAINT rsvp_replies_check`);
    await q.query(`ALTER TABLE rsvp_replies ADD CONSTRAINT rsvp_replies_check CHECK (status <> 'APPLIED' OR interpreted_answer IS NOT NULL)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE rsvp_replies SET status = 'APPLIED' WHERE status = 'NEEDS_READING' AND interpreted_answer IS NOT NULL`);
    await q.query(`ALTER TABLE rsvp_replies DROP CONSTRAINT rsvp_replies_check`);
    await q.query(`ALTER TABLE rsvp_replies ADD CONSTRAINT rsvp_replies_check CHECK ((status = 'APPLIED') = (interpreted_answer IS NOT NULL) OR status = 'RESOLVED')`);
  }
}
