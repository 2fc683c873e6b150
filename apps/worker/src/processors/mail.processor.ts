import { Inject } from '@nestjs/common';
import { Processor } from '@nestjs/bullmq';
import { APP_CONFIG, AppConfig } from '@app/config';
import { HandlesJob, JobMap, QueueName } from '@app/queue';
import { DelayedError, Job } from 'bullmq';
import { MailSenderService } from '@app/mail';
import { JobProcessor } from './job-processor';

@Processor(QueueName.MAIL)
export class MailProcessor extends JobProcessor {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly sender: MailSenderService,
  ) {
    // Twice as many jobs as SMTP connections: while some jobs read or mark their row, the
    // pool stays busy. (So at most 2 × MAIL_CONCURRENCY messages are in flight when a worker dies.)
    super({ concurrency: config.MAIL_CONCURRENCY * 2 });
  }

  @HandlesJob('mail.send')
  async send(payload: JobMap['mail.send'], job: Job, token?: string) {
    const outcome = await this.sender.deliver(payload.emailId);
    if (typeof outcome === 'object') {
      // The recipient's domain is paced or paused: back to delayed, without spending one of the job's attempts.
      if (!token) throw new Error(`Email ${payload.emailId} deferred: its recipient's domain is paced`);
      await job.moveToDelayed(outcome.until, token);
      throw new DelayedError();
    }
    return outcome;
  }
}
