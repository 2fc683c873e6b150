import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock } from '@app/common';
import { APP_CONFIG, AppConfig } from '@app/config';
import { ReminderKind } from './forum-reminder.entity';

/** A reminder wanted for a forum at its current times. */
export interface WantedReminder {
  kind: ReminderKind;
  offset: number;
  dueAt: Date;
}

/** The SQL of `forum_reminders`: the rows are the truth; jobs only wake the worker up for them. */
@Injectable()
export class ForumRemindersRepository {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** Drops (never sends) the forum's unsent reminders that are no longer wanted. */
  async dropAllBut(manager: EntityManager, forumId: string, wanted: WantedReminder[]): Promise<void> {
    await manager.query(
      `UPDATE forum_reminders SET cancelled_at = $4
        WHERE forum_id = $1 AND sent_at IS NULL AND cancelled_at IS NULL
          AND NOT ((kind, offset_minutes) IN (SELECT * FROM unnest($2::text[], $3::int[])))`,
      [forumId, wanted.map((w) => w.kind), wanted.map((w) => w.offset), this.clock.now()],
    );
  }

  /** Drops unsent reminders whose time has passed, their due time moved to what it now is (for the record). */
  async dropPassed(manager: EntityManager, forumId: string, passed: WantedReminder[]): Promise<void> {
    if (passed.length === 0) return;
    await manager.query(
      `UPDATE forum_reminders r SET due_at = u.due_at, cancelled_at = $5
         FROM unnest($2::text[], $3::int[], $4::timestamptz[]) AS u(kind, offset_minutes, due_at)
        WHERE r.forum_id = $1 AND r.kind = u.kind AND r.offset_minutes = u.offset_minutes AND r.sent_at IS NULL AND r.cancelled_at IS NULL`,
      [forumId, passed.map((w) => w.kind), passed.map((w) => w.offset), passed.map((w) => w.dueAt), this.clock.now()],
    );
  }

  /**
   * Creates missing rows and moves existing ones to their new due time (a moved reminder is
   * sent again); returns the rows still to send.
   */
  async upsertDue(manager: EntityManager, forum: { id: string; agencyId: string }, future: WantedReminder[]): Promise<{ id: string; dueAt: Date }[]> {
    if (future.length === 0) return [];
    const rows: { id: string; due_at: Date; sent_at: Date | null }[] = await manager.query(
      `INSERT INTO forum_reminders (agency_id, forum_id, kind, offset_minutes, due_at, queue_prefix)
       SELECT $1, $2, u.kind, u.offset_minutes, u.due_at, $6 FROM unnest($3::text[], $4::int[], $5::timestamptz[]) AS u(kind, offset_minutes, due_at)
       ON CONFLICT (forum_id, kind, offset_minutes) DO UPDATE
         SET due_at = EXCLUDED.due_at, cancelled_at = NULL, queue_prefix = EXCLUDED.queue_prefix,
             sent_at = CASE WHEN forum_reminders.due_at = EXCLUDED.due_at THEN forum_reminders.sent_at ELSE NULL END
       RETURNING id, due_at, sent_at`,
      [forum.agencyId, forum.id, future.map((w) => w.kind), future.map((w) => w.offset), future.map((w) => w.dueAt), this.config.REDIS_PREFIX],
    );
    return rows.filter((r) => !r.sent_at).map((r) => ({ id: r.id, dueAt: new Date(r.due_at) }));
  }

  /** Drops every unsent reminder of a forum. */
  async cancelForForum(manager: EntityManager, forumId: string): Promise<void> {
    await manager.query(`UPDATE forum_reminders SET cancelled_at = $2 WHERE forum_id = $1 AND sent_at IS NULL AND cancelled_at IS NULL`, [forumId, this.clock.now()]);
  }

  /** Whether a reminder closer to the start than `offsetMinutes` has come due by `now` as well. */
  async laterReminderDue(manager: EntityManager, forumId: string, offsetMinutes: number, now: Date): Promise<boolean> {
    const rows = await manager.query(
      `SELECT 1 FROM forum_reminders WHERE forum_id = $1 AND kind = 'REMINDER' AND offset_minutes < $2 AND cancelled_at IS NULL AND due_at <= $3 LIMIT 1`,
      [forumId, offsetMinutes, now],
    );
    return rows.length > 0;
  }

  /** Unsent reminders due by `now` that this deployment scheduled (or that none claims), the oldest first. */
  async dueIds(manager: EntityManager, now: Date, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM forum_reminders WHERE sent_at IS NULL AND cancelled_at IS NULL AND due_at <= $1 AND (queue_prefix = $3 OR queue_prefix IS NULL)
        ORDER BY due_at LIMIT $2`,
      [now, limit, this.config.REDIS_PREFIX],
    );
    return rows.map((r) => r.id);
  }
}
