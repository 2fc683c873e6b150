import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PlatformOperator } from './platform-operator.entity';
import { RefreshSession } from './refresh-session.entity';
import { PasswordHasher } from './password-hasher';
import { OperatorAccountsService } from './operator-accounts.service';

/** Platform operator accounts and password hashing: needs only the database (first start, `npm run operator`). */
@Module({
  imports: [TypeOrmModule.forFeature([PlatformOperator, RefreshSession])],
  providers: [PasswordHasher, OperatorAccountsService],
  exports: [PasswordHasher, OperatorAccountsService],
})
export class OperatorAccountsModule {}
