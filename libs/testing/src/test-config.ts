import { randomBytes } from 'node:crypto';
import { AppConfig, loadConfig } from '@app/config';

/** Config for an app under test: this run's database and Redis prefix, logs of errors only. */
export function testConfig(overrides: Record<string, string | undefined> = {}): AppConfig {
  const databaseUrl = process.env.TEST_DATABASE_URL;
  if (!databaseUrl) throw new Error('TEST_DATABASE_URL is not set: run the tests through jest (global setup sets it)');
  return loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: '5',
    REDIS_URL: process.env.TEST_REDIS_URL,
    // Every app in a test file gets its own prefix unless it shares one on purpose.
    REDIS_PREFIX: `${process.env.TEST_REDIS_PREFIX}-${randomBytes(3).toString('hex')}`,
    SMTP_URL: 'smtp://127.0.0.1:1',
    JWT_SECRET: 'test-jwt-secret-0123456789abcdefghijklmnop',
    LINK_SECRET: 'test-link-secret-0123456789abcdefghijklmnop',
    // Errors only (an unhandled error's stack, a 5xx): a failure's cause shows in the run's output.
    // TEST_LOG_LEVEL=info (or silent) for more (or nothing).
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'error',
    PORT: '0',
    OUTBOX_SWEEP_SECONDS: '2',
    ...overrides,
  });
}
