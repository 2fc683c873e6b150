import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An outbox row remembers the Redis key prefix (REDIS_PREFIX) of the deployment that wrote
 * it, so the outbox sweep of another deployment sharing the database (a second stack, a test
 * app beside another) never takes it. NULL (rows written before this) belongs to any sweep.
 */
export class OutboxQueuePrefix1795401800000 implements MigrationInterface {
  name = 'OutboxQueuePrefix1795401800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbound_emails ADD COLUMN queue_prefix text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbound_emails DROP COLUMN queue_prefix`);
  }
}
