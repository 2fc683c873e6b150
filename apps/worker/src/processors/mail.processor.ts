import { Inject, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { APP_CONFIG, AppConfig } from '@app/config';
import { HandlesJob, JobHandlerRegistry, JobMap, QueueName } from '@app/queue';
import { MailSenderService } from '@app/mail';

@Processor(QueueName.MAIL)
export class MailProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly registry: JobHandlerRegistry,
    private readonly sender: MailSenderService,
  ) {
    super();
  }

  // After every module's init, so the BullMQ worker behind this host exists. Twice as many
  // jobs as SMTP connections: while some jobs read or mark their row, the pool stays busy.
  // (So at most 2 × MAIL_CONCURRENCY messages are in flight when a worker dies.)
  onApplicationBootstrap(): void {
    this.worker.concurrency = this.config.MAIL_CONCURRENCY * 2;
  }

  /**
   * Redis errors (e.g. a job's keys vanished in a flush) are logged, not thrown: the
   * database-driven sweeps put lost work back.
   */
  @OnWorkerEvent('error')
  onError(error: Error): void {
    new Logger(MailProcessor.name).warn(`Queue worker error: ${error.message}`);
  }

  process(job: Job): Promise<unknown> {
    return this.registry.dispatch(job);
  }

  @HandlesJob('mail.send')
  send(payload: JobMap['mail.send']) {
    return this.sender.deliver(payload.emailId);
  }
}
