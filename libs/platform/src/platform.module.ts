import { Module } from '@nestjs/common';
import { AgenciesModule } from '@app/agencies';
import { AuditModule } from '@app/audit';
import { AuthModule } from '@app/auth';
import { MailModule } from '@app/mail';
import { StaffModule } from '@app/staff';
import { PlatformService } from './platform.service';

/** The platform operator's side: agencies as a whole, never their data. */
@Module({
  imports: [AgenciesModule, AuditModule, AuthModule, MailModule, StaffModule],
  providers: [PlatformService],
  exports: [PlatformService],
})
export class PlatformModule {}
