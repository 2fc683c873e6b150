import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '@app/common';
import { EntityManager } from 'typeorm';
import type { Forum } from '@app/forums';
import { JobsService } from '@app/queue';
import { DEFAULT_RSVP_SETTINGS, ForumRsvpSettings } from '../forum-rsvp-settings.entity';
import { ReminderKind } from '../forum-reminder.entity';
import { ForumRemindersRepository, WantedReminder } from '../forum-reminders.repository';

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

  constructor(
    private readonly jobs: JobsService,
    private readonly rows: ForumRemindersRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * Creates missing rows and moves existing ones to the forum's current times; a moved
   * reminder that is due again in the future will be sent again. A reminder whose time for
   * the current start has already passed is never sent late: an unsent row is dropped (its
   * due time moved to what it would now be, for the record), and none is created (a forum
   * invited at short notice, or moved earlier, gets no "3 days before" reminder).
   */
  async ensureForForum(manager: EntityManager, forum: Forum): Promise<ReminderJob[]> {
    const settings = (await manager.findOneBy(ForumRsvpSettings, { forumId: forum.id })) ?? DEFAULT_RSVP_SETTINGS;
    const wanted: WantedReminder[] = settings.reminderOffsetsMinutes.map((offset) => ({ kind: 'REMINDER', offset, dueAt: reminderDue('REMINDER', offset, forum)! }));
    const nudgeDue = reminderDue('NUDGE', settings.nudgeBeforeDeadlineMinutes, forum);
    if (nudgeDue) wanted.push({ kind: 'NUDGE', offset: settings.nudgeBeforeDeadlineMinutes, dueAt: nudgeDue });
    // Reminders no longer configured are dropped (never sent) rather than deleted, for the record.
    await this.rows.dropAllBut(manager, forum.id, wanted);
    const now = this.clock.now();
    await this.rows.dropPassed(manager, forum.id, wanted.filter((w) => w.dueAt <= now));
    return this.rows.upsertDue(manager, forum, wanted.filter((w) => w.dueAt > now));
  }

  /** Drops every unsent reminder of a forum (it was cancelled or has ended). */
  async cancelForForum(manager: EntityManager, forumId: string): Promise<void> {
    await this.rows.cancelForForum(manager, forumId);
  }

  /** Queues wake-ups after commit; the job id carries the due time, so a moved reminder gets a new job. */
  async dispatch(reminders: ReminderJob[]): Promise<void> {
    try {
      await this.jobs.enqueueMany(
        'invitations.reminder',
        reminders.map((r) => ({
          payload: { reminderId: r.id },
          options: { jobId: `reminder-${r.id}-${r.dueAt.getTime()}`, delay: Math.max(0, r.dueAt.getTime() - this.clock.now().getTime()) },
        })),
      );
    } catch (error) {
      this.logger.warn(`Could not queue ${reminders.length} reminder(s); the invitations sweep will send them when due: ${error}`);
    }
  }
}
