import Redis from 'ioredis';
import { randomBytes } from 'node:crypto';
import { testConfig } from '@app/testing';
import { DomainPacer } from './domain-pacer';

const T0 = Date.UTC(2030, 0, 1);

/**
 * Two pacers with their own Redis clients stand for two worker processes of one deployment
 * (same REDIS_PREFIX). Times are given by the test, so nothing depends on the wall clock.
 */
describe('DomainPacer (real Redis, shared by every worker)', () => {
  const clients: Redis[] = [];
  let prefix: string;

  beforeAll(() => {
    prefix = `${testConfig().REDIS_PREFIX}:pacer-${randomBytes(4).toString('hex')}`;
  });
  afterAll(async () => {
    for (const client of clients) await client.quit();
  });

  function worker(rates = 'bigcity.gov=2', deployment = prefix): DomainPacer {
    const redis = new Redis(testConfig().REDIS_URL);
    clients.push(redis);
    return new DomainPacer({ MAIL_DOMAIN_RATES: rates, REDIS_PREFIX: deployment }, redis);
  }
  // A fresh domain per test: tests never share a domain's state.
  const domain = () => `d${randomBytes(3).toString('hex')}.gov`;

  it('lets a listed domain have its rate per second and leaves other domains alone', async () => {
    const d = domain();
    const p = worker(`${d}=2`);
    expect(await p.reserve(`a@${d}`, T0)).toBe(0);
    expect(await p.reserve(`b@${d.toUpperCase()}`, T0 + 100)).toBe(400);
    expect(await p.reserve(`b@${d}`, T0 + 500)).toBe(0);
    for (let i = 0; i < 20; i++) expect(await p.reserve(`x${i}@elsewhere.example`, T0 + 500)).toBe(0);
  });

  it('two workers together get the domain’s rate, not twice it: permits counted per second over ten seconds', async () => {
    const d = domain();
    const [one, two] = [worker(`${d}=5`), worker(`${d}=5`)];
    const granted = new Map<number, number>();
    // Both workers ask every 10 ms of test time, interleaved, as busy workers would.
    for (let at = T0; at < T0 + 10_000; at += 10) {
      for (const p of [one, two]) if ((await p.reserve(`someone@${d}`, at)) === 0) granted.set(Math.floor((at - T0) / 1_000), (granted.get(Math.floor((at - T0) / 1_000)) ?? 0) + 1);
    }
    expect([...granted.values()]).toEqual(Array(10).fill(5));
  }, 60_000);

  it('a 4xx seen by one worker pauses the domain for the other too, longer each time in a row, until a delivery clears it', async () => {
    const d = domain();
    const [one, two] = [worker(`${d}=2`), worker(`${d}=2`)];
    await one.refused(`a@${d}`, T0);
    expect(await two.reserve(`b@${d}`, T0)).toBe(1_000);
    expect(await two.reserve('c@elsewhere.example', T0)).toBe(0);
    await two.refused(`a@${d}`, T0 + 1_000);
    expect(await one.reserve(`b@${d}`, T0 + 1_000)).toBe(2_000);
    expect(await one.reserve(`b@${d}`, T0 + 3_000)).toBe(0);
    await one.delivered(`b@${d}`);
    await two.refused(`a@${d}`, T0 + 10_000);
    expect(await one.reserve(`b@${d}`, T0 + 10_000)).toBe(1_000);
  });

  it('a 4xx from a domain MAIL_DOMAIN_RATES does not list pauses that domain alone: at once for the worker that saw it, for the others on their next read', async () => {
    const d = domain();
    const [one, two] = [worker(''), worker('')];
    // Both have read the index (nothing paused) before the refusal.
    expect(await one.reserve(`a@${d}`, T0)).toBe(0);
    expect(await two.reserve(`a@${d}`, T0)).toBe(0);
    await one.refused(`a@${d}`, T0);
    expect(await one.reserve(`b@${d}`, T0)).toBe(1_000);
    expect(await one.reserve('c@elsewhere.example', T0)).toBe(0);
    // The other worker learns of it when it reads the index again (at most half a second later).
    const third = worker('');
    expect(await third.reserve(`b@${d.toUpperCase()}`, T0 + 200)).toBe(800);
    expect(await third.reserve('c@elsewhere.example', T0 + 200)).toBe(0);
    expect(await third.reserve(`b@${d}`, T0 + 1_000)).toBe(0);
  });

  it('an unlisted domain refused again pauses longer, a delivery clears it, and it leaves the index once its pause is long over', async () => {
    const d = domain();
    const p = worker('');
    await p.refused(`a@${d}`, T0);
    await p.refused(`a@${d}`, T0 + 1_000);
    expect(await worker('').reserve(`b@${d}`, T0 + 1_000)).toBe(2_000);
    await p.delivered(`b@${d}`, T0 + 3_000);
    await p.refused(`a@${d}`, T0 + 10_000);
    expect(await worker('').reserve(`b@${d}`, T0 + 10_000)).toBe(1_000);
    // Three minutes after the pause ended the entry is dropped when the index is read.
    const late = worker('');
    expect(await late.reserve(`b@${d}`, T0 + 11_000 + 180_001)).toBe(0);
    const redis = new Redis(testConfig().REDIS_URL);
    clients.push(redis);
    expect(await redis.hexists(`${prefix}:mail:refused-domains`, d)).toBe(0);
  });

  it('a 4xx from a message already on its way when the pause began does not lengthen the pause', async () => {
    const d = domain();
    const p = worker('');
    await p.refused(`a@${d}`, T0);
    await p.refused(`b@${d}`, T0 + 10);
    await p.refused(`c@${d}`, T0 + 20);
    expect(await p.reserve(`x@${d}`, T0 + 20)).toBe(980);
    await p.refused(`a@${d}`, T0 + 1_000);
    expect(await p.reserve(`x@${d}`, T0 + 1_000)).toBe(2_000);
  });

  it('mail to domains never refused costs no Redis call per message (only the periodic read of the index)', async () => {
    const p = worker('');
    await p.reserve('first@quiet.example', T0);
    const calls = jest.spyOn(clients[clients.length - 1], 'eval');
    for (let i = 0; i < 50; i++) {
      expect(await p.reserve(`x${i}@quiet.example`, T0)).toBe(0);
      await p.delivered(`x${i}@quiet.example`, T0);
    }
    expect(calls.mock.calls.filter(([script]) => !String(script).includes('HGETALL'))).toEqual([]);
    expect(calls.mock.calls.length).toBeLessThan(50);
  });

  it('another deployment (REDIS_PREFIX) keeps its own pacing', async () => {
    const d = domain();
    const ours = worker(`${d}=1`);
    const theirs = worker(`${d}=1`, `${prefix}-other`);
    expect(await ours.reserve(`a@${d}`, T0)).toBe(0);
    expect(await ours.reserve(`a@${d}`, T0)).toBe(1_000);
    expect(await theirs.reserve(`a@${d}`, T0)).toBe(0);
  });

  it('without a time from the caller, Redis’s clock paces: a second message at once waits', async () => {
    const d = domain();
    const p = worker(`${d}=1`);
    expect(await p.reserve(`a@${d}`)).toBe(0);
    const wait = await p.reserve(`a@${d}`);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(1_000);
  });
});
