import { Injectable } from '@nestjs/common';
import { Clock, systemActor } from '@app/common';
import { UnitOfWork } from '@app/events';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { OutboxService } from '@app/mail';
import { ForumLookupService, ForumStatus } from '@app/forums';
import type { Forum } from '@app/forums';
import { ForumReminder } from '../forum-reminder.entity';
import { InvitationMailComposer } from '../email/invitation-mail.composer';
import { ForumMailContexts } from '../email/forum-mail-context';
import { ForumRemindersRepository } from '../forum-reminders.repository';
import { InvitationRecipients } from '../rsvp/recipients';
import { reminderDue } from './reminder-scheduler';

/** Sends a due reminder once: the row is locked, mailed and marked sent in one transaction. */
@Injectable()
export class ReminderSender {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly composer: InvitationMailComposer,
    private readonly outbox: OutboxService,
    private readonly recipients: InvitationRecipients,
    private readonly contexts: ForumMailContexts,
    private readonly forums: ForumLookupService,
    private readonly rows: ForumRemindersRepository,
    private readonly clock: Clock,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  /** Returns how many people were reminded (0 when not due, already sent or dropped). */
  async send(reminderId: string): Promise<number> {
    // Whose reminder it is (the unit of work acts for that agency); the row is locked below.
    const owner = await this.dataSource.manager.findOne(ForumReminder, { select: { agencyId: true }, where: { id: reminderId } });
    if (!owner) return 0;
    return this.unitOfWork.run(systemActor(owner.agencyId, 'reminders'), async (tx) => {
      const manager = tx.manager;
      const reminder = await manager.findOne(ForumReminder, { where: { id: reminderId }, lock: { mode: 'pessimistic_write' } });
      const now = this.clock.now();
      if (!reminder || reminder.sentAt || reminder.cancelledAt || reminder.dueAt > now) return 0;
      const forum = await this.forums.find(manager, reminder.forumId);
      if (!forum) throw new Error(`Forum ${reminder.forumId} of reminder ${reminder.id} not found`);
      const open = forum.status === ForumStatus.PUBLISHED && forum.startsAt > now;
      if (open) {
        const fit = await this.fit(manager, reminder, forum, now);
        if (fit !== 'SEND') {
          // Not yet due for the forum's current times (the sweep sends it then), or its moment has passed: dropped, for the record.
          Object.assign(reminder, fit === 'LATER' ? { dueAt: reminderDue(reminder.kind, reminder.offsetMinutes, forum) } : { cancelledAt: now });
          await manager.save(reminder);
          return 0;
        }
      }
      const nudge = reminder.kind === 'NUDGE';
      const recipients = !open
        ? []
        : await this.recipients.where(manager, forum, nudge ? 'NO_ANSWER' : 'ATTENDING_OR_MAYBE', nudge ? 'rsvp-nudge' : 'forum-reminder');
      const context = await this.contexts.of(manager, forum);
      const emails = await this.outbox.addMany(
        manager,
        recipients.map((to) => this.composer.reminder(context, to, { nudge, now })),
      );
      reminder.sentAt = this.clock.now();
      reminder.recipients = recipients.length;
      await manager.save(reminder);
      this.outbox.dispatchAfterCommit(tx, emails);
      return emails.length;
    });
  }

  /**
   * Whether a reminder that came due still fits the forum as it is now: SEND when its time for
   * the current start (or RSVP deadline) is the time it came due at, a nudge's deadline is
   * still ahead and no later reminder has come due as well (after a worker outage only the
   * latest goes out); LATER when the forum moved later; otherwise DROP (it moved earlier past
   * this reminder's time, or the moment is gone): never "3 days before" two days before.
   */
  private async fit(manager: EntityManager, reminder: ForumReminder, forum: Forum, now: Date): Promise<'SEND' | 'LATER' | 'DROP'> {
    const due = reminderDue(reminder.kind, reminder.offsetMinutes, forum);
    if (due && due > now) return 'LATER';
    if (!due || due.getTime() !== reminder.dueAt.getTime()) return 'DROP';
    if (reminder.kind === 'NUDGE') return forum.rsvpDeadline! > now ? 'SEND' : 'DROP';
    return (await this.rows.laterReminderDue(manager, forum.id, reminder.offsetMinutes, now)) ? 'DROP' : 'SEND';
  }

  /** Sends every due reminder whose job was lost (e.g. Redis flushed). */
  async sendDue(): Promise<number> {
    const due = await this.rows.dueIds(this.dataSource.manager, this.clock.now(), 200);
    let sent = 0;
    for (const id of due) sent += await this.send(id);
    return sent;
  }
}
