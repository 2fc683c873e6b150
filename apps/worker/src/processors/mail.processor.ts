import { Inject, OnModuleInit } from '@nestjs/common';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { APP_CONFIG, AppConfig } from '@app/config';
import { HandlesJob, JobHandlerRegistry, JobMap, QueueName } from '@app/queue';
import { MailSenderService } from '@app/mail';

@Processor(QueueName.MAIL)
export class MailProcessor extends WorkerHost implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly registry: JobHandlerRegistry,
    private readonly sender: MailSenderService,
  ) {
    super();
  }

  onModuleInit(): void {
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
