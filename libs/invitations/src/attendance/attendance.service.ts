import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock, NotFoundError, StaffActor } from '@app/common';
import { AuditService } from '@app/audit';
import { UnitOfWork } from '@app/events';
import { ForumLookupService, ForumStatus } from '@app/forums';
import { Invitation } from '../invitation.entity';
import { RsvpResponse } from '../invitation.enums';
import { InvitationError } from '../invitations.errors';
import { InvitationsRepository } from '../invitations.repository';

/** Check-in at the door (or afterwards, once the forum is completed): feeds the completion report. */
@Injectable()
export class AttendanceService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly forums: ForumLookupService,
    private readonly invitations: InvitationsRepository,
  ) {}

  /**
   * The forum's attendees: those checked in, or, when nobody was checked in, those whose
   * answer is ATTENDING (what a completed forum's follow-up goes by).
   */
  attendeeContactIds(manager: EntityManager, forumId: string): Promise<string[]> {
    return this.invitations.attendeeContactIds(manager, forumId);
  }

  /** A check-in is told to other features (a completed forum's follow-up survey) in its transaction: `invitations.attended`. */
  async checkIn(actor: StaffActor, invitationId: string, present = true): Promise<Invitation> {
    return this.unitOfWork.run(actor, async ({ manager, emit }) => {
      const invitation = await manager.findOne(Invitation, { where: { id: invitationId, agencyId: actor.agencyId }, lock: { mode: 'pessimistic_write' } });
      if (!invitation) throw new NotFoundError('Invitation', invitationId);
      const forum = await this.forums.find(manager, invitation.forumId);
      if (!forum) throw new NotFoundError('Forum', invitation.forumId);
      const now = this.clock.now();
      const started = forum.startsAt <= now;
      if (!(forum.status === ForumStatus.COMPLETED || (forum.status === ForumStatus.PUBLISHED && started))) throw InvitationError.checkInNotOpen(forum.status);
      // Walk-ins are not invitations; among the invited, people who said maybe often come too.
      if (present && invitation.response !== RsvpResponse.ATTENDING && invitation.response !== RsvpResponse.MAYBE) {
        throw InvitationError.notAttending(invitation.response);
      }
      invitation.checkedInAt = present ? (invitation.checkedInAt ?? now) : null;
      await manager.save(invitation);
      await this.audit.record(manager, actor, {
        action: present ? 'invitation.check_in' : 'invitation.check_in.undo',
        entityType: 'Invitation',
        entityId: invitationId,
        summary: `${present ? 'Checked in' : 'Undid check-in of'} an attendee at "${forum.title}"`,
      });
      if (present) await emit('invitations.attended', { forum, contactIds: [invitation.contactId] });
      return invitation;
    });
  }
}
