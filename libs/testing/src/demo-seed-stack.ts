import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FirstRunEnv, SetupModule } from '@app/setup';
// The same demo parts `npm start` composes.
import { DEMO_SEED_MODULES } from '../../../scripts/demo-seed-modules';
import { TestApp, createTestApp } from './test-app';
import { testConfig } from './test-config';

export interface DemoSeedStack {
  /** What `npm run seed` runs: get `DemoSeedService` from it. */
  setup: INestApplicationContext;
  /** The API over the same database, to read the seeded data as staff would. */
  t: TestApp;
  close(): Promise<void>;
}

/** The setup context (as `npm run seed` builds it, with `env` as its environment) beside the API, for the demo seed's tests. */
export async function createDemoSeedStack(env: FirstRunEnv = {}): Promise<DemoSeedStack> {
  const config = testConfig();
  const setup = await NestFactory.createApplicationContext(SetupModule.forRoot(config, env, DEMO_SEED_MODULES), { logger: false });
  const t = await createTestApp(config);
  return {
    setup,
    t,
    close: async () => {
      await setup.close();
      await t.close();
    },
  };
}
