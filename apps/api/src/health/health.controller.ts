import { Controller, Get, Inject, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Response } from 'express';
import Redis from 'ioredis';
import { Public } from '@app/auth';
import { REDIS } from '@app/redis';

async function check(probe: () => Promise<unknown>): Promise<'up' | 'down'> {
  try {
    await Promise.race([probe(), new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2_000))]);
    return 'up';
  } catch {
    return 'down';
  }
}

@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  /** The process is running (for restarts). */
  @Get('live')
  @Public()
  live() {
    return { status: 'ok' };
  }

  /** PostgreSQL and Redis both answer (for load balancers); 503 otherwise. */
  @Get('ready')
  @Public()
  async ready(@Res({ passthrough: true }) res: Response) {
    const [postgres, redis] = await Promise.all([check(() => this.dataSource.query('SELECT 1')), check(() => this.redis.ping())]);
    const ok = postgres === 'up' && redis === 'up';
    res.status(ok ? 200 : 503);
    return { status: ok ? 'ok' : 'unavailable', checks: { postgres, redis } };
  }
}
