import { Inject } from '@nestjs/common';
import { Processor } from '@nestjs/bullmq';
import { APP_CONFIG, AppConfig } from '@app/config';
import { HandlesJob, JobMap, QueueName } from '@app/queue';
import { OfferExpiryService, ReminderSender } from '@app/invitations';
import { JobProcessor } from './job-processor';

@Processor(QueueName.INVITATIONS)
export class InvitationsProcessor extends JobProcessor {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly reminders: ReminderSender,
    private readonly offers: OfferExpiryService,
  ) {
    super({ schedules: { 'invitations.sweep': config.INVITATIONS_SWEEP_SECONDS * 1000 } });
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
