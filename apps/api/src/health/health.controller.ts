import { Controller, Get, Inject, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Response } from 'express';
import Redis from 'ioredis';
import { Public } from '@app/auth';
import { readiness } from '@app/common';
import { REDIS } from '@app/redis';

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
    const { ok, body } = await readiness({ postgres: () => this.dataSource.query('SELECT 1'), redis: () => this.redis.ping() });
    res.status(ok ? 200 : 503);
    return body;
  }
}
