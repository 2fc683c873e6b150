import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
// Jest's global setup runs outside its module mapper, so these imports are relative.
import { adminQuery, runMigrations } from '../../database/src/migrate';
import { postgresAnswers, resolveRedis, startEmbeddedPostgres } from '../../devstack/src';

const LOCAL_POSTGRES = 'postgres://postgres@127.0.0.1:5432/postgres';

interface TestStack {
  stops: (() => Promise<unknown>)[];
  dropDatabase?: { adminUrl: string; name: string };
}

/**
 * Once per `npm test`: find PostgreSQL (DATABASE_URL, else the local server, else
 * embedded) and Redis (REDIS_URL, else local, else redis-server from PATH), give
 * this run its own database and Redis key prefix, and migrate once.
 */
export default async function globalSetup(): Promise<void> {
  const stack: TestStack = { stops: [] };
  (globalThis as { __liaisonTestStack?: TestStack }).__liaisonTestStack = stack;
  const run = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;

  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    if (await postgresAnswers(LOCAL_POSTGRES)) {
      const name = `liaison_test_${run}`;
      await adminQuery(LOCAL_POSTGRES, `CREATE DATABASE ${name}`);
      stack.dropDatabase = { adminUrl: LOCAL_POSTGRES, name };
      databaseUrl = `postgres://postgres@127.0.0.1:5432/${name}`;
    } else {
      const pg = await startEmbeddedPostgres({
        dir: join(__dirname, '..', '..', '..', '.data', `test-pg-${run}`),
        password: randomBytes(12).toString('hex'),
        database: 'liaison_test',
        persistent: false,
      });
      stack.stops.push(pg.stop);
      databaseUrl = pg.url;
    }
  }
  const redis = await resolveRedis({ envUrl: process.env.REDIS_URL, dir: join(__dirname, '..', '..', '..', '.data', `test-redis-${run}`), persistent: false });
  if (redis.stop) stack.stops.push(redis.stop);

  await runMigrations(databaseUrl);
  process.env.TEST_DATABASE_URL = databaseUrl;
  process.env.TEST_REDIS_URL = redis.url;
  process.env.TEST_REDIS_PREFIX = `liaison-test-${run}`;
}
