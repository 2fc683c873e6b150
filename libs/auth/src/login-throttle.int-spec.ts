import Redis from 'ioredis';
import { randomBytes } from 'node:crypto';
import { testConfig } from '@app/testing';
import { LoginThrottle, LoginThrottlePolicy } from './login-throttle';

const POLICY: LoginThrottlePolicy = { freeFailures: 3, lockAfter: 7, lockSeconds: 900, windowSeconds: 900, maxDelaySeconds: 60 };
const T0 = Date.UTC(2030, 0, 1);
const s = (seconds: number) => T0 + seconds * 1000;

describe('LoginThrottle (real Redis, times given by the test)', () => {
  let redis: Redis;
  let throttle: LoginThrottle;

  beforeAll(() => {
    const config = testConfig();
    redis = new Redis(config.REDIS_URL);
    throttle = new LoginThrottle(redis, config.REDIS_PREFIX, POLICY);
  });
  afterAll(() => redis.quit());

  const account = () => `someone-${randomBytes(4).toString('hex')}@test.example`;

  /** One wrong try at `at`: begun (if allowed) and failed. */
  async function wrongTry(who: string, at: number) {
    const attempt = await throttle.begin(who, at);
    return attempt.allowed ? { allowed: true as const, failure: await throttle.failed(who, at) } : attempt;
  }

  it('lets the first failures through, then makes each try wait twice as long as the last', async () => {
    const who = account();
    for (let i = 0; i < 3; i++) expect((await wrongTry(who, s(0))).allowed).toBe(true);
    // After the third failure: 1 s, then 2 s, then 4 s.
    expect(await throttle.begin(who, s(0))).toEqual({ allowed: false, locked: false, retryAfterSeconds: 1 });
    expect((await wrongTry(who, s(1))).allowed).toBe(true);
    expect(await throttle.begin(who, s(2))).toEqual({ allowed: false, locked: false, retryAfterSeconds: 1 });
    expect((await wrongTry(who, s(3))).allowed).toBe(true);
    expect(await throttle.begin(who, s(3))).toEqual({ allowed: false, locked: false, retryAfterSeconds: 4 });
    // A refused try is not counted: the wait does not grow while someone keeps knocking.
    expect(await throttle.begin(who, s(5))).toEqual({ allowed: false, locked: false, retryAfterSeconds: 2 });
  });

  it('counts a try before its password is checked, so parallel guesses cannot slip past the wait', async () => {
    const who = account();
    for (let i = 0; i < 3; i++) await wrongTry(who, s(0));
    await throttle.begin(who, s(10));
    const parallel = await Promise.all([throttle.begin(who, s(10)), throttle.begin(who, s(10)), throttle.begin(who, s(10))]);
    expect(parallel.every((attempt) => !attempt.allowed)).toBe(true);
  });

  it('locks at the threshold for the lock time, reporting the lock only once, whatever the password', async () => {
    const who = account();
    let at = 0;
    const failures = [];
    for (let i = 0; i < POLICY.lockAfter; i++) {
      const result = await wrongTry(who, s(at));
      expect(result.allowed).toBe(true);
      failures.push(result.allowed ? result.failure : null);
      at += 60;
    }
    const last = at - 60;
    expect(failures.slice(0, -1).every((f) => f?.lockedUntil === undefined)).toBe(true);
    expect(failures.at(-1)).toEqual({ failures: POLICY.lockAfter, lockedUntil: new Date(s(last + POLICY.lockSeconds)) });

    expect(await throttle.begin(who, s(last + 60))).toEqual({ allowed: false, locked: true, retryAfterSeconds: POLICY.lockSeconds - 60 });
    // When the lock runs out one more try is allowed; failing it locks again, without a second notice.
    const after = await wrongTry(who, s(last + POLICY.lockSeconds));
    expect(after).toEqual({ allowed: true, failure: { failures: POLICY.lockAfter + 1 } });
    expect((await throttle.begin(who, s(last + POLICY.lockSeconds + 1))).allowed).toBe(false);
  });

  it('forgets everything after a success, and keeps accounts apart', async () => {
    const who = account();
    const other = account();
    for (let i = 0; i < 3; i++) await wrongTry(who, s(0));
    expect((await throttle.begin(other, s(0))).allowed).toBe(true);
    await throttle.succeeded(who);
    for (let i = 0; i < 3; i++) expect((await wrongTry(who, s(0))).allowed).toBe(true);
  });
});
