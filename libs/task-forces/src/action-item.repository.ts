import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { IsoDate } from './dates';

/** Each agency's "today" (in its own time zone): an item due before it is overdue. */
export interface AgencyDay {
  agencyId: string;
  today: IsoDate;
}

/** The raw SQL on task_force_action_items (row claims and aggregates the entity API cannot say). */
@Injectable()
export class ActionItemRepository {
  /**
   * Claims up to `batch` overdue, unreminded items of open task forces in these agencies:
   * row-locked in the caller's transaction, skipping rows a concurrent run holds.
   */
  async claimOverdueUnreminded(manager: EntityManager, days: readonly AgencyDay[], batch: number): Promise<string[]> {
    if (!days.length) return [];
    const rows: { id: string }[] = await manager.query(
      `SELECT i.id FROM task_force_action_items i
         JOIN unnest($1::uuid[], $2::date[]) AS d(agency_id, today) ON d.agency_id = i.agency_id
         JOIN task_forces tf ON tf.id = i.task_force_id
        WHERE i.status <> 'DONE' AND i.overdue_reminded_at IS NULL AND tf.status <> 'CLOSED'
          AND i.due_on < d.today
        ORDER BY i.due_on, i.id
        LIMIT $3
        FOR UPDATE OF i SKIP LOCKED`,
      [days.map((d) => d.agencyId), days.map((d) => d.today), batch],
    );
    return rows.map((r) => r.id);
  }

  /** The earliest due date among the task force's items, or null without items. */
  async earliestDueOn(manager: EntityManager, taskForceId: string): Promise<IsoDate | null> {
    const [{ earliest }]: { earliest: IsoDate | null }[] = await manager.query(
      `SELECT min(due_on)::text AS earliest FROM task_force_action_items WHERE task_force_id = $1`,
      [taskForceId],
    );
    return earliest;
  }
}
