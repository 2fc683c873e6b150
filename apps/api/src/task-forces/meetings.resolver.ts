import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { StaffActor } from '@app/common';
import { CanWrite, CurrentActor } from '@app/auth';
import { InviteOutcome } from '@app/invitations';
import { MeetingInvitationsService, MeetingsService } from '@app/task-forces';
import { InviteResultModel } from '../invitations/models/invite-result.model';
import { ParseIdPipe } from '../graphql/parse-id.pipe';
import { TaskForceMeetingModel } from './models/task-force.model';
import { toMeetingModel } from './models/to-model';

@Resolver(() => TaskForceMeetingModel)
export class TaskForceMeetingsResolver {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly meetingInvitations: MeetingInvitationsService,
  ) {}

  @Mutation(() => TaskForceMeetingModel, { description: 'Makes a TASK_FORCE_MEETING forum a meeting of the task force.' })
  @CanWrite()
  async linkTaskForceMeeting(
    @CurrentActor() actor: StaffActor,
    @Args('taskForceId', { type: () => ID }, ParseIdPipe) taskForceId: string,
    @Args('forumId', { type: () => ID }, ParseIdPipe) forumId: string,
  ): Promise<TaskForceMeetingModel> {
    return toMeetingModel(await this.meetings.link(actor, taskForceId, forumId));
  }

  @Mutation(() => InviteResultModel, {
    description:
      "Invites today's designated contacts of the member organisations (not the opted-out) to one of the task force's meetings, through the usual invitations; inviting again adds only newcomers.",
  })
  @CanWrite()
  inviteTaskForceMembersToMeeting(
    @CurrentActor() actor: StaffActor,
    @Args('taskForceId', { type: () => ID }, ParseIdPipe) taskForceId: string,
    @Args('forumId', { type: () => ID }, ParseIdPipe) forumId: string,
  ): Promise<InviteOutcome> {
    return this.meetingInvitations.inviteMembers(actor, taskForceId, forumId);
  }
}
