import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import Redis from 'ioredis';
import { RateLimitedError } from '@app/common';

/**
 * A fixed-window limit kept in Redis, so it holds across API replicas.
 * `consume` throws a TOO_MANY_REQUESTS domain error naming the wait.
 */
export class RedisRateLimit {
  private readonly limiter: RateLimiterRedis;

  constructor(redis: Redis, prefix: string, name: string, points: number, durationSeconds: number) {
    this.limiter = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `${prefix}:rl:${name}`,
      points,
      duration: durationSeconds,
      // Without Redis we refuse rather than let unlimited attempts through.
      insuranceLimiter: undefined,
    });
  }

  async consume(key: string): Promise<void> {
    try {
      await this.limiter.consume(key);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) throw new RateLimitedError(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
      throw rejection;
    }
  }

  async reset(key: string): Promise<void> {
    await this.limiter.delete(key);
  }
}
