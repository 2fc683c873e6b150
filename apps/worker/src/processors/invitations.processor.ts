import { Inject, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { APP_CONFIG, AppConfig } from '@app/config';
import { HandlesJob, JobHandlerRegistry, JobMap, JobsService, QueueName } from '@app/queue';
import { OfferExpiryService, ReminderSender } from '@app/invitations';

@Processor(QueueName.INVITATIONS)
export class InvitationsProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly registry: JobHandlerRegistry,
    private readonly jobs: JobsService,
    private readonly reminders: ReminderSender,
    private readonly offers: OfferExpiryService,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.schedule('invitations.sweep', this.config.INVITATIONS_SWEEP_SECONDS * 1000, {});
  }

  /**
   * Redis errors (e.g. a job's keys vanished in a flush) are logged, not thrown: the
   * database-driven sweeps put lost work back.
   */
  @OnWorkerEvent('error')
  onError(error: Error): void {
    new Logger(InvitationsProcessor.name).warn(`Queue worker error: ${error.message}`);
  }

  process(job: Job): Promise<unknown> {
    return this.registry.dispatch(job);
  }

  @HandlesJob('invitations.reminder')
  reminder(payload: JobMap['invitations.reminder']) {
    return this.reminders.send(payload.reminderId);
  }

  @HandlesJob('invitations.offer-expiry')
  offerExpiry(payload: JobMap['invitations.offer-expiry']) {
    return this.offers.expire(payload.invitationId);
  }

  /** The database is the truth: anything due whose job was lost is done here. */
  @HandlesJob('invitations.sweep')
  async sweep() {
    return { reminders: await this.reminders.sendDue(), offers: await this.offers.expireDue() };
  }
}
