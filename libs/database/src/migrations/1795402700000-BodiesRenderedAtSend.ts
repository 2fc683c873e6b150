import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A mailing's outbox rows are written with their subject and what the sender renders their
 * bodies from; the bodies are rendered as each is sent. Rows written before keep their bodies.
 */
export class BodiesRenderedAtSend1795402700000 implements MigrationInterface {
  name = 'BodiesRenderedAtSend1795402700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbound_emails ADD COLUMN bodies_to_render jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    // Rows still waiting keep only their subject: they are not sent by the older code.
    await q.query(`UPDATE outbound_emails SET status = 'CANCELLED', last_error = 'Written for bodies rendered at send; migration reverted' WHERE bodies_to_render IS NOT NULL AND status = 'PENDING'`);
    await q.query(`ALTER TABLE outbound_emails DROP COLUMN bodies_to_render`);
  }
}
