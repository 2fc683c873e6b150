import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@app/audit';
import { AgenciesModule } from '@app/agencies';
import { MailModule } from '@app/mail';
import { EventsModule } from '@app/events';
import { StaffUser } from './staff-user.entity';
import { StaffService } from './staff.service';
import { StaffAccountsModule } from './staff-accounts.module';
import { StaffDirectory } from './staff-directory.service';

@Module({
  imports: [TypeOrmModule.forFeature([StaffUser]), AuditModule, AgenciesModule, MailModule, EventsModule, StaffAccountsModule],
  providers: [StaffService, StaffDirectory],
  exports: [StaffService, StaffDirectory, StaffAccountsModule],
})
export class StaffModule {}
