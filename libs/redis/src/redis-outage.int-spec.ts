import Redis, { RedisOptions } from 'ioredis';
import { freePort } from '@app/devstack';
import { rejectionOf, testConfig } from '@app/testing';
import { isRedisOutage } from './redis-outage';

/** The errors real ioredis clients give, against the run's Redis and against a port nothing listens on. */
describe('isRedisOutage', () => {
  const clients: Redis[] = [];
  afterAll(() => clients.forEach((client) => client.disconnect()));

  function client(url: string, options: RedisOptions): Redis {
    const redis = new Redis(url, { ...options, retryStrategy: () => 50 });
    redis.on('error', () => undefined);
    clients.push(redis);
    return redis;
  }

  it('is true when no Redis answers: not connected without an offline queue, and retries used up with one', async () => {
    const nowhere = `redis://127.0.0.1:${await freePort()}`;
    expect(isRedisOutage(await rejectionOf(client(nowhere, { enableOfflineQueue: false }).get('k')))).toBe(true);
    expect(isRedisOutage(await rejectionOf(client(nowhere, { maxRetriesPerRequest: 1 }).get('k')))).toBe(true);
  });

  it('is false for a command Redis itself refuses, and for anything else', async () => {
    const redis = client(testConfig().REDIS_URL, {});
    expect(isRedisOutage(await rejectionOf(redis.call('NO-SUCH-COMMAND')))).toBe(false);
    expect(isRedisOutage(await rejectionOf(redis.call('HGET', 'only-one-argument')))).toBe(false);
    expect(isRedisOutage(new Error('Forum not found'))).toBe(false);
    expect(isRedisOutage(undefined)).toBe(false);
  });
});
