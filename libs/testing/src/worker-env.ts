/**
 * Jest `setupFiles`: runs before each test file, in the worker running it. Points the file at
 * its worker's own database and Redis key prefix (made by the global setup), so files running
 * at the same time in other workers never share rows, outbox, sweeps or queues with it.
 * A worker restarted for memory keeps its JEST_WORKER_ID, hence its database.
 */
const urls = JSON.parse(process.env.TEST_WORKER_DATABASE_URLS ?? '[]') as string[];
if (urls.length) {
  const worker = Number(process.env.JEST_WORKER_ID ?? '1');
  const url = urls[worker - 1];
  if (!url) throw new Error(`Jest worker ${worker} has no database: the global setup made ${urls.length} (maxWorkers)`);
  process.env.TEST_DATABASE_URL = url;
  process.env.TEST_REDIS_PREFIX = `${process.env.TEST_RUN_REDIS_PREFIX}-w${worker}`;
}

export {};
