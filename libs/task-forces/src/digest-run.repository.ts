import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { IsoDate } from './dates';

/** The raw SQL on task_force_digest_runs: one row per agency-week marks that week's digest as sent. */
@Injectable()
export class DigestRunRepository {
  /** Claims the agency's week in the caller's transaction; false when another run already has it. */
  async claim(manager: EntityManager, agencyId: string, weekStart: IsoDate): Promise<boolean> {
    const claimed: unknown[] = await manager.query(
      `INSERT INTO task_force_digest_runs (agency_id, week_start) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING agency_id`,
      [agencyId, weekStart],
    );
    return claimed.length > 0;
  }

  async recordEmailCount(manager: EntityManager, agencyId: string, weekStart: IsoDate, count: number): Promise<void> {
    await manager.query(`UPDATE task_force_digest_runs SET email_count = $3 WHERE agency_id = $1 AND week_start = $2`, [agencyId, weekStart, count]);
  }
}
