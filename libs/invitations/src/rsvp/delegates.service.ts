import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ContactActor } from '@app/common';
import { AuditService } from '@app/audit';
import { Invitation } from '../invitation.entity';
import { RsvpResponse, RsvpSource } from '../invitation.enums';
import { InvitationError } from '../invitations.errors';
import { formatInZone } from '../email/forum-mail-context';
import { RsvpService, answersCloseAt, ensureAnswersOpen } from './rsvp.service';
import { SeatAllocator, SeatChange } from './seat-allocator';
import { SeatChangeMailer } from './seat-change-mailer';

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
  ) {}

  async view(rawToken: string): Promise<DelegatesView> {
    const invitation = await this.rsvp.findByToken(this.dataSource.manager, rawToken);
    return this.viewOf(this.dataSource.manager, invitation);
  }

  async set(rawToken: string, invitationIds: string[]): Promise<DelegatesView> {
    const invitation = await this.rsvp.findByToken(this.dataSource.manager, rawToken);
    if (!invitation.organisationInvitationId) throw InvitationError.notOrganisationInvitation();
    const { view, work } = await this.dataSource.transaction(async (manager) => {
      const locked = await this.seats.lockForum(manager, invitation.forumId);
      // The RSVP deadline closes delegate changes as it closes each person's own answer.
      ensureAnswersOpen(locked.forum, { delegates: true });
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
      const [contact] = await manager.query(`SELECT email FROM contacts WHERE id = $1`, [invitation.contactId]);
      const actor: ContactActor = { kind: 'CONTACT', contactId: invitation.contactId, agencyId: invitation.agencyId, label: contact.email };
      await this.audit.record(manager, actor, {
        action: 'rsvp.delegates.set',
        entityType: 'OrganisationInvitation',
        entityId: invitation.organisationInvitationId,
        summary: `${contact.email} named ${wanted.size} delegate(s) of ${after.organisationName} for "${after.forumTitle}"`,
        changes: { delegates: after.members.filter((m) => m.delegate).map((m) => m.email) },
      });
      return { view: after, work: await this.mailer.write(manager, locked, changes) };
    });
    await this.mailer.dispatch(work);
    return view;
  }

  private async viewOf(manager: EntityManager, invitation: Invitation): Promise<DelegatesView> {
    if (!invitation.organisationInvitationId) throw InvitationError.notOrganisationInvitation();
    const [org] = await manager.query(
      `SELECT o.name, oi.seats, f.title, f.starts_at, f.rsvp_deadline, f.time_zone FROM forum_organisation_invitations oi
         JOIN organisations o ON o.id = oi.organisation_id JOIN forums f ON f.id = oi.forum_id WHERE oi.id = $1`,
      [invitation.organisationInvitationId],
    );
    const closesAt = answersCloseAt({ startsAt: new Date(org.starts_at), rsvpDeadline: org.rsvp_deadline ? new Date(org.rsvp_deadline) : null });
    const members: { id: string; name: string; email: string; response: RsvpResponse | null }[] = await manager.query(
      `SELECT i.id, c.name, c.email, i.response FROM invitations i JOIN contacts c ON c.id = i.contact_id
        WHERE i.organisation_invitation_id = $1 AND i.skipped_reason IS NULL ORDER BY c.name`,
      [invitation.organisationInvitationId],
    );
    return {
      organisationName: org.name,
      seats: org.seats,
      forumTitle: org.title,
      forumWhen: formatInZone(new Date(org.starts_at), org.time_zone),
      closed: closesAt <= new Date(),
      deadline: formatInZone(closesAt, org.time_zone),
      members: members.map((m) => ({ invitationId: m.id, name: m.name, email: m.email, response: m.response, delegate: DELEGATE_STATES.includes(m.response as RsvpResponse) })),
    };
  }
}
