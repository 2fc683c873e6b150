import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { StaffActor } from '@app/common';
import { AuthService, CanRead, CurrentActor, Public } from '@app/auth';
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

  @Mutation(() => AuthSessionModel, { description: 'Rate-limited per client and per account.' })
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
  @CanRead()
  async logout(@CurrentActor() actor: StaffActor, @Args('everywhere', { defaultValue: false }) everywhere: boolean) {
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
