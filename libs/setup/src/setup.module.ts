import { DynamicModule, Module, Type } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig, ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { AgenciesModule, Agency } from '@app/agencies';
import { AuditModule } from '@app/audit';
import { OperatorAccountsService, PasswordHasher, PlatformOperator } from '@app/auth';
import { StaffUser } from '@app/staff';
import { FirstRunService } from './first-run.service';
import { FIRST_RUN_ENV, FirstRunEnv } from './setup.tokens';
import { DemoSeedService } from './demo-seed.service';

/** What `npm start`, `npm run seed` and `npm run operator -- create` need: no Redis, no HTTP. */
@Module({})
export class SetupModule {
  /**
   * `demoParts`: the features' demo modules (`PartnersDemoModule`, …) whose `@DemoSeedPart`
   * providers the demo seed runs, by their order; the caller composes them, so setup imports
   * no feature lib.
   */
  static forRoot(config: AppConfig, env: FirstRunEnv, demoParts: Type[] = []): DynamicModule {
    return {
      module: SetupModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule, DiscoveryModule, TypeOrmModule.forFeature([Agency, StaffUser, PlatformOperator]), AgenciesModule, AuditModule, ...demoParts],
      providers: [
        FirstRunService,
        DemoSeedService,
        PasswordHasher,
        OperatorAccountsService,
        { provide: FIRST_RUN_ENV, useValue: env },
      ],
      exports: [FirstRunService, DemoSeedService, OperatorAccountsService],
    };
  }
}
