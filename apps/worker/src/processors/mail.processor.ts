import { Inject, OnApplicationBootstrap } from '@nestjs/common';
import { Processor, WorkerHost } from '@nestjs/bullmq';
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

  // After every module's init, so the BullMQ worker behind this host exists.
  onApplicationBootstrap(): void {
    this.worker.concurrency = this.config.MAIL_CONCURRENCY;
  }

  process(job: Job): Promise<unknown> {
    return this.registry.dispatch(job);
  }

  @HandlesJob('mail.send')
  send(payload: JobMap['mail.send']) {
    return this.sender.deliver(payload.emailId);
  }
}
