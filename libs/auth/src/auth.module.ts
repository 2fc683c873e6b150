import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@app/config';
import { AuditModule } from '@app/audit';
import { StaffUser } from '@app/staff';
import { RefreshSession } from './refresh-session.entity';
import { AuthService } from './auth.service';
import { PasswordHasher } from './password-hasher';
import { AuthGuard } from './auth.guard';

@Module({
  imports: [
    TypeOrmModule.forFeature([RefreshSession, StaffUser]),
    JwtModule.registerAsync({ inject: [APP_CONFIG], useFactory: (config: AppConfig) => ({ secret: config.JWT_SECRET }) }),
    AuditModule,
  ],
  providers: [AuthService, PasswordHasher, AuthGuard],
  exports: [AuthService, AuthGuard, PasswordHasher],
})
export class AuthModule {}
