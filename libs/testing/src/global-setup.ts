import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
// Jest's global setup runs outside its module mapper, so these imports are relative (to the libs' index files; the database's test entry leaves out its Nest module).
import { adminQuery, runMigrations } from '../../database/src/testing';
import { postgresAnswers, resolveRedis, startEmbeddedPostgres } from '../../devstack/src';
import { TestStack, workerDatabaseUrl } from './test-stack';

const LOCAL_POSTGRES = 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * Once per `npm test`: find PostgreSQL (the server of DATABASE_URL, else the local server,
 * else embedded) and Redis (REDIS_URL, else local, else redis-server from PATH); migrate one
 * template database, then copy it (`CREATE DATABASE … TEMPLATE`) into one database per Jest
 * worker. `worker-env.ts` points each worker at its own database and Redis key prefix, so
 * suites running side by side never see each other's rows, outbox, sweeps or jobs.
 */
export default async function globalSetup(globalConfig: { maxWorkers: number }): Promise<void> {
  const stack: TestStack = { stops: [], databases: [], dirs: [] };
  (globalThis as { __liaisonTestStack?: TestStack }).__liaisonTestStack = stack;
  const run = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;

  // Any database on the server will do to create others from (CREATE DATABASE needs the CREATEDB right).
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    if (await postgresAnswers(LOCAL_POSTGRES)) {
      adminUrl = LOCAL_POSTGRES;
    } else {
      const dir = join(__dirname, '..', '..', '..', '.data', `test-pg-${run}`);
      stack.dirs.push(dir);
      const pg = await startEmbeddedPostgres({
        dir,
        password: randomBytes(12).toString('hex'),
        database: 'liaison_test',
        persistent: false,
      });
      stack.stops.push(pg.stop);
      adminUrl = pg.url;
    }
  }
  stack.adminUrl = adminUrl;
  const redisDir = join(__dirname, '..', '..', '..', '.data', `test-redis-${run}`);
  const redis = await resolveRedis({ envUrl: process.env.REDIS_URL, dir: redisDir, persistent: false });
  if (redis.stop) stack.stops.push(redis.stop);
  stack.dirs.push(redisDir);

  const template = `liaison_test_${run}_template`;
  await adminQuery(adminUrl, `CREATE DATABASE ${template}`);
  stack.databases.push(template);
  await runMigrations(workerDatabaseUrl(adminUrl, template));
  // No session may be connected to a template while it is copied: the migration's has ended.
  const workers = Math.max(1, globalConfig.maxWorkers);
  const urls: string[] = [];
  for (let worker = 1; worker <= workers; worker++) {
    const name = `liaison_test_${run}_w${worker}`;
    await adminQuery(adminUrl, `CREATE DATABASE ${name} TEMPLATE ${template}`);
    stack.databases.push(name);
    urls.push(workerDatabaseUrl(adminUrl, name));
  }

  // Read by worker-env.ts in every test file; the plain variables are worker 1's (in-band runs).
  process.env.TEST_WORKER_DATABASE_URLS = JSON.stringify(urls);
  process.env.TEST_RUN_REDIS_PREFIX = `liaison-test-${run}`;
  process.env.TEST_DATABASE_URL = urls[0];
  process.env.TEST_REDIS_URL = redis.url;
  process.env.TEST_REDIS_PREFIX = `liaison-test-${run}-w1`;
}
