import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PageArgs, StaffActor } from '@app/common';
import { CanRead, CanWrite, CurrentActor } from '@app/auth';
import { MembershipsService, TaskForceStatus, TaskForcesService } from '@app/task-forces';
import { ParseIdPipe } from '../graphql/parse-id.pipe';
import { ParseIdsPipe } from '../graphql/parse-ids.pipe';
import { CreateTaskForceInput, TaskForceFilterInput, UpdateTaskForceInput } from './dto/task-force.input';
import { AddTaskForceOrganisationInput } from './dto/membership.input';
import { JoinedOnArgs, LeftOnArgs } from './dto/iso-date.args';
import { TaskForceConnection, TaskForceMemberModel, TaskForceModel, TaskForceStaffMemberModel } from './models/task-force.model';
import { ContactModel } from '../partners/models/contact.model';
import { TextLimitPipe } from '../graphql/text-limit.pipe';

@Resolver(() => TaskForceModel)
export class TaskForcesResolver {
  constructor(
    private readonly service: TaskForcesService,
    private readonly memberships: MembershipsService,
  ) {}

  @Query(() => TaskForceConnection)
  @CanRead()
  taskForces(@CurrentActor() actor: StaffActor, @Args() page: PageArgs, @Args('filter', { nullable: true }) filter?: TaskForceFilterInput) {
    return this.service.list(actor, filter ?? {}, page);
  }

  @Query(() => TaskForceModel)
  @CanRead()
  taskForce(@CurrentActor() actor: StaffActor, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return this.service.get(actor, id);
  }

  @Query(() => [ContactModel], {
    description: "Who 'invite all members' would invite: designated contacts of today's member organisations, without those who opted out.",
  })
  @CanRead()
  taskForceContactsToInvite(@CurrentActor() actor: StaffActor, @Args('taskForceId', { type: () => ID }, ParseIdPipe) taskForceId: string) {
    return this.memberships.contactsToInvite(actor, taskForceId);
  }

  @Mutation(() => TaskForceModel)
  @CanWrite()
  createTaskForce(@CurrentActor() actor: StaffActor, @Args('input') input: CreateTaskForceInput) {
    return this.service.create(actor, input);
  }

  @Mutation(() => TaskForceModel)
  @CanWrite()
  updateTaskForce(@CurrentActor() actor: StaffActor, @Args('id', { type: () => ID }, ParseIdPipe) id: string, @Args('input') input: UpdateTaskForceInput) {
    return this.service.update(actor, id, input);
  }

  @Mutation(() => TaskForceModel, { description: 'FORMING → ACTIVE ⇄ PAUSED; any open state → CLOSED. Others are a CONFLICT naming the current status.' })
  @CanWrite()
  changeTaskForceStatus(
    @CurrentActor() actor: StaffActor,
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
    @Args('status', { type: () => TaskForceStatus }) status: TaskForceStatus,
    @Args('reason', { type: () => String, nullable: true }, new TextLimitPipe(2_000)) reason?: string,
  ) {
    return this.service.changeStatus(actor, id, status, reason ?? undefined);
  }

  @Mutation(() => TaskForceMemberModel, { description: 'Starts a membership period for the organisation.' })
  @CanWrite()
  addTaskForceOrganisation(
    @CurrentActor() actor: StaffActor,
    @Args('taskForceId', { type: () => ID }, ParseIdPipe) taskForceId: string,
    @Args('input') input: AddTaskForceOrganisationInput,
  ) {
    return this.memberships.addOrganisation(actor, taskForceId, input);
  }

  @Mutation(() => TaskForceMemberModel, { description: "Ends the organisation's current membership period on leftOn (default today); history is kept." })
  @CanWrite()
  removeTaskForceOrganisation(
    @CurrentActor() actor: StaffActor,
    @Args('taskForceId', { type: () => ID }, ParseIdPipe) taskForceId: string,
    @Args('organisationId', { type: () => ID }, ParseIdPipe) organisationId: string,
    @Args() dates: LeftOnArgs,
  ) {
    return this.memberships.leaveOrganisation(actor, taskForceId, organisationId, dates.leftOn ?? undefined);
  }

  @Mutation(() => TaskForceMemberModel, { description: "Replaces the designated contacts of the organisation's current membership." })
  @CanWrite()
  setTaskForceMemberContacts(
    @CurrentActor() actor: StaffActor,
    @Args('taskForceId', { type: () => ID }, ParseIdPipe) taskForceId: string,
    @Args('organisationId', { type: () => ID }, ParseIdPipe) organisationId: string,
    @Args('contactIds', { type: () => [ID] }, ParseIdsPipe) contactIds: string[],
  ) {
    return this.memberships.setContacts(actor, taskForceId, organisationId, contactIds);
  }

  @Mutation(() => TaskForceStaffMemberModel)
  @CanWrite()
  addTaskForceStaff(
    @CurrentActor() actor: StaffActor,
    @Args('taskForceId', { type: () => ID }, ParseIdPipe) taskForceId: string,
    @Args('staffUserId', { type: () => ID }, ParseIdPipe) staffUserId: string,
    @Args() dates: JoinedOnArgs,
  ) {
    return this.memberships.addStaff(actor, taskForceId, staffUserId, dates.joinedOn ?? undefined);
  }

  @Mutation(() => TaskForceStaffMemberModel)
  @CanWrite()
  removeTaskForceStaff(
    @CurrentActor() actor: StaffActor,
    @Args('taskForceId', { type: () => ID }, ParseIdPipe) taskForceId: string,
    @Args('staffUserId', { type: () => ID }, ParseIdPipe) staffUserId: string,
    @Args() dates: LeftOnArgs,
  ) {
    return this.memberships.removeStaff(actor, taskForceId, staffUserId, dates.leftOn ?? undefined);
  }
}
