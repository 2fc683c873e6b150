import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@app/config';
import { OutboundEmailStatus } from './outbound-email.entity';

/** How one outbox row fared. */
export interface EmailDelivery {
  id: string;
  status: OutboundEmailStatus;
  lastError: string | null;
}

/** A mail recorded as delivered without being sent (demo data). */
export interface DeliveredMailRecord {
  agencyId: string;
  kind: string;
  to: string;
  /** The From header, e.g. `"Agency" <noreply@…>`. */
  from: string;
  subject: string;
  /** Used as both the HTML and the text body. */
  body: string;
  sentAt: Date;
}

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
    return manager.query(`SELECT id, status, last_error AS "lastError" FROM outbound_emails WHERE id = ANY($1::uuid[])`, [emailIds]);
  }

  /** How many of these emails are in each state. */
  async countByStatus(manager: EntityManager, emailIds: readonly string[]): Promise<Record<OutboundEmailStatus, number>> {
    const counts = { [OutboundEmailStatus.PENDING]: 0, [OutboundEmailStatus.SENT]: 0, [OutboundEmailStatus.FAILED]: 0, [OutboundEmailStatus.CANCELLED]: 0 };
    if (emailIds.length === 0) return counts;
    const rows: { status: OutboundEmailStatus; count: number }[] = await manager.query(
      `SELECT status, count(*)::int AS count FROM outbound_emails WHERE id = ANY($1::uuid[]) GROUP BY status`,
      [emailIds],
    );
    for (const row of rows) counts[row.status] = row.count;
    return counts;
  }

  /** Those of these emails the mail server refused for good, with its reason. */
  async failedAmong(manager: EntityManager, emailIds: readonly string[]): Promise<EmailDelivery[]> {
    if (emailIds.length === 0) return [];
    return manager.query(
      `SELECT id, status, last_error AS "lastError" FROM outbound_emails WHERE id = ANY($1::uuid[]) AND status = $2`,
      [emailIds, OutboundEmailStatus.FAILED],
    );
  }

  /** Every email of the agency the mail server refused for good (ids only). */
  async failedIds(manager: EntityManager, agencyId: string): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(`SELECT id FROM outbound_emails WHERE agency_id = $1 AND status = $2`, [agencyId, OutboundEmailStatus.FAILED]);
    return rows.map((r) => r.id);
  }

  /** Records a mail as delivered at `sentAt` without sending it (demo data); returns its id. */
  async recordDelivered(manager: EntityManager, mail: DeliveredMailRecord): Promise<string> {
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO outbound_emails (agency_id, kind, to_address, from_address, subject, html_body, text_body, message_id, status, attempts, send_after, created_at, sent_at)
       VALUES ($1, $2, $3, $4, $5, $6, $6, '<demo-' || gen_random_uuid() || '@' || $7 || '>', $8, 1, $9, $9, $9) RETURNING id`,
      [mail.agencyId, mail.kind, mail.to, mail.from, mail.subject, mail.body, this.config.MAIL_DOMAIN, OutboundEmailStatus.SENT, mail.sentAt],
    );
    return row.id;
  }
}
