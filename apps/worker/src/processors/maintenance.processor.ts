import { Inject, OnApplicationBootstrap } from '@nestjs/common';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { APP_CONFIG, AppConfig } from '@app/config';
import { HandlesJob, JobHandlerRegistry, JobsService, QueueName } from '@app/queue';
import { OutboxService } from '@app/mail';

@Processor(QueueName.MAINTENANCE)
export class MaintenanceProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly registry: JobHandlerRegistry,
    private readonly jobs: JobsService,
    private readonly outbox: OutboxService,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.schedule('outbox.sweep', this.config.OUTBOX_SWEEP_SECONDS * 1000, {});
    // Catch up at once on start, e.g. after Redis lost its data while we were down.
    await this.outbox.sweep();
  }

  process(job: Job): Promise<unknown> {
    return this.registry.dispatch(job);
  }

  @HandlesJob('outbox.sweep')
  sweep() {
    return this.outbox.sweep();
  }
}
