import { rmSync } from 'node:fs';
import Redis from 'ioredis';
import { adminQuery } from '../../database/src/testing';
import { TestStack } from './test-stack';

export default async function globalTeardown(): Promise<void> {
  const stack = (globalThis as { __liaisonTestStack?: TestStack }).__liaisonTestStack;
  if (!stack) return;
  await removeRedisKeys().catch(() => undefined);
  // Worker copies first, the template last (FORCE ends any session a crashed suite left open).
  for (const name of [...stack.databases].reverse()) {
    await adminQuery(stack.adminUrl!, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
  }
  for (const stop of stack.stops.reverse()) await stop().catch(() => undefined);
  for (const dir of stack.dirs) rmSync(dir, { recursive: true, force: true });
}

/** This run's keys only, every worker's: other runs (and a developer's own data) share the server. */
async function removeRedisKeys(): Promise<void> {
  const prefix = process.env.TEST_RUN_REDIS_PREFIX;
  const url = process.env.TEST_REDIS_URL;
  if (!prefix || !url) return;
  const redis = new Redis(url);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
