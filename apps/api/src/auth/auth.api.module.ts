import { Module } from '@nestjs/common';
import { AuthModule } from '@app/auth';
import { StaffModule } from '@app/staff';
import { AuthResolver } from './auth.resolver';
import { OwnAccountResolver } from './own-account.resolver';
import { SessionController } from './session.controller';
import { StaffInvitationController } from './staff-invitation.controller';

/** Signing in: the GraphQL session operations, the console's browser session, and the page a newly invited staff member sets a password on. */
@Module({
  imports: [AuthModule, StaffModule],
  controllers: [SessionController, StaffInvitationController],
  providers: [AuthResolver, OwnAccountResolver],
})
export class AuthApiModule {}
