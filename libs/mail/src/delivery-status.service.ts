import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@app/config';
import { OutboundEmailStatus } from './outbound-email.entity';
import { DeliveredMailRecord, EmailDelivery, OutboundEmailRepository } from './outbound-email.repository';

export type { DeliveredMailRecord, EmailDelivery } from './outbound-email.repository';

/**
 * What became of mail other features wrote to the outbox, read by the row ids they kept
 * (id arrays, one query each, so a list of any length costs the same).
 */
@Injectable()
export class DeliveryStatusService {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** The state of each of these emails (unknown ids are absent). */
  async statuses(manager: EntityManager, emailIds: readonly string[]): Promise<EmailDelivery[]> {
    if (emailIds.length === 0) return [];
    return OutboundEmailRepository.statuses(manager, emailIds);
  }

  /** How many of these emails are in each state. */
  async countByStatus(manager: EntityManager, emailIds: readonly string[]): Promise<Record<OutboundEmailStatus, number>> {
    const counts = { [OutboundEmailStatus.PENDING]: 0, [OutboundEmailStatus.SENT]: 0, [OutboundEmailStatus.FAILED]: 0, [OutboundEmailStatus.CANCELLED]: 0 };
    if (emailIds.length === 0) return counts;
    for (const row of await OutboundEmailRepository.countByStatus(manager, emailIds)) counts[row.status] = row.count;
    return counts;
  }

  /** Those of these emails the mail server refused for good, with its reason. */
  async failedAmong(manager: EntityManager, emailIds: readonly string[]): Promise<EmailDelivery[]> {
    if (emailIds.length === 0) return [];
    return OutboundEmailRepository.withStatusAmong(manager, emailIds, OutboundEmailStatus.FAILED);
  }

  /** Every email of the agency the mail server refused for good (ids only). */
  failedIds(manager: EntityManager, agencyId: string): Promise<string[]> {
    return OutboundEmailRepository.idsWithStatus(manager, agencyId, OutboundEmailStatus.FAILED);
  }

  /** Records a mail as delivered at `sentAt` without sending it (demo data); returns its id. */
  recordDelivered(manager: EntityManager, mail: DeliveredMailRecord): Promise<string> {
    return OutboundEmailRepository.insertDelivered(manager, mail, this.config.MAIL_DOMAIN);
  }
}
