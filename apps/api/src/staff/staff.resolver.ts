import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PageArgs, StaffActor, StaffRole } from '@app/common';
import { AdminOnly, CanRead, CurrentActor } from '@app/auth';
import { StaffService } from '@app/staff';
import { ParseIdPipe } from '../graphql/parse-id.pipe';
import { StaffUserConnection, StaffUserModel } from './models/staff-user.model';
import { InviteStaffInput } from './dto/invite-staff.input';
import { StaffFilterInput } from './dto/staff-filter.input';

@Resolver(() => StaffUserModel)
export class StaffResolver {
  constructor(private readonly staff: StaffService) {}

  @Query(() => StaffUserConnection, { description: "Staff of the caller's agency." })
  @CanRead()
  staffUsers(
    @CurrentActor() actor: StaffActor,
    @Args() page: PageArgs,
    @Args('filter', { nullable: true }) filter?: StaffFilterInput,
  ) {
    return this.staff.list(actor, filter ?? {}, page);
  }

  @Query(() => StaffUserModel)
  @CanRead()
  staffUser(@CurrentActor() actor: StaffActor, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return this.staff.get(actor, id);
  }

  @Mutation(() => StaffUserModel, { description: 'Creates an invited account and emails a link to set a password.' })
  @AdminOnly()
  inviteStaff(@CurrentActor() actor: StaffActor, @Args('input') input: InviteStaffInput) {
    return this.staff.invite(actor, input);
  }

  @Mutation(() => StaffUserModel)
  @AdminOnly()
  changeStaffRole(
    @CurrentActor() actor: StaffActor,
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
    @Args('role', { type: () => StaffRole }) role: StaffRole,
  ) {
    return this.staff.changeRole(actor, id, role);
  }

  @Mutation(() => StaffUserModel, { description: 'Blocks sign-in and ends every open session of this person.' })
  @AdminOnly()
  deactivateStaff(@CurrentActor() actor: StaffActor, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return this.staff.deactivate(actor, id);
  }
}
