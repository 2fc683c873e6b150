import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock, ContactActor } from '@app/common';
import { AuditService } from '@app/audit';
import { UnitOfWork } from '@app/events';
import { ForumLookupService, forumContentIn } from '@app/forums';
import { AgenciesService } from '@app/agencies';
import { PartnerLookupService } from '@app/partners';
import { Invitation } from '../invitation.entity';
import { RsvpResponse, RsvpSource } from '../invitation.enums';
import { InvitationError } from '../invitations.errors';
import { formatInZone } from '../email/forum-mail-context';
import { LANGUAGE_CODES } from '@app/common';
import type { LanguageCode } from '@app/common';
import { languageOf } from '@app/i18n';
import { RsvpService, answersCloseAt, ensureAnswersOpen } from './rsvp.service';
import { SeatAllocator, SeatChange } from './seat-allocator';
import { SeatChangeMailer } from './seat-change-mailer';
import { InvitationsRepository } from '../invitations.repository';
import { OrganisationInvitationsRepository } from '../organisation-invitations.repository';

export interface DelegateMember {
  invitationId: string;
  name: string;
  email: string;
  response: RsvpResponse | null;
  delegate: boolean;
}

export interface DelegatesView {
  organisationName: string;
  seats: number;
  members: DelegateMember[];
  forumTitle: string;
  forumWhen: string;
  /** Delegate changes are closed (the RSVP deadline, or the start, has passed). */
  closed: boolean;
  /** When they close (or closed), in the forum's zone. */
  deadline: string;
  /** The same moments for pages in another language: the forum's start, when changes close, its zone. */
  forumStartsAt: Date;
  closesAt: Date;
  timeZone: string;
  /** The language of the contact whose link this is (their preference, matched to a shipped one). */
  language: LanguageCode;
  /** The languages the agency offers its public, for the page's language links. */
  enabledLanguages: LanguageCode[];
  /** The forum's title for a page in each language: the translation where given, else English (`language` says which). */
  forumTitles: Record<LanguageCode, { text: string; language: LanguageCode }>;
}

const DELEGATE_STATES = [RsvpResponse.ATTENDING, RsvpResponse.OFFERED, RsvpResponse.WAITLISTED];

/**
 * An organisation's delegates: any contact of an organisation invitation can name or
 * swap who fills its seats. A delegate is a member whose answer holds (or waits for) a
 * seat; the change goes through the same seat rules as every other answer.
 */
@Injectable()
export class DelegatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rsvp: RsvpService,
    private readonly seats: SeatAllocator,
    private readonly mailer: SeatChangeMailer,
    private readonly audit: AuditService,
    private readonly forums: ForumLookupService,
    private readonly agencies: AgenciesService,
    private readonly partners: PartnerLookupService,
    private readonly invitations: InvitationsRepository,
    private readonly organisationInvitations: OrganisationInvitationsRepository,
    private readonly clock: Clock,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async view(rawToken: string): Promise<DelegatesView> {
    const invitation = await this.rsvp.findByToken(this.dataSource.manager, rawToken);
    return this.viewOf(this.dataSource.manager, invitation);
  }

  async set(rawToken: string, invitationIds: string[]): Promise<DelegatesView> {
    const invitation = await this.rsvp.findByToken(this.dataSource.manager, rawToken);
    if (!invitation.organisationInvitationId) throw InvitationError.notOrganisationInvitation();
    const [contact] = (await this.partners.cards(this.dataSource.manager, invitation.agencyId, { contactIds: [invitation.contactId] })).contacts;
    const actor: ContactActor = { kind: 'CONTACT', contactId: invitation.contactId, agencyId: invitation.agencyId, label: contact.email };
    return this.unitOfWork.run(actor, async (tx) => {
      const manager = tx.manager;
      const locked = await this.seats.lockForum(manager, invitation.forumId);
      // The RSVP deadline closes delegate changes as it closes each person's own answer.
      ensureAnswersOpen(locked.forum, this.clock.now(), { delegates: true });
      const before = await this.viewOf(manager, invitation);
      const wanted = new Set(invitationIds.filter((id) => before.members.some((m) => m.invitationId === id)));
      if (wanted.size > before.seats) throw InvitationError.tooManyDelegates(before.seats);
      const changes: SeatChange[] = [];
      // Removals first, so their seats are free for the new delegates.
      for (const member of before.members.filter((m) => m.delegate && !wanted.has(m.invitationId))) {
        changes.push(...(await this.seats.answer(manager, locked, member.invitationId, { answer: RsvpResponse.DECLINED, source: RsvpSource.DELEGATE })));
      }
      for (const member of before.members.filter((m) => !m.delegate && wanted.has(m.invitationId))) {
        changes.push(...(await this.seats.answer(manager, locked, member.invitationId, { answer: RsvpResponse.ATTENDING, source: RsvpSource.DELEGATE })));
      }
      const after = await this.viewOf(manager, invitation);
      await this.audit.record(manager, actor, {
        action: 'rsvp.delegates.set',
        entityType: 'OrganisationInvitation',
        entityId: invitation.organisationInvitationId,
        summary: `${contact.email} named ${wanted.size} delegate(s) of ${after.organisationName} for "${after.forumTitle}"`,
        changes: { delegates: after.members.filter((m) => m.delegate).map((m) => m.email) },
      });
      const work = await this.mailer.write(manager, locked, changes);
      tx.afterCommit(() => this.mailer.dispatch(work));
      return after;
    });
  }

  private async viewOf(manager: EntityManager, invitation: Invitation): Promise<DelegatesView> {
    if (!invitation.organisationInvitationId) throw InvitationError.notOrganisationInvitation();
    const seats = (await this.organisationInvitations.get(manager, invitation.organisationInvitationId))!;
    const forum = (await this.forums.find(manager, seats.forumId))!;
    const closesAt = answersCloseAt(forum);
    const rows = await this.invitations.members(manager, invitation.organisationInvitationId);
    const cards = await this.partners.cards(manager, invitation.agencyId, { contactIds: rows.map((r) => r.contact_id), organisationIds: [seats.organisationId] });
    // Listed by name, as the partners order their contacts.
    const byContact = new Map(rows.map((r) => [r.contact_id, r]));
    const viewer = cards.contacts.find((c) => c.id === invitation.contactId);
    const members = cards.contacts.flatMap((c) => {
      const row = byContact.get(c.id);
      return row ? [{ id: row.id, name: c.name, email: c.email, response: row.response }] : [];
    });
    return {
      organisationName: cards.organisationNames.get(seats.organisationId)!,
      seats: seats.seats,
      forumTitle: forum.title,
      forumWhen: formatInZone(forum.startsAt, forum.timeZone),
      closed: closesAt <= this.clock.now(),
      deadline: formatInZone(closesAt, forum.timeZone),
      forumStartsAt: forum.startsAt,
      closesAt,
      timeZone: forum.timeZone,
      language: languageOf(viewer?.preferredLanguage),
      enabledLanguages: await this.agencies.enabledLanguages(invitation.agencyId, manager),
      forumTitles: Object.fromEntries(
        LANGUAGE_CODES.map((code) => {
          const content = forumContentIn(forum, code);
          return [code, { text: content.title, language: content.titleLanguage }];
        }),
      ) as DelegatesView['forumTitles'],
      members: members.map((m) => ({ invitationId: m.id, name: m.name, email: m.email, response: m.response, delegate: DELEGATE_STATES.includes(m.response as RsvpResponse) })),
    };
  }
}
