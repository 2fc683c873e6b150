import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A cancelled forum keeps what invitees and the public calendar are told apart from the reason
 * staff see: a date a series change dropped records an English explanation for staff, and the
 * public, reading in their own language, are told only the officer's words.
 */
export class PublicCancelReasons1795402800000 implements MigrationInterface {
  name = 'PublicCancelReasons1795402800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE forums ADD COLUMN public_cancel_reason text`);
    // Earlier series changes wrote "The series changed from <date>; <date> is no longer one of its dates[ (<the officer's reason>)]".
    await q.query(`
      UPDATE forums SET public_cancel_reason = CASE
          WHEN cancel_reason NOT LIKE 'The series changed from %' THEN cancel_reason
          ELSE nullif(substring(cancel_reason FROM 'is no longer one of its dates \\((.*)\\)$'), '')
        END
       WHERE cancel_reason IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE forums DROP COLUMN public_cancel_reason`);
  }
}
