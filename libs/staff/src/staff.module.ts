import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@app/audit';
import { AgenciesModule } from '@app/agencies';
import { MailModule } from '@app/mail';
import { EventsModule } from '@app/events';
import { StaffUser } from './staff-user.entity';
import { StaffService } from './staff.service';
import { StaffAccountsModule } from './staff-accounts.module';

@Module({
  imports: [TypeOrmModule.forFeature([StaffUser]), AuditModule, AgenciesModule, MailModule, EventsModule, StaffAccountsModule],
  providers: [StaffService],
  exports: [StaffService, StaffAccountsModule],
})
export class StaffModule {}
