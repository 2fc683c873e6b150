import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DateTime } from 'luxon';
import { OutboxService, QueuedEmail } from '@app/mail';
import { Forum, ForumStatus } from '@app/forums';
import { ForumReminder } from '../forum-reminder.entity';
import { InvitationMailComposer } from '../email/invitation-mail.composer';
import { forumMailContext } from '../email/forum-mail-context';
import { InvitationRecipients } from '../rsvp/recipients';

/** Sends a due reminder once: the row is locked, mailed and marked sent in one transaction. */
@Injectable()
export class ReminderSender {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly composer: InvitationMailComposer,
    private readonly outbox: OutboxService,
    private readonly recipients: InvitationRecipients,
  ) {}

  /** Returns how many people were reminded (0 when not due, already sent or dropped). */
  async send(reminderId: string): Promise<number> {
    const result = await this.dataSource.transaction(async (manager) => {
      const reminder = await manager.findOne(ForumReminder, { where: { id: reminderId }, lock: { mode: 'pessimistic_write' } });
      if (!reminder || reminder.sentAt || reminder.cancelledAt || reminder.dueAt > new Date()) return null;
      const forum = await manager.findOneByOrFail(Forum, { id: reminder.forumId });
      const open = forum.status === ForumStatus.PUBLISHED && forum.startsAt > new Date();
      const nudge = reminder.kind === 'NUDGE';
      const recipients = !open
        ? []
        : await this.recipients.where(manager, forum, nudge ? 'i.response IS NULL' : `i.response IN ('ATTENDING', 'MAYBE')`);
      const context = await forumMailContext(manager, forum);
      const startsIn = DateTime.fromJSDate(forum.startsAt).toRelative({ base: DateTime.now(), locale: 'en' }) ?? 'soon';
      const emails = await this.outbox.addMany(
        manager,
        recipients.map((to) => this.composer.reminder(context, to, { nudge, startsIn })),
      );
      reminder.sentAt = new Date();
      reminder.recipients = recipients.length;
      await manager.save(reminder);
      return emails;
    });
    if (!result) return 0;
    await this.outbox.dispatch(result as QueuedEmail[]);
    return result.length;
  }

  /** Sends every due reminder whose job was lost (e.g. Redis flushed). */
  async sendDue(): Promise<number> {
    const due: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM forum_reminders WHERE sent_at IS NULL AND cancelled_at IS NULL AND due_at <= now() ORDER BY due_at LIMIT 200`,
    );
    let sent = 0;
    for (const { id } of due) sent += await this.send(id);
    return sent;
  }
}
