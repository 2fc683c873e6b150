import { ChildApp, eventually, startChildApp, testConfig, testPort } from '@app/testing';
import { PrivateRedis } from './support/private-redis';

async function ready(worker: ChildApp): Promise<{ status: number; body: { status: string; checks: Record<string, string> } }> {
  const res = await fetch(`${worker.url}/health/ready`);
  return { status: res.status, body: (await res.json()) as { status: string; checks: Record<string, string> } };
}

describe("A worker's /health/ready", () => {
  let redis: PrivateRedis;
  let worker: ChildApp;

  beforeAll(async () => {
    redis = new PrivateRedis(await testPort());
    await redis.start();
    worker = await startChildApp('worker', testConfig({ REDIS_URL: redis.url, LOG_LEVEL: 'silent' }));
  }, 120_000);

  afterAll(async () => {
    await worker?.stop('SIGKILL');
    await redis.remove();
  });

  it('answers live, reports its lost Redis connection with 503 naming it, and is ready again once Redis is back', async () => {
    expect((await fetch(`${worker.url}/health/live`)).status).toBe(200);
    expect(await ready(worker)).toEqual({ status: 200, body: { status: 'ok', checks: { postgres: 'up', redis: 'up' } } });

    await redis.stop();
    await eventually(async () => expect(await ready(worker)).toEqual({ status: 503, body: { status: 'unavailable', checks: { postgres: 'up', redis: 'down' } } }), {
      what: 'the lost Redis to be reported',
    });
    expect((await fetch(`${worker.url}/health/live`)).status).toBe(200);

    await redis.start();
    await eventually(async () => expect(await ready(worker)).toEqual({ status: 200, body: { status: 'ok', checks: { postgres: 'up', redis: 'up' } } }), {
      what: 'the worker to be ready again',
      timeoutMs: 60_000,
    });
  }, 180_000);
});
