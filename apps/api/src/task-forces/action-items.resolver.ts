import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { StaffActor } from '@app/common';
import { CanRead, CanWrite, CurrentActor } from '@app/auth';
import { ContactsService } from '@app/partners';
import { ActionItemStatus, ActionItemsService, MembershipsService, type ActionItem } from '@app/task-forces';
import { ParseIdPipe } from '../graphql/parse-id.pipe';
import { RequestLoaders, groupInOrder } from '../graphql/request-loaders';
import { StaffUserModel } from '../staff/models/staff-user.model';
import { CreateActionItemInput, UpdateActionItemInput } from './dto/action-item.input';
import { ActionItemModel, ActionItemUpdateModel } from './models/action-item.model';
import { ContactModel } from '../partners/models/contact.model';
import { contactLoader, staffLoader } from './task-force-fields.resolver';
import { TextLimitPipe } from '../graphql/text-limit.pipe';

@Resolver(() => ActionItemModel)
export class ActionItemsResolver {
  constructor(
    private readonly items: ActionItemsService,
    private readonly memberships: MembershipsService,
    private readonly contacts: ContactsService,
  ) {}

  @Query(() => ActionItemModel)
  @CanRead()
  actionItem(@CurrentActor() actor: StaffActor, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return this.items.get(actor, id);
  }

  @Mutation(() => ActionItemModel, {
    description: 'Owner: a staff member of the task force or a contact of a member organisation; due no earlier than the task force started.',
  })
  @CanWrite()
  createActionItem(
    @CurrentActor() actor: StaffActor,
    @Args('taskForceId', { type: () => ID }, ParseIdPipe) taskForceId: string,
    @Args('input') input: CreateActionItemInput,
  ) {
    return this.items.create(actor, taskForceId, input);
  }

  @Mutation(() => ActionItemModel)
  @CanWrite()
  updateActionItem(@CurrentActor() actor: StaffActor, @Args('id', { type: () => ID }, ParseIdPipe) id: string, @Args('input') input: UpdateActionItemInput) {
    return this.items.update(actor, id, input);
  }

  @Mutation(() => ActionItemModel)
  @CanWrite()
  changeActionItemStatus(
    @CurrentActor() actor: StaffActor,
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
    @Args('status', { type: () => ActionItemStatus }) status: ActionItemStatus,
    @Args('note', { type: () => String, nullable: true }, new TextLimitPipe(2_000)) note?: string,
  ) {
    return this.items.changeStatus(actor, id, status, note);
  }

  @Mutation(() => ActionItemModel, { description: "Emails the owning partner contact their status link again; BAD_USER_INPUT naming id when a staff member owns the item or the contact opted out." })
  @CanWrite()
  sendActionItemStatusLink(@CurrentActor() actor: StaffActor, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return this.items.sendStatusLink(actor, id);
  }

  @ResolveField(() => StaffUserModel, { nullable: true })
  ownerStaff(@Parent() item: ActionItem, @CurrentActor() actor: StaffActor, @Context('loaders') loaders: RequestLoaders) {
    return item.ownerStaffId ? staffLoader(loaders, this.memberships, actor.agencyId).load(item.ownerStaffId) : null;
  }

  @ResolveField(() => ContactModel, { nullable: true })
  ownerContact(@Parent() item: ActionItem, @CurrentActor() actor: StaffActor, @Context('loaders') loaders: RequestLoaders) {
    return item.ownerContactId ? contactLoader(loaders, this.contacts, actor.agencyId).load(item.ownerContactId) : null;
  }

  @ResolveField(() => Boolean, { description: "Past its due date (in the agency's time zone) and not done." })
  async overdue(@Parent() item: ActionItem, @CurrentActor() actor: StaffActor, @Context('loaders') loaders: RequestLoaders) {
    const today = await loaders.get('agency.today', () => new DataLoader(async (ids: readonly string[]) => Promise.all(ids.map((id) => this.memberships.today(id))))).load(actor.agencyId);
    return item.status !== ActionItemStatus.DONE && item.dueOn < today;
  }

  @ResolveField(() => [ActionItemUpdateModel], { description: 'Status history, oldest first.' })
  updates(@Parent() item: ActionItem, @Context('loaders') loaders: RequestLoaders) {
    return loaders
      .get('actionItem.updates', () => new DataLoader(async (ids: readonly string[]) => groupInOrder(ids, await this.items.updatesFor(ids), (u) => u.actionItemId)))
      .load(item.id);
  }
}
