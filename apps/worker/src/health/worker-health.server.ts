import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Server, createServer } from 'node:http';
import { DataSource } from 'typeorm';
import { readiness } from '@app/common';
import { APP_CONFIG, AppConfig } from '@app/config';
import { JobsService } from '@app/queue';

/**
 * The worker has no API, so it answers its own health checks (WORKER_HEALTH_PORT; 0 = off):
 * `/health/live` while the process runs, `/health/ready` while its PostgreSQL pool and its
 * queues' Redis connection answer (503 naming the one that does not, and 200 again once it
 * is back). For an orchestrator's probes; nothing else is served.
 */
@Injectable()
export class WorkerHealthServer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(WorkerHealthServer.name);
  private server?: Server;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.WORKER_HEALTH_PORT) return;
    this.server = createServer((req, res) => {
      const send = (status: number, body: unknown) => res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(body));
      if (req.method !== 'GET') return send(405, { error: 'method not allowed' });
      if (req.url === '/health/live') return send(200, { status: 'ok' });
      if (req.url !== '/health/ready') return send(404, { error: 'not found' });
      readiness({ postgres: () => this.dataSource.query('SELECT 1'), redis: () => this.jobs.ping() }).then(
        ({ ok, body }) => send(ok ? 200 : 503, body),
        () => send(503, { status: 'unavailable' }),
      );
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(this.config.WORKER_HEALTH_PORT, () => resolve());
    });
    this.logger.log(`Worker health on port ${this.config.WORKER_HEALTH_PORT}`);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
