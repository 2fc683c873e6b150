import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { StaffActor } from '@app/common';
import { ForumLookupService, ForumType } from '@app/forums';
import { AuditService } from '@app/audit';
import { InvitationsService, InviteOutcome } from '@app/invitations';
import { TaskForceMeeting } from './meeting.entities';
import { MembershipsService } from './memberships.service';
import { TaskForceError } from './task-forces.errors';
import { findTaskForce } from './task-force-access';

/**
 * "Invite all members": today's designated contacts of the member organisations (never the
 * opted-out) are invited to one of the task force's meetings through the invitation pipeline,
 * so they get the usual mail, RSVP links and reminders; inviting again adds only newcomers.
 */
@Injectable()
export class MeetingInvitationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly memberships: MembershipsService,
    private readonly invitations: InvitationsService,
    private readonly audit: AuditService,
    private readonly forums: ForumLookupService,
  ) {}

  async inviteMembers(actor: StaffActor, taskForceId: string, forumId: string): Promise<InviteOutcome> {
    const manager = this.dataSource.manager;
    const taskForce = await findTaskForce(manager, actor.agencyId, taskForceId);
    const forum = await this.forums.get(actor.agencyId, forumId, manager);
    if (forum.type !== ForumType.TASK_FORCE_MEETING) throw TaskForceError.notAMeeting(forum.type);
    const link = await manager.findOneBy(TaskForceMeeting, { forumId });
    if (link?.taskForceId !== taskForceId) throw TaskForceError.notItsMeeting();
    const contacts = await this.memberships.contactsToInvite(actor, taskForceId);
    if (contacts.length === 0) throw TaskForceError.noContactsToInvite();
    return this.invitations.invite(actor, forumId, { contactIds: contacts.map((c) => c.id) }, async (m, outcome) => {
      await this.audit.record(m, actor, {
        action: 'taskForce.meeting.invite_members',
        entityType: 'TaskForce',
        entityId: taskForceId,
        summary: `Invited the members of "${taskForce.name}" to a meeting: ${outcome.invited} invited, ${outcome.alreadyInvited} already invited`,
        changes: { forumId, ...outcome },
      });
    });
  }
}
