import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NotFoundError, StaffActor } from '@app/common';
import { AuditService } from '@app/audit';
import { Forum, ForumStatus } from '@app/forums';
import { Invitation } from '../invitation.entity';
import { RsvpResponse } from '../invitation.enums';
import { InvitationError } from '../invitations.errors';

/** Check-in at the door (or afterwards, once the forum is completed): feeds the completion report. */
@Injectable()
export class AttendanceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async checkIn(actor: StaffActor, invitationId: string, present = true): Promise<Invitation> {
    return this.dataSource.transaction(async (manager) => {
      const invitation = await manager.findOne(Invitation, { where: { id: invitationId, agencyId: actor.agencyId }, lock: { mode: 'pessimistic_write' } });
      if (!invitation) throw new NotFoundError('Invitation', invitationId);
      const forum = await manager.findOneByOrFail(Forum, { id: invitation.forumId });
      const started = forum.startsAt <= new Date();
      if (!(forum.status === ForumStatus.COMPLETED || (forum.status === ForumStatus.PUBLISHED && started))) throw InvitationError.checkInNotOpen(forum.status);
      // Walk-ins are not invitations; among the invited, people who said maybe often come too.
      if (present && invitation.response !== RsvpResponse.ATTENDING && invitation.response !== RsvpResponse.MAYBE) {
        throw InvitationError.notAttending(invitation.response);
      }
      invitation.checkedInAt = present ? (invitation.checkedInAt ?? new Date()) : null;
      await manager.save(invitation);
      await this.audit.record(manager, actor, {
        action: present ? 'invitation.check_in' : 'invitation.check_in.undo',
        entityType: 'Invitation',
        entityId: invitationId,
        summary: `${present ? 'Checked in' : 'Undid check-in of'} an attendee at "${forum.title}"`,
      });
      return invitation;
    });
  }
}
