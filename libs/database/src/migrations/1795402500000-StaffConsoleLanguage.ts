import { MigrationInterface, QueryRunner } from 'typeorm';

/** A staff member's console language (a language code Liaison ships); null follows the browser. */
export class StaffConsoleLanguage1795402500000 implements MigrationInterface {
  name = 'StaffConsoleLanguage1795402500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE staff_users ADD COLUMN preferred_language text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE staff_users DROP COLUMN preferred_language`);
  }
}
