import type { INestApplicationContext } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AppConfig } from '@app/config';

/**
 * How to build the two apps, handed in by whoever runs the tests: libs never import the apps,
 * so `createTestApp` and `startTestWorker` ask for them here instead. Jest's `setupFiles` load
 * test/support/app-bootstraps.ts, which provides the real ones before each test file runs.
 */
export interface AppBootstraps {
  /** The API, built but not listening (apps/api/src/bootstrap.ts). */
  api(config: AppConfig): Promise<NestExpressApplication>;
  /** The worker, started (apps/worker/src/bootstrap.ts). */
  worker(config: AppConfig): Promise<INestApplicationContext>;
}

let provided: AppBootstraps | undefined;

export function provideAppBootstraps(bootstraps: AppBootstraps): void {
  provided = bootstraps;
}

export function appBootstraps(): AppBootstraps {
  if (!provided) {
    throw new Error('No app bootstraps: load test/support/app-bootstraps.ts first (jest.config.js lists it in setupFiles)');
  }
  return provided;
}
