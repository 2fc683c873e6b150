import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@app/config';
import { AuditModule } from '@app/audit';
import { AgenciesModule } from '@app/agencies';
import { MailModule } from '@app/mail';
import { StaffUser } from '@app/staff';
import { RefreshSession } from './refresh-session.entity';
import { PlatformOperator } from './platform-operator.entity';
import { AuthService } from './auth.service';
import { PasswordHasher } from './password-hasher';
import { AuthGuard } from './auth.guard';
import { OperatorAccountsService } from './operator-accounts.service';
import { LockNotice } from './lock-notice';

@Module({
  imports: [
    TypeOrmModule.forFeature([RefreshSession, StaffUser, PlatformOperator]),
    JwtModule.registerAsync({ inject: [APP_CONFIG], useFactory: (config: AppConfig) => ({ secret: config.JWT_SECRET }) }),
    AuditModule,
    AgenciesModule,
    MailModule,
  ],
  providers: [AuthService, PasswordHasher, AuthGuard, OperatorAccountsService, LockNotice],
  exports: [AuthService, AuthGuard, PasswordHasher, OperatorAccountsService],
})
export class AuthModule {}
