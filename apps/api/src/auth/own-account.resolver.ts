import { Args, Int, Mutation, Resolver } from '@nestjs/graphql';
import { StaffActor } from '@app/common';
import { CanRead, CurrentActor, OwnAccountService } from '@app/auth';
import { StaffService } from '@app/staff';
import { StaffUserModel } from '../staff/models/staff-user.model';
import { ChangePasswordInput, UpdateProfileInput } from './dto/own-account.input';

/** The signed-in staff member's own profile and sessions (every role, analysts included). */
@Resolver()
export class OwnAccountResolver {
  constructor(
    private readonly account: OwnAccountService,
    private readonly staff: StaffService,
  ) {}

  @Mutation(() => StaffUserModel, { description: "The caller's own name." })
  @CanRead()
  updateMyProfile(@CurrentActor() actor: StaffActor, @Args('input') input: UpdateProfileInput) {
    return this.staff.renameSelf(actor, input.name);
  }

  @Mutation(() => StaffUserModel, { description: "The caller's console language: a code from `languages`, or null to follow the browser." })
  @CanRead()
  setMyLanguage(@CurrentActor() actor: StaffActor, @Args('language', { type: () => String, nullable: true }) language: string | null) {
    return this.staff.setOwnLanguage(actor, language);
  }

  @Mutation(() => Boolean, { description: 'Needs the current password (a wrong one counts as a failed sign-in); this session stays signed in, every other session of the caller ends.' })
  @CanRead()
  async changeMyPassword(@CurrentActor() actor: StaffActor, @Args('input') input: ChangePasswordInput) {
    await this.account.changePassword(actor, input);
    return true;
  }

  @Mutation(() => Int, { description: 'Signs out every other session of the caller, keeping this one; returns how many ended.' })
  @CanRead()
  endMyOtherSessions(@CurrentActor() actor: StaffActor) {
    return this.account.endOtherSessions(actor);
  }
}
