import { createHash } from 'node:crypto';
import Redis from 'ioredis';

export interface LoginThrottlePolicy {
  /** Failures before each further try must wait. */
  freeFailures: number;
  /** Failures that lock the account. */
  lockAfter: number;
  lockSeconds: number;
  /** Failures are forgotten this long after the last event. */
  windowSeconds: number;
  /** The longest wait between tries before the lock. */
  maxDelaySeconds: number;
}

export type LoginAttempt = { allowed: true } | { allowed: false; locked: boolean; retryAfterSeconds: number };

export interface LoginFailure {
  failures: number;
  /** Set when this failure locked the account: the first lock in a run of failures, the one to tell the owner about. */
  lockedUntil?: Date;
}

// One hash per account: f = failures, next = when the next try may start, locked = locked until (ms).
// begin: refuse while locked or too early; otherwise count the try as a failure at once and push
// `next` out, so parallel guesses cannot all pass before the first is counted (a success clears it).
const BEGIN = `
local now = tonumber(ARGV[1])
local free = tonumber(ARGV[2])
local maxDelay = tonumber(ARGV[3])
local window = tonumber(ARGV[4])
local state = redis.call('HMGET', KEYS[1], 'f', 'next', 'locked')
local f = tonumber(state[1]) or 0
local nextAt = tonumber(state[2]) or 0
local locked = tonumber(state[3]) or 0
if locked > now then return {0, 1, locked - now} end
if nextAt > now then return {0, 0, nextAt - now} end
f = f + 1
local delay = 0
if f >= free then delay = math.min(2 ^ (f - free), maxDelay) * 1000 end
redis.call('HSET', KEYS[1], 'f', f, 'next', now + delay)
redis.call('PEXPIRE', KEYS[1], math.max(delay, locked - now) + window)
return {1, 0, 0}
`;

// failed: the try begun above was wrong; at the threshold the account locks. Only the try that
// reaches the threshold reports the lock as new (later ones, after a lock ran out, lock silently).
const FAILED = `
local now = tonumber(ARGV[1])
local lockAfter = tonumber(ARGV[2])
local lockMs = tonumber(ARGV[3])
local window = tonumber(ARGV[4])
local f = tonumber(redis.call('HGET', KEYS[1], 'f')) or 1
if f < lockAfter then return {f, 0} end
redis.call('HSET', KEYS[1], 'locked', now + lockMs)
redis.call('PEXPIRE', KEYS[1], lockMs + window)
if f == lockAfter then return {f, now + lockMs} end
return {f, 0}
`;

/**
 * Sign-in throttling per account, kept in Redis so every API replica shares it: the first
 * failures are free, then each try must wait (1 s, doubling), and at `lockAfter` failures the
 * account locks for `lockSeconds`. Keyed on the address typed, whether or not an account has it,
 * so the answers never tell which addresses exist. Times are passed in (tests choose them).
 */
export class LoginThrottle {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly policy: LoginThrottlePolicy,
  ) {}

  async begin(account: string, now: number): Promise<LoginAttempt> {
    const { freeFailures, maxDelaySeconds, windowSeconds } = this.policy;
    const [allowed, locked, waitMs] = (await this.redis.eval(BEGIN, 1, this.key(account), now, freeFailures, maxDelaySeconds, windowSeconds * 1000)) as number[];
    if (allowed) return { allowed: true };
    return { allowed: false, locked: locked === 1, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
  }

  async failed(account: string, now: number): Promise<LoginFailure> {
    const { lockAfter, lockSeconds, windowSeconds } = this.policy;
    const [failures, lockedUntil] = (await this.redis.eval(FAILED, 1, this.key(account), now, lockAfter, lockSeconds * 1000, windowSeconds * 1000)) as number[];
    return lockedUntil ? { failures, lockedUntil: new Date(lockedUntil) } : { failures };
  }

  async succeeded(account: string): Promise<void> {
    await this.redis.del(this.key(account));
  }

  private key(account: string): string {
    // Hashed: Redis holds no email addresses.
    return `${this.prefix}:login-throttle:${createHash('sha256').update(account).digest('hex')}`;
  }
}
