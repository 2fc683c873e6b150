import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@app/config';
import { AuditModule } from '@app/audit';
import { AgenciesModule } from '@app/agencies';
import { MailModule } from '@app/mail';
import { StaffAccountsModule } from '@app/staff';
import { RefreshSession } from './refresh-session.entity';
import { PlatformOperator } from './platform-operator.entity';
import { AuthService } from './auth.service';
import { AuthGuard } from './auth.guard';
import { OperatorAccountsModule } from './operator-accounts.module';
import { LockNotice } from './lock-notice';
import { StaffSessionsListener } from './staff-sessions.listener';
import { OwnAccountService } from './own-account.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([RefreshSession, PlatformOperator]),
    // A key object, made once: given the secret as a string, jsonwebtoken first tries to read it as a
    // PEM public or private key on every sign and verify, and builds the HMAC key only once that fails.
    JwtModule.registerAsync({ inject: [APP_CONFIG], useFactory: (config: AppConfig) => ({ secret: createSecretKey(Buffer.from(config.JWT_SECRET, 'utf8')) }) }),
    AuditModule,
    AgenciesModule,
    MailModule,
    StaffAccountsModule,
    OperatorAccountsModule,
  ],
  providers: [AuthService, AuthGuard, LockNotice, StaffSessionsListener, OwnAccountService],
  exports: [AuthService, AuthGuard, OperatorAccountsModule, OwnAccountService],
})
export class AuthModule {}
