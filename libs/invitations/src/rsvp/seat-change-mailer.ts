import { Injectable } from '@nestjs/common';
import { Clock } from '@app/common';
import { MessageKey, MessageValues, translate } from '@app/i18n';
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
    const recipients = new Map((await this.recipients.byIds(manager, locked.forum, changes.map((c) => c.invitationId), 'rsvp-confirmation')).map((r) => [r.invitationId, r]));
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
    const t = (key: MessageKey, values?: MessageValues) => translate(to.language, key, values);
    const party = change.partySize;
    switch (change.kind) {
      case 'PROMOTED':
        return { headline: t('mail.confirmation.promoted.headline'), message: t('mail.confirmation.promoted.message', { party }) };
      case 'OFFERED':
        return {
          headline: t('mail.confirmation.offered.headline'),
          message: t('mail.confirmation.offered.message', { party, expires: formatInZone(change.offerExpiresAt!, context.forum.timeZone, to.language) }),
          action: { label: t('mail.confirmation.offered.action'), link: links.attending },
        };
      case 'OFFER_LAPSED':
        return { headline: t('mail.confirmation.lapsed.headline'), message: t('mail.confirmation.lapsed.message') };
      case 'ANSWERED':
        break;
    }
    const partyNote = this.partyNote(change, links.delegates, t);
    const answered = this.answered(change, t);
    return partyNote && change.response !== RsvpResponse.DECLINED ? { ...answered, details: partyNote } : answered;
  }

  /** What the confirmation of an answer says, by the response it led to. */
  private answered(change: SeatChange, t: (key: MessageKey, values?: MessageValues) => string): ConfirmationContent {
    const party = change.partySize;
    switch (change.response) {
      case RsvpResponse.ATTENDING:
        return { headline: t('mail.confirmation.attending.headline'), message: t('mail.confirmation.attending.message', { party }) };
      case RsvpResponse.WAITLISTED:
        return { headline: t('mail.confirmation.waitlisted.headline'), message: t('mail.confirmation.waitlisted.message', { party, position: change.waitlistPosition }) };
      case RsvpResponse.MAYBE:
        return { headline: t('mail.confirmation.maybe.headline'), message: t('mail.confirmation.maybe.message') };
      case RsvpResponse.DECLINED:
        return { headline: t('mail.confirmation.declined.headline'), message: t('mail.confirmation.declined.message') };
      default:
        return { headline: t('mail.confirmation.saved.headline'), message: t('mail.confirmation.saved.message') };
    }
  }

  /** Why the party size is what it is, when the answer (a plain reply) gave none we could use. */
  private partyNote(change: SeatChange, delegatesLink: string, t: (key: MessageKey, values?: MessageValues) => string): string | null {
    const unread = change.partySizeUnread;
    if (!unread) return null;
    const recorded = t('mail.confirmation.party.recorded', { party: change.partySize });
    switch (unread.reason) {
      case 'NOT_STATED':
        return t('mail.confirmation.party.notStated', { recorded });
      case 'UNCLEAR':
        return t('mail.confirmation.party.unclear', { recorded });
      case 'OVER_LIMIT':
        return t('mail.confirmation.party.overLimit', { stated: unread.stated, limit: MAX_PARTY_SIZE, recorded });
      case 'ONE_SEAT_PER_DELEGATE':
        return t('mail.confirmation.party.delegate', { link: delegatesLink });
    }
  }
}
