import { Injectable } from '@nestjs/common';
import { OutboxService } from '@app/mail';
import { OnEvent } from '@app/events';
import type { UnitOfWorkContext } from '@app/events';
import type { Forum, ForumChange } from '@app/forums';
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
 * forum's new SEQUENCE), as does a published forum's move to another venue or online link;
 * a cancellation drops reminders and sends METHOD:CANCEL; a
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

  @OnEvent('forum.changed')
  async onForumChange(change: ForumChange, tx: UnitOfWorkContext): Promise<void> {
    const { manager } = tx;
    switch (change.kind) {
      case 'RESCHEDULED':
        return this.rescheduled(tx, change.forum);
      case 'CANCELLED':
        return this.cancelled(tx, change.forum);
      case 'UPDATED':
        // A moved RSVP deadline moves (or drops) the nudge before it.
        if (change.fields.includes('rsvpDeadline')) await this.moveReminders(tx, change.forum);
        if (change.fields.some((f) => f === 'capacityOverride' || f === 'venueId')) await this.capacityChanged(tx, change.forum);
        // A published forum's new place: its calendar entry has a new sequence to send.
        if (change.fields.includes('sequence')) await this.mailUpdate(tx, change.forum);
        return;
      case 'COMPLETED':
        await this.reminders.cancelForForum(manager, change.forum.id);
        return;
      default:
        return;
    }
  }

  /** More seats (a bigger room, a raised capacity) go to the waitlist at once, in order. */
  private async capacityChanged(tx: UnitOfWorkContext, forum: Forum): Promise<void> {
    const { manager } = tx;
    const locked = await this.seats.lockForum(manager, forum.id);
    const work = await this.seatMailer.write(manager, { ...locked, forum }, await this.seats.promote(manager, { ...locked, forum }));
    tx.afterCommit(() => this.seatMailer.dispatch(work));
  }

  /** Puts a forum's reminders at its current times (dropping those whose time has passed); false when nobody is invited. */
  private async moveReminders(tx: UnitOfWorkContext, forum: Forum): Promise<boolean> {
    if (!(await this.invitations.anyFor(tx.manager, forum.id))) return false;
    const jobs = await this.reminders.ensureForForum(tx.manager, forum);
    tx.afterCommit(() => this.reminders.dispatch(jobs));
    return true;
  }

  private async rescheduled(tx: UnitOfWorkContext, forum: Forum): Promise<void> {
    if (!(await this.moveReminders(tx, forum))) return;
    await this.mailUpdate(tx, forum);
  }

  /** The updated invitation (its calendar entry at the forum's new sequence) to everyone still coming or undecided. */
  private async mailUpdate(tx: UnitOfWorkContext, forum: Forum): Promise<void> {
    const context = await this.contexts.of(tx.manager, forum);
    const recipients = await this.recipients.where(tx.manager, forum, 'STILL_INTERESTED', 'forum-update');
    const emails = await this.outbox.addMany(tx.manager, recipients.map((to) => this.composer.invitation(context, to, { update: true })));
    this.outbox.dispatchAfterCommit(tx, emails);
  }

  private async cancelled(tx: UnitOfWorkContext, forum: Forum): Promise<void> {
    await this.reminders.cancelForForum(tx.manager, forum.id);
    // An invitation still waiting (its domain paused, a long fan-out) would arrive after the cancellation.
    await this.outbox.cancelPending(tx.manager, await this.invitations.invitationEmailIds(tx.manager, forum.id), 'The forum was cancelled before this invitation was sent');
    const context = await this.contexts.of(tx.manager, forum);
    const recipients = await this.recipients.where(tx.manager, forum, 'STILL_INTERESTED', 'forum-cancelled');
    const emails = await this.outbox.addMany(tx.manager, recipients.map((to) => this.composer.cancellation(context, to)));
    this.outbox.dispatchAfterCommit(tx, emails);
  }
}
