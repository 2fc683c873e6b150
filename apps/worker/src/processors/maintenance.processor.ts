import { Inject } from '@nestjs/common';
import { Processor } from '@nestjs/bullmq';
import { APP_CONFIG, AppConfig } from '@app/config';
import { HandlesJob, QueueName } from '@app/queue';
import { OutboxService } from '@app/mail';
import { JobProcessor } from './job-processor';

@Processor(QueueName.MAINTENANCE)
export class MaintenanceProcessor extends JobProcessor {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly outbox: OutboxService,
  ) {
    // Also at once on start, e.g. after Redis lost its data while we were down.
    super({ schedules: { 'outbox.sweep': config.OUTBOX_SWEEP_SECONDS * 1000 }, catchUp: ['outbox.sweep'] });
  }

  @HandlesJob('outbox.sweep')
  sweep() {
    return this.outbox.sweep();
  }
}
