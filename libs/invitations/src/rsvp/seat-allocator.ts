import { Injectable } from '@nestjs/common';
import { Clock } from '@app/common';
import { EntityManager } from 'typeorm';
import { ForumLookupService, ForumStatus } from '@app/forums';
import type { Forum } from '@app/forums';
import { Invitation } from '../invitation.entity';
import { InvitationsRepository, SEAT_HOLDING } from '../invitations.repository';
import { OrganisationInvitationsRepository } from '../organisation-invitations.repository';
import { GivenAnswer, PromotionMode, RsvpResponse, RsvpSource } from '../invitation.enums';
import { DEFAULT_RSVP_SETTINGS, ForumRsvpSettings } from '../forum-rsvp-settings.entity';
import { InvitationError } from '../invitations.errors';

/** Structured access needs given with an answer. */
export interface RsvpNeeds {
  stepFreeAccess?: boolean;
  interpretationLanguage?: string | null;
  signLanguage?: boolean;
  childcare?: boolean;
  dietary?: string | null;
}

/** The most people one answer can bring (the invitations table checks it too). */
export const MAX_PARTY_SIZE = 20;

/** Why an answer kept its party size instead of one the person gave (said in the confirmation). */
export interface PartySizeUnread {
  reason: 'NOT_STATED' | 'UNCLEAR' | 'OVER_LIMIT' | 'ONE_SEAT_PER_DELEGATE';
  /** The size they stated, when there was one. */
  stated?: number;
}

export interface AnswerInput {
  answer: GivenAnswer;
  partySize?: number;
  /** Set when the answer came with no usable party size (a plain email reply). */
  partySizeUnread?: PartySizeUnread;
  needs?: RsvpNeeds;
  note?: string | null;
  source: RsvpSource;
}

/** A change of seat state the caller must tell the person about (after commit). */
export interface SeatChange {
  invitationId: string;
  kind: 'ANSWERED' | 'PROMOTED' | 'OFFERED' | 'OFFER_LAPSED';
  response: RsvpResponse;
  partySize: number;
  partySizeUnread?: PartySizeUnread;
  waitlistPosition?: number;
  offerExpiresAt?: Date | null;
}

/** A waitlist offer still within its window: the seat is held for them. */
export function holdsOffer(invitation: Pick<Invitation, 'response' | 'offerExpiresAt'>, now: Date): boolean {
  return invitation.response === RsvpResponse.OFFERED && invitation.offerExpiresAt !== null && invitation.offerExpiresAt > now;
}

/** A forum locked for seat changes, with its capacity (null = unlimited). */
export interface LockedForum {
  forum: Forum;
  capacity: number | null;
  settings: Pick<ForumRsvpSettings, 'promotionMode' | 'offerWindowMinutes'>;
}

/**
 * Seats, the waitlist and offers. Every change runs with the forum row locked
 * (`FOR NO KEY UPDATE`, which still lets invitations be inserted), so concurrent
 * answers for one forum are serialised by PostgreSQL and seats can never be overbooked,
 * whichever API replica or worker takes the answer.
 */
@Injectable()
export class SeatAllocator {
  constructor(
    private readonly forums: ForumLookupService,
    private readonly invitations: InvitationsRepository,
    private readonly organisationInvitations: OrganisationInvitationsRepository,
    private readonly clock: Clock,
  ) {}

  async lockForum(manager: EntityManager, forumId: string): Promise<LockedForum> {
    const seats = await this.forums.lockForSeats(manager, forumId);
    if (!seats) throw InvitationError.linkInvalid();
    const settings = (await manager.findOneBy(ForumRsvpSettings, { forumId })) ?? DEFAULT_RSVP_SETTINGS;
    return { forum: seats.forum, capacity: seats.capacity, settings };
  }

  seatsTaken(manager: EntityManager, forumId: string, exceptInvitationId?: string): Promise<number> {
    return this.invitations.seatsTaken(manager, forumId, exceptInvitationId);
  }

  async waitlistPosition(manager: EntityManager, invitation: Pick<Invitation, 'id' | 'forumId' | 'waitlistedAt'>): Promise<number> {
    return (await this.invitations.waitingAhead(manager, invitation)) + 1;
  }

  /** Records an answer in a locked forum; frees and passes on seats as needed. */
  async answer(manager: EntityManager, locked: LockedForum, invitationId: string, input: AnswerInput): Promise<SeatChange[]> {
    const invitation = await manager.findOne(Invitation, { where: { id: invitationId }, lock: { mode: 'pessimistic_write' } });
    if (!invitation || invitation.skippedReason) throw InvitationError.linkInvalid();
    const previous = { response: invitation.response, partySize: invitation.partySize };
    const partySize = invitation.organisationInvitationId ? 1 : (input.partySize ?? invitation.partySize);
    const now = this.clock.now();

    if (input.answer === RsvpResponse.ATTENDING) {
      if (invitation.organisationInvitationId && !SEAT_HOLDING.includes(previous.response as RsvpResponse) && previous.response !== RsvpResponse.WAITLISTED) {
        await this.ensureOrganisationSeat(manager, invitation);
      }
      const taken = await this.seatsTaken(manager, locked.forum.id, invitation.id);
      const fits = locked.capacity === null || taken + partySize <= locked.capacity;
      if (fits) {
        Object.assign(invitation, { response: RsvpResponse.ATTENDING, waitlistedAt: null, offerExpiresAt: null });
      } else if (previous.response === RsvpResponse.ATTENDING || previous.response === RsvpResponse.OFFERED) {
        throw InvitationError.noRoomForParty(Math.max(0, (locked.capacity ?? 0) - taken), previous.partySize);
      } else {
        Object.assign(invitation, {
          response: RsvpResponse.WAITLISTED,
          waitlistedAt: previous.response === RsvpResponse.WAITLISTED ? invitation.waitlistedAt : now,
          offerExpiresAt: null,
        });
      }
    } else {
      Object.assign(invitation, { response: input.answer, waitlistedAt: null, offerExpiresAt: null });
    }
    invitation.partySize = partySize;
    invitation.responseSource = input.source;
    invitation.respondedAt = now;
    if (input.needs) {
      const needs = input.needs;
      invitation.stepFreeAccess = needs.stepFreeAccess ?? false;
      invitation.interpretationLanguage = needs.interpretationLanguage?.trim() || null;
      invitation.signLanguage = needs.signLanguage ?? false;
      invitation.childcare = needs.childcare ?? false;
      invitation.dietary = needs.dietary?.trim() || null;
    }
    if (input.note !== undefined) invitation.note = input.note?.trim() || null;
    await manager.save(invitation);

    const change: SeatChange = { invitationId: invitation.id, kind: 'ANSWERED', response: invitation.response!, partySize, partySizeUnread: input.partySizeUnread };
    if (invitation.response === RsvpResponse.WAITLISTED) change.waitlistPosition = await this.waitlistPosition(manager, invitation);
    const freed = heldSeats(previous.response, previous.partySize) > heldSeats(invitation.response, partySize);
    return [change, ...(freed ? await this.promote(manager, locked) : [])];
  }

  /** Ends an offer whose window passed; the seat goes to the next in line. */
  async expireOffer(manager: EntityManager, locked: LockedForum, invitationId: string): Promise<SeatChange[]> {
    const invitation = await manager.findOne(Invitation, { where: { id: invitationId }, lock: { mode: 'pessimistic_write' } });
    const now = this.clock.now();
    if (!invitation || invitation.response !== RsvpResponse.OFFERED || holdsOffer(invitation, now)) return [];
    Object.assign(invitation, {
      response: RsvpResponse.DECLINED,
      responseSource: RsvpSource.OFFER_EXPIRED,
      respondedAt: now,
      waitlistedAt: null,
      offerExpiresAt: null,
    });
    await manager.save(invitation);
    const lapsed: SeatChange = { invitationId, kind: 'OFFER_LAPSED', response: RsvpResponse.DECLINED, partySize: invitation.partySize };
    return [lapsed, ...(await this.promote(manager, locked))];
  }

  /**
   * Gives free seats to the waitlist in arrival order: each waiting answer that fits
   * the seats left is promoted (automatically, or as an offer held for a window).
   */
  async promote(manager: EntityManager, locked: LockedForum): Promise<SeatChange[]> {
    if (locked.forum.status !== ForumStatus.PUBLISHED) return [];
    let free = locked.capacity === null ? Infinity : locked.capacity - (await this.seatsTaken(manager, locked.forum.id));
    if (free <= 0) return [];
    const waiting = await this.invitations.lockWaitlist(manager, locked.forum.id);
    const changes: SeatChange[] = [];
    const offer = locked.settings.promotionMode === PromotionMode.OFFER;
    const expiresAt = new Date(this.clock.now().getTime() + locked.settings.offerWindowMinutes * 60_000);
    for (const row of waiting) {
      if (free <= 0) break;
      if (row.party_size > free) continue;
      free -= row.party_size;
      if (offer) {
        await this.invitations.offerSeat(manager, row.id, expiresAt);
        changes.push({ invitationId: row.id, kind: 'OFFERED', response: RsvpResponse.OFFERED, partySize: row.party_size, offerExpiresAt: expiresAt });
      } else {
        await this.invitations.promote(manager, row.id);
        changes.push({ invitationId: row.id, kind: 'PROMOTED', response: RsvpResponse.ATTENDING, partySize: row.party_size });
      }
    }
    return changes;
  }

  /** An organisation's delegates (attending, offered or waiting) never exceed its seats. */
  private async ensureOrganisationSeat(manager: EntityManager, invitation: Invitation): Promise<void> {
    const row = await this.organisationInvitations.lockWithDelegates(manager, invitation.organisationInvitationId!, invitation.id);
    if (row.used >= row.seats) throw InvitationError.organisationSeatsFull(row.seats);
  }
}

function heldSeats(response: RsvpResponse | null, partySize: number): number {
  return response === RsvpResponse.ATTENDING || response === RsvpResponse.OFFERED ? partySize : 0;
}
