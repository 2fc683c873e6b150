import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { AgenciesModule } from '@app/agencies';
import { AuditModule } from '@app/audit';
import { OperatorAccountsModule } from '@app/auth';
import { StaffAccountsModule } from '@app/staff';
import { ForumsDemoSeed } from '@app/forums';
import { OrganisationDirectoryModule, PartnersDemoSeed } from '@app/partners';
import { TaskForcesDemoSeed } from '@app/task-forces';
import { SurveyDemoSeed } from '@app/surveys';
import { InvitationsDemoSeed } from '@app/invitations';
import { FirstRunService } from './first-run.service';
import { FIRST_RUN_ENV, FirstRunEnv } from './setup.tokens';
import { DEMO_SEED_CONTRIBUTORS, DemoSeedContributor, DemoSeedService } from './demo-seed.service';

/**
 * Each feature's demo part (a DemoSeedContributor provider), in the order they run.
 * Add a feature's contributor class here and to the providers below.
 */
const CONTRIBUTORS: (new (...args: never[]) => DemoSeedContributor)[] = [
  PartnersDemoSeed,
  ForumsDemoSeed,
  InvitationsDemoSeed, // after partners and forums: invites their contacts to their forums
  TaskForcesDemoSeed, // after partners and forums: reads their organisations and concerns
  SurveyDemoSeed,
];

/** What `npm start`, `npm run seed` and `npm run operator -- create` need: no Redis, no HTTP. */
@Module({})
export class SetupModule {
  static forRoot(config: AppConfig, env: FirstRunEnv): DynamicModule {
    return {
      module: SetupModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule, AgenciesModule, AuditModule, StaffAccountsModule, OperatorAccountsModule, OrganisationDirectoryModule],
      providers: [
        FirstRunService,
        DemoSeedService,
        { provide: FIRST_RUN_ENV, useValue: env },
        ...CONTRIBUTORS,
        { provide: DEMO_SEED_CONTRIBUTORS, useFactory: (...parts: DemoSeedContributor[]) => parts, inject: CONTRIBUTORS },
      ],
      exports: [FirstRunService, DemoSeedService, OperatorAccountsModule],
    };
  }
}
