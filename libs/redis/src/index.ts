export { REDIS, RedisModule } from './redis.module';
export { RedisRateLimit } from './rate-limiter';
export { isRedisOutage } from './redis-outage';
export { limitedClient } from './limited-client';
