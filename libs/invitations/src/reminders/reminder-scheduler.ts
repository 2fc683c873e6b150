import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Forum } from '@app/forums';
import { JobsService } from '@app/queue';
import { DEFAULT_RSVP_SETTINGS, ForumRsvpSettings } from '../forum-rsvp-settings.entity';
import { ReminderKind } from '../forum-reminder.entity';

/** When a reminder is due for the forum's current times (a nudge needs an RSVP deadline). */
export function reminderDue(kind: ReminderKind, offsetMinutes: number, forum: Pick<Forum, 'startsAt' | 'rsvpDeadline'>): Date | null {
  const anchor = kind === 'NUDGE' ? forum.rsvpDeadline : forum.startsAt;
  return anchor ? new Date(anchor.getTime() - offsetMinutes * 60_000) : null;
}

export interface ReminderJob {
  id: string;
  dueAt: Date;
}

/**
 * Keeps a forum's reminder rows in step with its time: reminders `offset` minutes before
 * the start (to attending and maybe) and a nudge before the RSVP deadline (to those who
 * have not answered). Rows are the truth; jobs only wake the worker at `due_at`.
 */
@Injectable()
export class ReminderScheduler {
  private readonly logger = new Logger(ReminderScheduler.name);

  constructor(private readonly jobs: JobsService) {}

  /**
   * Creates missing rows and moves existing ones to the forum's current times; a moved
   * reminder that is due again in the future will be sent again. A reminder whose time for
   * the current start has already passed is never sent late: an unsent row is dropped (its
   * due time moved to what it would now be, for the record), and none is created (a forum
   * invited at short notice, or moved earlier, gets no "3 days before" reminder).
   */
  async ensureForForum(manager: EntityManager, forum: Forum): Promise<ReminderJob[]> {
    const settings = (await manager.findOneBy(ForumRsvpSettings, { forumId: forum.id })) ?? DEFAULT_RSVP_SETTINGS;
    const wanted = settings.reminderOffsetsMinutes.map((offset) => ({ kind: 'REMINDER' as ReminderKind, offset, dueAt: reminderDue('REMINDER', offset, forum)! }));
    const nudgeDue = reminderDue('NUDGE', settings.nudgeBeforeDeadlineMinutes, forum);
    if (nudgeDue) wanted.push({ kind: 'NUDGE', offset: settings.nudgeBeforeDeadlineMinutes, dueAt: nudgeDue });
    // Reminders no longer configured are dropped (never sent) rather than deleted, for the record.
    await manager.query(
      `UPDATE forum_reminders SET cancelled_at = now()
        WHERE forum_id = $1 AND sent_at IS NULL AND cancelled_at IS NULL
          AND NOT ((kind, offset_minutes) IN (SELECT * FROM unnest($2::text[], $3::int[])))`,
      [forum.id, wanted.map((w) => w.kind), wanted.map((w) => w.offset)],
    );
    const now = new Date();
    const passed = wanted.filter((w) => w.dueAt <= now);
    if (passed.length > 0) {
      await manager.query(
        `UPDATE forum_reminders r SET due_at = u.due_at, cancelled_at = now()
           FROM unnest($2::text[], $3::int[], $4::timestamptz[]) AS u(kind, offset_minutes, due_at)
          WHERE r.forum_id = $1 AND r.kind = u.kind AND r.offset_minutes = u.offset_minutes AND r.sent_at IS NULL AND r.cancelled_at IS NULL`,
        [forum.id, passed.map((w) => w.kind), passed.map((w) => w.offset), passed.map((w) => w.dueAt)],
      );
    }
    const future = wanted.filter((w) => w.dueAt > now);
    if (future.length === 0) return [];
    const rows: { id: string; due_at: Date }[] = await manager.query(
      `INSERT INTO forum_reminders (agency_id, forum_id, kind, offset_minutes, due_at)
       SELECT $1, $2, u.kind, u.offset_minutes, u.due_at FROM unnest($3::text[], $4::int[], $5::timestamptz[]) AS u(kind, offset_minutes, due_at)
       ON CONFLICT (forum_id, kind, offset_minutes) DO UPDATE
         SET due_at = EXCLUDED.due_at, cancelled_at = NULL,
             sent_at = CASE WHEN forum_reminders.due_at = EXCLUDED.due_at THEN forum_reminders.sent_at ELSE NULL END
       RETURNING id, due_at, sent_at`,
      [forum.agencyId, forum.id, future.map((w) => w.kind), future.map((w) => w.offset), future.map((w) => w.dueAt)],
    );
    return rows.filter((r) => !(r as { sent_at?: Date | null }).sent_at).map((r) => ({ id: r.id, dueAt: new Date(r.due_at) }));
  }

  /** Drops every unsent reminder of a forum (it was cancelled or has ended). */
  async cancelForForum(manager: EntityManager, forumId: string): Promise<void> {
    await manager.query(`UPDATE forum_reminders SET cancelled_at = now() WHERE forum_id = $1 AND sent_at IS NULL AND cancelled_at IS NULL`, [forumId]);
  }

  /** Queues wake-ups after commit; the job id carries the due time, so a moved reminder gets a new job. */
  async dispatch(reminders: ReminderJob[]): Promise<void> {
    try {
      await this.jobs.enqueueMany(
        'invitations.reminder',
        reminders.map((r) => ({
          payload: { reminderId: r.id },
          options: { jobId: `reminder-${r.id}-${r.dueAt.getTime()}`, delay: Math.max(0, r.dueAt.getTime() - Date.now()) },
        })),
      );
    } catch (error) {
      this.logger.warn(`Could not queue ${reminders.length} reminder(s); the invitations sweep will send them when due: ${error}`);
    }
  }
}
