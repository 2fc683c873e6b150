import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { StaffActor } from '@app/common';
import { CanWrite, CurrentActor } from '@app/auth';
import { MeetingsService } from '@app/task-forces';
import { ParseIdPipe } from '../graphql/parse-id.pipe';
import { TaskForceMeetingModel } from './models/task-force.model';

@Resolver(() => TaskForceMeetingModel)
export class TaskForceMeetingsResolver {
  constructor(private readonly meetings: MeetingsService) {}

  @Mutation(() => TaskForceMeetingModel, { description: 'Makes a TASK_FORCE_MEETING forum a meeting of the task force.' })
  @CanWrite()
  async linkTaskForceMeeting(
    @CurrentActor() actor: StaffActor,
    @Args('taskForceId', { type: () => ID }, ParseIdPipe) taskForceId: string,
    @Args('forumId', { type: () => ID }, ParseIdPipe) forumId: string,
  ): Promise<TaskForceMeetingModel> {
    const forum = await this.meetings.link(actor, taskForceId, forumId);
    return { forumId: forum.id, title: forum.title, startsAt: forum.startsAt, endsAt: forum.endsAt, status: forum.status, organisationIds: [] };
  }

  @Mutation(() => TaskForceMeetingModel, {
    description: 'Replaces the organisations present at a meeting (interim, until the forum completion report provides them).',
  })
  @CanWrite()
  async recordTaskForceMeetingAttendance(
    @CurrentActor() actor: StaffActor,
    @Args('forumId', { type: () => ID }, ParseIdPipe) forumId: string,
    @Args('organisationIds', { type: () => [ID] }) organisationIds: string[],
  ): Promise<TaskForceMeetingModel> {
    const forum = await this.meetings.recordAttendance(actor, forumId, organisationIds);
    return { forumId: forum.id, title: forum.title, startsAt: forum.startsAt, endsAt: forum.endsAt, status: forum.status, organisationIds: [...new Set(organisationIds)] };
  }
}
