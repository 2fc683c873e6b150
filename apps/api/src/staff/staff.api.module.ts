import { Module } from '@nestjs/common';
import { StaffModule } from '@app/staff';
import { StaffResolver } from './staff.resolver';

/** The agency's staff accounts (invite, roles, deactivate). */
@Module({
  imports: [StaffModule],
  providers: [StaffResolver],
})
export class StaffApiModule {}
