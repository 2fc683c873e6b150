import { Injectable } from '@nestjs/common';
import { Clock } from '@app/common';
import { EntityManager } from 'typeorm';
import { OutboxService, QueuedEmail } from '@app/mail';
import { JobsService } from '@app/queue';
import { ConfirmationContent, InvitationMailComposer, MailRecipient } from '../email/invitation-mail.composer';
import { ForumMailContext, ForumMailContexts, formatInZone } from '../email/forum-mail-context';
import { RsvpResponse } from '../invitation.enums';
import { InvitationRecipients } from './recipients';
import { LockedForum, MAX_PARTY_SIZE, SeatChange } from './seat-allocator';

/** What to do once the transaction that changed seats has committed. */
export interface SeatWork {
  emails: QueuedEmail[];
  offers: { invitationId: string; expiresAt: Date }[];
}

/** Tells each person what a seat change means for them, in the same transaction (outbox). */
@Injectable()
export class SeatChangeMailer {
  constructor(
    private readonly composer: InvitationMailComposer,
    private readonly outbox: OutboxService,
    private readonly jobs: JobsService,
    private readonly recipients: InvitationRecipients,
    private readonly contexts: ForumMailContexts,
    private readonly clock: Clock,
  ) {}

  async write(manager: EntityManager, locked: LockedForum, changes: SeatChange[]): Promise<SeatWork> {
    const offers = changes.filter((c) => c.kind === 'OFFERED').map((c) => ({ invitationId: c.invitationId, expiresAt: c.offerExpiresAt! }));
    if (changes.length === 0) return { emails: [], offers };
    const context = await this.contexts.of(manager, locked.forum);
    const recipients = new Map((await this.recipients.byIds(manager, locked.forum, changes.map((c) => c.invitationId))).map((r) => [r.invitationId, r]));
    const requests = changes
      .filter((c) => recipients.has(c.invitationId))
      .map((c) => {
        const to = recipients.get(c.invitationId)!;
        return this.composer.confirmation(context, to, this.content(context, to, c));
      });
    return { emails: await this.outbox.addMany(manager, requests), offers };
  }

  /** Queues the mails and the offer-expiry wake-ups; the worker's sweep covers any lost. */
  async dispatch(work: SeatWork): Promise<void> {
    await this.outbox.dispatch(work.emails);
    for (const offer of work.offers) {
      try {
        await this.jobs.enqueue('invitations.offer-expiry', { invitationId: offer.invitationId }, {
          jobId: `offer-${offer.invitationId}-${offer.expiresAt.getTime()}`,
          delay: Math.max(0, offer.expiresAt.getTime() - this.clock.now().getTime()),
        });
      } catch {
        // The periodic sweep expires offers from the database.
      }
    }
  }

  private content(context: ForumMailContext, to: MailRecipient, change: SeatChange): ConfirmationContent {
    const links = this.composer.links(to.token);
    const party = change.partySize > 1 ? ` for ${change.partySize} people` : '';
    switch (change.kind) {
      case 'PROMOTED':
        return { headline: 'A seat is yours', message: `A seat freed up, so you moved from the waitlist to attending${party}. We look forward to seeing you.` };
      case 'OFFERED':
        return {
          headline: 'A seat is free for you',
          message: `A seat freed up${party}. Please confirm by ${formatInZone(change.offerExpiresAt!, context.forum.timeZone)}; after that it passes to the next person on the waitlist.`,
          action: { label: 'Confirm my seat', link: links.attending },
        };
      case 'OFFER_LAPSED':
        return { headline: 'Your seat offer lapsed', message: 'The seat we held for you was not confirmed in time, so it passed to the next person on the waitlist.' };
      case 'ANSWERED':
        break;
    }
    const partyNote = this.partyNote(change, links.delegates);
    const answered = this.answered(change, party);
    return partyNote && change.response !== RsvpResponse.DECLINED ? { ...answered, details: partyNote } : answered;
  }

  /** What the confirmation of an answer says, by the response it led to. */
  private answered(change: SeatChange, party: string): ConfirmationContent {
    switch (change.response) {
      case RsvpResponse.ATTENDING:
        return { headline: 'You are attending', message: `Thank you: your seat is confirmed${party}.` };
      case RsvpResponse.WAITLISTED:
        return {
          headline: 'You are on the waitlist',
          message: `The forum is full, so you are number ${change.waitlistPosition} on the waitlist${party}. We will email you as soon as a seat frees up.`,
        };
      case RsvpResponse.MAYBE:
        return { headline: 'You answered maybe', message: 'Thank you. Please confirm when you know, so we can plan seats and support.' };
      case RsvpResponse.DECLINED:
        return { headline: 'You are not attending', message: 'Thank you for letting us know. You will still hear about future forums.' };
      default:
        return { headline: 'Your answer is saved', message: 'Thank you.' };
    }
  }

  /** Why the party size is what it is, when the answer (a plain reply) gave none we could use. */
  private partyNote(change: SeatChange, delegatesLink: string): string | null {
    const unread = change.partySizeUnread;
    if (!unread) return null;
    const recorded = change.partySize === 1 ? 'a party of 1 (just you)' : `a party of ${change.partySize}`;
    const howToChange = 'If that is not right, set the number with "Change your answer" below.';
    switch (unread.reason) {
      case 'NOT_STATED':
        return `Your reply did not say how many people are coming, so we have recorded ${recorded}. ${howToChange}`;
      case 'UNCLEAR':
        return `We could not tell from your reply how many people are coming, so we have recorded ${recorded}. ${howToChange}`;
      case 'OVER_LIMIT':
        return `Your reply mentioned ${unread.stated} people, more than the ${MAX_PARTY_SIZE} one answer can hold, so we have recorded ${recorded}. For a larger group, please contact the organisers.`;
      case 'ONE_SEAT_PER_DELEGATE':
        return `Each delegate of your organisation holds one seat, so we have recorded one seat for you. Colleagues coming too need a delegate seat of their own: ${delegatesLink}`;
    }
  }
}
