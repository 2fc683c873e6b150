import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock, ContactActor } from '@app/common';
import { APP_CONFIG, AppConfig } from '@app/config';
import { AuditService } from '@app/audit';
import { UnitOfWork } from '@app/events';
import { AgenciesService } from '@app/agencies';
import { ForumLookupService, ForumStatus } from '@app/forums';
import type { Forum } from '@app/forums';
import { PartnerLookupService } from '@app/partners';
import { Invitation } from '../invitation.entity';
import { RsvpResponse } from '../invitation.enums';
import { InvitationError } from '../invitations.errors';
import { ForumMailContext, ForumMailContexts, formatInZone } from '../email/forum-mail-context';
import type { LanguageCode } from '@app/common';
import { languageOf } from '@app/i18n';
import { OutreachUnsubscribe } from '../unsubscribe/outreach-unsubscribe.service';
import { OrganisationInvitationsRepository } from '../organisation-invitations.repository';
import { hashRsvpToken, normaliseRsvpToken } from '../rsvp-token';
import { AnswerInput, LockedForum, SeatAllocator, SeatChange, holdsOffer } from './seat-allocator';
import { SeatChangeMailer } from './seat-change-mailer';
import { OfferExpiryService } from './offer-expiry.service';

/** When answers close for a forum (and delegate changes with them): its RSVP deadline, else its start. */
export function answersCloseAt(forum: Pick<Forum, 'rsvpDeadline' | 'startsAt'>): Date {
  return forum.rsvpDeadline ?? forum.startsAt;
}

/**
 * Refuses a change to who comes once the forum is over or cancelled (LINK_EXPIRED), or its
 * answers have closed (DEADLINE_PASSED: `delegates` words it for the delegates page); a held
 * seat can still be confirmed.
 */
export function ensureAnswersOpen(forum: Forum, now: Date, options: { heldSeat?: boolean; delegates?: boolean } = {}): void {
  if (forum.status !== ForumStatus.PUBLISHED || forum.endsAt <= now) throw InvitationError.linkExpired();
  if (options.heldSeat) return;
  const deadline = answersCloseAt(forum);
  if (deadline <= now) {
    const when = formatInZone(deadline, forum.timeZone);
    throw options.delegates ? InvitationError.delegatesClosed(when) : InvitationError.deadlinePassed(when);
  }
}

/** What the RSVP page shows for a token. */
export interface RsvpView {
  invitation: Invitation;
  context: ForumMailContext;
  contact: { id: string; name: string; email: string; optedOut: boolean };
  organisation: { name: string; seats: number; invitationId: string } | null;
  waitlistPosition: number | null;
  /** Answers are closed (the RSVP deadline, or the start, has passed). */
  closed: boolean;
  deadline: string;
  /** When answers close, for pages that write it in another language. */
  deadlineAt: Date;
  /** The contact's language (their preference, matched to a shipped one): their pages open in it. */
  language: LanguageCode;
}

export interface AnswerOutcome {
  change: SeatChange;
  view: RsvpView;
}

/**
 * Answers made without an account, from a link or a reply. A token works until its
 * forum ends; a wrong or expired one changes nothing.
 */
@Injectable()
export class RsvpService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly seats: SeatAllocator,
    private readonly mailer: SeatChangeMailer,
    private readonly audit: AuditService,
    private readonly agencies: AgenciesService,
    private readonly contexts: ForumMailContexts,
    private readonly forums: ForumLookupService,
    private readonly partners: PartnerLookupService,
    private readonly organisationInvitations: OrganisationInvitationsRepository,
    private readonly clock: Clock,
    private readonly unitOfWork: UnitOfWork,
    private readonly unsubscribes: OutreachUnsubscribe,
    private readonly offers: OfferExpiryService,
  ) {}

  /** Reads only: GET requests (and mail scanners following links) never change anything. */
  async view(rawToken: string): Promise<RsvpView> {
    const invitation = await this.findByToken(this.dataSource.manager, rawToken);
    return this.viewOf(this.dataSource.manager, invitation);
  }

  /** The unsubscribe page works even after the forum has ended. */
  async viewForUnsubscribe(rawToken: string): Promise<RsvpView> {
    const invitation = await this.findByToken(this.dataSource.manager, rawToken, { allowEnded: true });
    return this.viewOf(this.dataSource.manager, invitation);
  }

  async answer(rawToken: string, input: AnswerInput): Promise<AnswerOutcome> {
    const found = await this.findByToken(this.dataSource.manager, rawToken);
    return this.answerInvitation(found.id, found.forumId, input);
  }

  /** Records an answer for an invitation (links and inbound replies both come here). */
  async answerInvitation(invitationId: string, forumId: string, input: AnswerInput): Promise<AnswerOutcome> {
    // The contact answers (their link, or a reply an officer files for them): the unit of work acts for them.
    const answering = await this.dataSource.manager.findOneByOrFail(Invitation, { id: invitationId });
    // An offer whose window passed lapses first, as the worker's sweep would (it may be behind):
    // the seat goes to the next in line, and this answer counts as a new one.
    if (answering.response === RsvpResponse.OFFERED && !holdsOffer(answering, this.clock.now())) await this.offers.expire(invitationId);
    const [contact] = (await this.partners.cards(this.dataSource.manager, answering.agencyId, { contactIds: [answering.contactId] })).contacts;
    const actor: ContactActor = { kind: 'CONTACT', contactId: answering.contactId, agencyId: answering.agencyId, label: contact?.email ?? answering.contactId };
    return this.unitOfWork.run(actor, async (tx) => {
      const manager = tx.manager;
      const locked = await this.seats.lockForum(manager, forumId);
      const invitation = await manager.findOneByOrFail(Invitation, { id: invitationId });
      this.ensureOpen(locked, invitation);
      const changes = await this.seats.answer(manager, locked, invitationId, input);
      const work = await this.mailer.write(manager, locked, changes);
      const view = await this.viewOf(manager, await manager.findOneByOrFail(Invitation, { id: invitationId }), locked);
      await this.audit.record(manager, this.actorOf(view), {
        action: 'rsvp.answer',
        entityType: 'Invitation',
        entityId: invitationId,
        summary: `${view.contact.email} answered ${input.answer} (now ${changes[0].response}) for "${locked.forum.title}"`,
        changes: { answer: input.answer, response: changes[0].response, partySize: changes[0].partySize, source: input.source },
      });
      for (const promoted of changes.slice(1)) {
        await this.audit.record(manager, this.actorOf(view), {
          action: promoted.kind === 'OFFERED' ? 'rsvp.waitlist.offer' : 'rsvp.waitlist.promote',
          entityType: 'Invitation',
          entityId: promoted.invitationId,
          summary: `Waitlist ${promoted.kind === 'OFFERED' ? 'offer' : 'promotion'} after a seat was freed`,
        });
      }
      tx.afterCommit(() => this.mailer.dispatch(work));
      return { change: changes[0], view };
    });
  }

  /** Opts the contact out of all mail (from the unsubscribe link or List-Unsubscribe one-click). */
  async optOut(rawToken: string, source: string): Promise<RsvpView> {
    const invitation = await this.findByToken(this.dataSource.manager, rawToken, { allowEnded: true });
    return this.dataSource.transaction(async (manager) => {
      await this.unsubscribes.optOutContact(manager, invitation.agencyId, invitation.contactId, source);
      return this.viewOf(manager, invitation);
    });
  }

  async findByToken(manager: EntityManager, rawToken: string, options: { allowEnded?: boolean } = {}): Promise<Invitation> {
    const token = normaliseRsvpToken(rawToken);
    if (!token) throw InvitationError.linkInvalid();
    const invitation = await manager.findOneBy(Invitation, { tokenHash: hashRsvpToken(token) });
    if (!invitation) throw InvitationError.linkInvalid();
    if (!options.allowEnded) {
      // A suspended agency's links stop working; opting out (the only use of allowEnded) always works.
      if (!(await this.agencies.isActive(invitation.agencyId))) throw InvitationError.linkInvalid();
      const forum = (await this.forums.find(manager, invitation.forumId))!;
      if (forum.status === ForumStatus.CANCELLED || forum.endsAt <= this.clock.now()) throw InvitationError.linkExpired();
    }
    return invitation;
  }

  private ensureOpen(locked: LockedForum, invitation: Invitation): void {
    // A held seat can be confirmed within its own window, even after the general deadline.
    ensureAnswersOpen(locked.forum, this.clock.now(), { heldSeat: holdsOffer(invitation, this.clock.now()) });
  }

  private async viewOf(manager: EntityManager, invitation: Invitation, locked?: LockedForum): Promise<RsvpView> {
    const context = await this.contexts.load(manager, invitation.agencyId, invitation.forumId);
    const seats = invitation.organisationInvitationId ? await this.organisationInvitations.get(manager, invitation.organisationInvitationId) : undefined;
    const cards = await this.partners.cards(manager, invitation.agencyId, { contactIds: [invitation.contactId], organisationIds: seats ? [seats.organisationId] : [] });
    const contact = cards.contacts[0];
    const organisationName = seats && cards.organisationNames.get(seats.organisationId);
    const organisation = seats && organisationName !== undefined ? { name: organisationName, seats: seats.seats, id: seats.id } : undefined;
    const deadline = answersCloseAt(context.forum);
    return {
      invitation,
      context: locked ? { ...context, forum: locked.forum } : context,
      contact: { id: contact.id, name: contact.name, email: contact.email, optedOut: contact.optedOut },
      organisation: organisation ? { name: organisation.name, seats: organisation.seats, invitationId: organisation.id } : null,
      waitlistPosition: invitation.response === RsvpResponse.WAITLISTED ? await this.seats.waitlistPosition(manager, invitation) : null,
      closed: deadline <= this.clock.now() && !holdsOffer(invitation, this.clock.now()),
      deadline: formatInZone(deadline, context.forum.timeZone),
      deadlineAt: deadline,
      language: languageOf(contact.preferredLanguage),
    };
  }

  private actorOf(view: RsvpView): ContactActor {
    return { kind: 'CONTACT', contactId: view.contact.id, agencyId: view.invitation.agencyId, label: view.contact.email };
  }
}
