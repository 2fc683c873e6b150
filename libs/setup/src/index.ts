export type { FirstRunEnv } from './setup.tokens';
export { FirstRunService } from './first-run.service';
export type { FirstAdmin, FirstOperator } from './first-run.service';
export { DEMO_AGENCY_SLUG, DEMO_PASSWORD, DemoSeedService } from './demo-seed.service';
export type { DemoSeedResult } from './demo-seed.service';
export { SetupModule } from './setup.module';
