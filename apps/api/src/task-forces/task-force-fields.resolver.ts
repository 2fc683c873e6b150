import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { StaffActor } from '@app/common';
import { CurrentActor } from '@app/auth';
import type { StaffUser } from '@app/staff';
import { ContactsService, OrganisationsService, type Contact, type Organisation } from '@app/partners';
import {
  ActionItemsService,
  MeetingsService,
  MembershipsService,
  ProblemsService,
  type TaskForceOrganisation,
  type TaskForceStaffMember,
} from '@app/task-forces';
import { RequestLoaders, groupInOrder, oneInOrder } from '../graphql/request-loaders';
import { StaffUserModel } from '../staff/models/staff-user.model';
import { AsOfArgs } from './dto/iso-date.args';
import { ActionItemFilterInput } from './dto/action-item.input';
import { TaskForceMeetingModel, TaskForceMemberModel, TaskForceModel, TaskForceStaffMemberModel } from './models/task-force.model';
import { OrganisationModel } from '../partners/models/organisation.model';
import { ContactModel } from '../partners/models/contact.model';
import { ProblemModel } from './models/problem.model';
import { ActionItemModel } from './models/action-item.model';
import { toMeetingModel } from './models/to-model';

export function staffLoader(loaders: RequestLoaders, memberships: MembershipsService, agencyId: string) {
  return loaders.get('taskForce.staffUser', () => new DataLoader<string, StaffUser | null>(async (ids) => oneInOrder(ids, await memberships.staffByIds(agencyId, ids), (u) => u.id)));
}

export function contactLoader(loaders: RequestLoaders, contacts: ContactsService, agencyId: string) {
  return loaders.get('partners.contact', () => new DataLoader<string, Contact | null>(async (ids) => oneInOrder(ids, await contacts.byIds(agencyId, ids), (c) => c.id)));
}

@Resolver(() => TaskForceModel)
export class TaskForceFieldsResolver {
  constructor(
    private readonly memberships: MembershipsService,
    private readonly problemsService: ProblemsService,
    private readonly items: ActionItemsService,
    private readonly meetingsService: MeetingsService,
  ) {}

  @ResolveField(() => StaffUserModel)
  leadOfficer(@Parent() taskForce: TaskForceModel, @CurrentActor() actor: StaffActor, @Context('loaders') loaders: RequestLoaders) {
    return staffLoader(loaders, this.memberships, actor.agencyId).load(taskForce.leadOfficerId);
  }

  @ResolveField(() => [TaskForceMemberModel], {
    description: 'Organisation membership periods covering asOf (YYYY-MM-DD); every period, history included, when asOf is left out.',
  })
  members(@Parent() taskForce: TaskForceModel, @CurrentActor() actor: StaffActor, @Context('loaders') loaders: RequestLoaders, @Args() args: AsOfArgs) {
    const asOf = args.asOf ?? undefined;
    return loaders
      .get(`taskForce.members.${asOf ?? 'all'}`, () => new DataLoader(async (ids: readonly string[]) => groupInOrder(ids, await this.memberships.organisationsFor(actor.agencyId, ids, asOf), (m) => m.taskForceId)))
      .load(taskForce.id);
  }

  @ResolveField(() => [TaskForceStaffMemberModel], { description: 'Staff membership periods covering asOf; all of them when left out.' })
  staffMembers(@Parent() taskForce: TaskForceModel, @CurrentActor() actor: StaffActor, @Context('loaders') loaders: RequestLoaders, @Args() args: AsOfArgs) {
    const asOf = args.asOf ?? undefined;
    return loaders
      .get(`taskForce.staff.${asOf ?? 'all'}`, () => new DataLoader(async (ids: readonly string[]) => groupInOrder(ids, await this.memberships.staffFor(actor.agencyId, ids, asOf), (m) => m.taskForceId)))
      .load(taskForce.id);
  }

  @ResolveField(() => [ProblemModel])
  problems(@Parent() taskForce: TaskForceModel, @CurrentActor() actor: StaffActor, @Context('loaders') loaders: RequestLoaders) {
    return loaders
      .get('taskForce.problems', () => new DataLoader(async (ids: readonly string[]) => groupInOrder(ids, await this.problemsService.problemsFor(actor.agencyId, ids), (p) => p.taskForceId)))
      .load(taskForce.id);
  }

  @ResolveField(() => [ActionItemModel], { description: 'Sorted by due date.' })
  actionItems(
    @Parent() taskForce: TaskForceModel,
    @CurrentActor() actor: StaffActor,
    @Context('loaders') loaders: RequestLoaders,
    @Args('filter', { nullable: true }) filter?: ActionItemFilterInput,
  ) {
    const status = filter?.status;
    return loaders
      .get(`taskForce.items.${status ?? 'all'}`, () => new DataLoader(async (ids: readonly string[]) => groupInOrder(ids, await this.items.itemsFor(actor.agencyId, ids, { status }), (i) => i.taskForceId)))
      .load(taskForce.id);
  }

  @ResolveField(() => [TaskForceMeetingModel], { description: 'Linked TASK_FORCE_MEETING forums, oldest first.' })
  async meetings(@Parent() taskForce: TaskForceModel, @CurrentActor() actor: StaffActor, @Context('loaders') loaders: RequestLoaders) {
    const rows = await loaders
      .get('taskForce.meetings', () => new DataLoader(async (ids: readonly string[]) => groupInOrder(ids, await this.meetingsService.meetingsFor(actor.agencyId, ids), (m) => m.taskForceId)))
      .load(taskForce.id);
    return rows.map(toMeetingModel);
  }
}

@Resolver(() => TaskForceMemberModel)
export class TaskForceMemberFieldsResolver {
  constructor(
    private readonly memberships: MembershipsService,
    private readonly organisations: OrganisationsService,
  ) {}

  @ResolveField(() => OrganisationModel)
  organisation(@Parent() member: TaskForceOrganisation, @CurrentActor() actor: StaffActor, @Context('loaders') loaders: RequestLoaders) {
    return loaders
      .get('partners.organisation', () => new DataLoader<string, Organisation | null>(async (ids) => oneInOrder(ids, await this.organisations.byIds(actor.agencyId, ids), (o) => o.id)))
      .load(member.organisationId);
  }

  @ResolveField(() => [ContactModel], { description: 'Contacts the organisation designated for this period.' })
  contacts(@Parent() member: TaskForceOrganisation, @CurrentActor() actor: StaffActor, @Context('loaders') loaders: RequestLoaders) {
    return loaders
      .get('taskForce.memberContacts', () => new DataLoader(async (ids: readonly string[]) => groupInOrder(ids, await this.memberships.contactsOfMemberships(actor.agencyId, ids), (c) => c.membershipId)))
      .load(member.id);
  }
}

@Resolver(() => TaskForceStaffMemberModel)
export class TaskForceStaffMemberFieldsResolver {
  constructor(private readonly memberships: MembershipsService) {}

  @ResolveField(() => StaffUserModel)
  staffUser(@Parent() member: TaskForceStaffMember, @CurrentActor() actor: StaffActor, @Context('loaders') loaders: RequestLoaders) {
    return staffLoader(loaders, this.memberships, actor.agencyId).load(member.staffUserId);
  }
}
