import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { StaffUser } from './staff-user.entity';
import { StaffAccountsService } from './staff-accounts.service';

/** Staff accounts for other libs (sign-in, host names, first admin): needs only the database. */
@Module({
  imports: [TypeOrmModule.forFeature([StaffUser])],
  providers: [StaffAccountsService],
  exports: [StaffAccountsService],
})
export class StaffAccountsModule {}
