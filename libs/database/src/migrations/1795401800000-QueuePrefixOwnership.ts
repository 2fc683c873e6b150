import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An outbox row and a forum reminder remember the Redis key prefix (REDIS_PREFIX) of the
 * deployment that wrote them, so the sweeps of another deployment sharing the database (a
 * second stack, a test app beside another) never take them. NULL (rows written before this)
 * belongs to any sweep.
 */
export class QueuePrefixOwnership1795401800000 implements MigrationInterface {
  name = 'QueuePrefixOwnership1795401800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbound_emails ADD COLUMN queue_prefix text`);
    await q.query(`ALTER TABLE forum_reminders ADD COLUMN queue_prefix text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE forum_reminders DROP COLUMN queue_prefix`);
    await q.query(`ALTER TABLE outbound_emails DROP COLUMN queue_prefix`);
  }
}
