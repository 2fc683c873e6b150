import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OutboxService } from '@app/mail';
import { OnForumChange } from '@app/forums';
import type { Forum, ForumChange, ForumChangeContext, QueuedWork } from '@app/forums';
import { InvitationMailComposer } from '../email/invitation-mail.composer';
import { ForumMailContexts } from '../email/forum-mail-context';
import { InvitationsRepository } from '../invitations.repository';
import { ReminderScheduler } from '../reminders/reminder-scheduler';
import { InvitationRecipients } from '../rsvp/recipients';
import { SeatAllocator } from '../rsvp/seat-allocator';
import { SeatChangeMailer } from '../rsvp/seat-change-mailer';

/**
 * Keeps invitations in step with their forum, inside the forums service's transaction:
 * a reschedule moves reminders and sends an updated calendar entry (same UID, the
 * forum's new SEQUENCE); a cancellation drops reminders and sends METHOD:CANCEL; a
 * completed forum has no more reminders (check-in stays open); added capacity promotes
 * the waitlist.
 */
@Injectable()
export class InvitationForumChanges {
  constructor(
    private readonly composer: InvitationMailComposer,
    private readonly outbox: OutboxService,
    private readonly reminders: ReminderScheduler,
    private readonly seats: SeatAllocator,
    private readonly seatMailer: SeatChangeMailer,
    private readonly recipients: InvitationRecipients,
    private readonly contexts: ForumMailContexts,
    private readonly invitations: InvitationsRepository,
  ) {}

  @OnForumChange()
  async onForumChange(change: ForumChange, { manager }: ForumChangeContext): Promise<QueuedWork | void> {
    switch (change.kind) {
      case 'RESCHEDULED':
        return this.rescheduled(manager, change.forum);
      case 'CANCELLED':
        return this.cancelled(manager, change.forum);
      case 'UPDATED':
        // A moved RSVP deadline moves (or drops) the nudge before it.
        if (change.fields.includes('rsvpDeadline')) await this.moveReminders(manager, change.forum);
        if (change.fields.some((f) => f === 'capacityOverride' || f === 'venueId')) return this.capacityChanged(manager, change.forum);
        return;
      case 'COMPLETED':
        await this.reminders.cancelForForum(manager, change.forum.id);
        return;
      default:
        return;
    }
  }

  /** More seats (a bigger room, a raised capacity) go to the waitlist at once, in order. */
  private async capacityChanged(manager: EntityManager, forum: Forum): Promise<QueuedWork> {
    const locked = await this.seats.lockForum(manager, forum.id);
    const work = await this.seatMailer.write(manager, { ...locked, forum }, await this.seats.promote(manager, { ...locked, forum }));
    // Offer-expiry wake-ups only; their truth is in the rows, and the sweep covers a rollback.
    await this.seatMailer.dispatch({ emails: [], offers: work.offers });
    return work.emails;
  }

  /** Puts a forum's reminders at its current times (dropping those whose time has passed); false when nobody is invited. */
  private async moveReminders(manager: EntityManager, forum: Forum): Promise<boolean> {
    if (!(await this.invitations.anyFor(manager, forum.id))) return false;
    // Queued now rather than after commit: each job re-reads its row, and the sweep covers a rollback or a loss.
    await this.reminders.dispatch(await this.reminders.ensureForForum(manager, forum));
    return true;
  }

  private async rescheduled(manager: EntityManager, forum: Forum): Promise<QueuedWork> {
    if (!(await this.moveReminders(manager, forum))) return [];
    const context = await this.contexts.of(manager, forum);
    const recipients = await this.recipients.where(manager, forum, 'STILL_INTERESTED');
    return this.outbox.addMany(manager, recipients.map((to) => this.composer.invitation(context, to, { update: true })));
  }

  private async cancelled(manager: EntityManager, forum: Forum): Promise<QueuedWork> {
    await this.reminders.cancelForForum(manager, forum.id);
    const context = await this.contexts.of(manager, forum);
    const recipients = await this.recipients.where(manager, forum, 'STILL_INTERESTED');
    return this.outbox.addMany(manager, recipients.map((to) => this.composer.cancellation(context, to)));
  }
}
