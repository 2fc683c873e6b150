import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { SignedInActor, StaffActor } from '@app/common';
import { AuthService, CanRead, CurrentAccount, CurrentActor, Public, SignedIn } from '@app/auth';
import { StaffService } from '@app/staff';
import { GraphQLContext } from '../graphql/graphql.options';
import { AuthSessionModel } from './models/auth-session.model';
import { AcceptStaffInvitationInput, LoginInput } from './dto/login.input';
import { StaffUserModel } from '../staff/models/staff-user.model';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly staff: StaffService,
  ) {}

  @Mutation(() => AuthSessionModel, {
    description: 'Staff and platform operators alike. Limited per client address and per account (growing waits, then a lock its owner is emailed about).',
  })
  @Public()
  login(@Args('input') input: LoginInput, @Context() context: GraphQLContext) {
    return this.auth.login(input.email, input.password, context.req.ip ?? 'unknown');
  }

  @Mutation(() => AuthSessionModel)
  @Public()
  refreshSession(@Args('refreshToken') refreshToken: string) {
    return this.auth.refresh(refreshToken);
  }

  @Mutation(() => Boolean, { description: 'Ends this session, or every session of the caller with `everywhere`.' })
  @SignedIn()
  async logout(@CurrentAccount() actor: SignedInActor, @Args('everywhere', { defaultValue: false }) everywhere: boolean) {
    await this.auth.logout(actor, everywhere);
    return true;
  }

  @Mutation(() => AuthSessionModel, { description: 'Sets the password from an emailed invitation and signs in.' })
  @Public()
  acceptStaffInvitation(@Args('input') input: AcceptStaffInvitationInput) {
    return this.auth.acceptInvitation(input.token, input.password);
  }

  @Query(() => StaffUserModel)
  @CanRead()
  me(@CurrentActor() actor: StaffActor) {
    return this.staff.get(actor, actor.userId);
  }
}
