import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import Redis from 'ioredis';
import { APP_CONFIG, AppConfig } from '@app/config';
import { REDIS, RedisRateLimit, limitedClient } from '@app/redis';

/** Per-client limit on public pages and forms, shared by every API replica through Redis. */
@Injectable()
export class PublicRateLimitGuard implements CanActivate {
  private readonly limit: RedisRateLimit;

  constructor(@Inject(APP_CONFIG) config: AppConfig, @Inject(REDIS) redis: Redis) {
    this.limit = new RedisRateLimit(redis, config.REDIS_PREFIX, 'public', config.PUBLIC_RATE_LIMIT, config.PUBLIC_RATE_WINDOW_SECONDS);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<Request>();
    await this.limit.consume(limitedClient(req.ip));
    return true;
  }
}
