import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { NotFoundError, StaffActor } from '@app/common';
import { AuditService } from '@app/audit';
import { Forum, ForumChangeRunner, ForumStatus } from '@app/forums';
import { Invitation } from '../invitation.entity';
import { RsvpResponse } from '../invitation.enums';
import { InvitationError } from '../invitations.errors';

/** Check-in at the door (or afterwards, once the forum is completed): feeds the completion report. */
@Injectable()
export class AttendanceService {
  constructor(
    private readonly runner: ForumChangeRunner,
    private readonly audit: AuditService,
  ) {}

  /**
   * The forum's attendees: those checked in, or, when nobody was checked in, those whose
   * answer is ATTENDING (what a completed forum's follow-up goes by).
   */
  async attendeeContactIds(manager: EntityManager, forumId: string): Promise<string[]> {
    const rows: { contact_id: string }[] = await manager.query(
      `SELECT contact_id FROM invitations i
        WHERE forum_id = $1
          AND CASE WHEN EXISTS (SELECT 1 FROM invitations WHERE forum_id = $1 AND checked_in_at IS NOT NULL)
                   THEN checked_in_at IS NOT NULL ELSE response = 'ATTENDING' END
        ORDER BY created_at, id`,
      [forumId],
    );
    return rows.map((r) => r.contact_id);
  }

  /** A check-in is told to other features (a completed forum's follow-up survey) in its transaction, through the forums' runner. */
  async checkIn(actor: StaffActor, invitationId: string, present = true): Promise<Invitation> {
    return this.runner.run(actor, async ({ manager, notify }) => {
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
      if (present) await notify({ kind: 'ATTENDED', forum, contactIds: [invitation.contactId] });
      return invitation;
    });
  }
}
