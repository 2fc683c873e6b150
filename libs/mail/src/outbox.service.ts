import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { UnitOfWorkContext } from '@app/events';
import { EntityManager, In, IsNull, LessThanOrEqual, Repository } from 'typeorm';
import { randomUUID } from 'node:crypto';
import { senderAddress } from './sender-address';
import { Clock } from '@app/common';
import type { LanguageCode } from '@app/common';
import { APP_CONFIG, AppConfig } from '@app/config';
import { JobsService, OwedJob } from '@app/queue';
import { EmailAttachment, OutboundEmail, OutboundEmailStatus } from './outbound-email.entity';
import { CONTENT_DROPPED, NewEmailRow, OutboundEmailRepository } from './outbound-email.repository';
import { BodiesToRender, Branding, MailTemplates } from './mail-templates';
import { MailCategory } from './mail-category';

export interface EmailRequest {
  agencyId: string | null;
  kind: string;
  to: string;
  template: string;
  data: Record<string, unknown>;
  branding: Branding;
  /** The reader's language (their preference, matched to a shipped one); English when left out. */
  language?: LanguageCode;
  /** Display name for the From header; the address stays ours so mail is deliverable. */
  senderName?: string;
  replyTo?: string;
  headers?: Record<string, string>;
  /** OPERATIONAL when left out: no List-Unsubscribe, still sent after an unsubscribe. */
  category?: MailCategory;
  /** For outreach: where the reader unsubscribes (one-click POST URL, optional mailto address), as `List-Unsubscribe`. */
  unsubscribe?: { url: string; mailto?: string };
  attachments?: EmailAttachment[];
  sendAfter?: Date;
  /** Pre-assigned row id, for callers that link the row before it is written. */
  id?: string;
}

/** An agency's mail at a glance (`OutboxService.agencyDelivery`). */
export interface AgencyDelivery {
  pending: number;
  sent: number;
  failed: number;
  recentFailures: Pick<OutboundEmail, 'id' | 'kind' | 'toAddress' | 'subject' | 'lastError' | 'attempts' | 'createdAt'>[];
}

/** An unsent message's content (`OutboxService.pendingMessage`). */
export interface PendingMessage {
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
  attachments: EmailAttachment[];
}

/** What `dispatch` needs of a written row. */
export type QueuedEmail = Pick<OutboundEmail, 'id' | 'sendAfter'>;

/** Rows per INSERT in `addMany` (a few megabytes of parameters). */
const BULK_CHUNK = 1_000;

/**
 * The transactional outbox: an email is a row written with the change that owes
 * it, then a job. If the job is lost, `sweep` queues the row again.
 */
@Injectable()
export class OutboxService {
  private readonly logger = new Logger(OutboxService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectRepository(OutboundEmail) private readonly emails: Repository<OutboundEmail>,
    private readonly jobs: JobsService,
    private readonly clock: Clock,
    private readonly templates: MailTemplates,
  ) {}

  /** Writes the email, rendered, inside the caller's transaction; call `dispatch` after commit. */
  async add(manager: EntityManager, request: EmailRequest): Promise<OutboundEmail> {
    return manager.save(manager.create(OutboundEmail, { ...this.newRow(request, 'now'), status: OutboundEmailStatus.PENDING }));
  }

  /**
   * Writes many emails inside the caller's transaction, `BULK_CHUNK` rows a statement. Each row
   * gets its subject now and its bodies when it is sent (the sender renders them from the row's
   * `bodiesToRender`): a 10,000-invitation mailing neither renders nor stores 10,000 bodies in the
   * inviting transaction, and each body is rendered by the worker that sends it.
   */
  async addMany(manager: EntityManager, requests: EmailRequest[]): Promise<QueuedEmail[]> {
    const written: QueuedEmail[] = [];
    for (let i = 0; i < requests.length; i += BULK_CHUNK) {
      const rows = requests.slice(i, i + BULK_CHUNK).map((request) => this.newRow(request, 'at-send'));
      await OutboundEmailRepository.insertMany(manager, rows);
      for (const row of rows) written.push({ id: row.id, sendAfter: row.sendAfter });
    }
    return written;
  }

  /** A row still to be sent, as the sender will write it (its bodies rendered if it left them for then); null once it is not PENDING. */
  async pendingMessage(emailId: string): Promise<PendingMessage | null> {
    const row = await OutboundEmailRepository.pendingContent(this.emails.manager, emailId);
    if (!row) return null;
    return { subject: row.subject, ...this.templates.bodiesOf(row), headers: row.headers, attachments: row.attachments };
  }

  /** The one path from a request to a row: its bodies rendered now, or left for the sender to render. */
  private newRow(request: EmailRequest, bodies: 'now' | 'at-send'): NewEmailRow {
    const category = request.category ?? MailCategory.OPERATIONAL;
    // Templates say which kind of mail this is (footer) and what an unsubscribe would stop; outreach
    // shows the same per-contact unsubscribe link its List-Unsubscribe header carries.
    const unsubscribeUrl = category === MailCategory.OUTREACH ? (request.unsubscribe?.url ?? null) : null;
    const toRender: BodiesToRender = {
      template: request.template,
      data: { ...request.data, mailCategory: category.toLowerCase(), unsubscribeUrl },
      branding: request.branding,
      language: request.language ?? 'en',
    };
    const rendered =
      bodies === 'now'
        ? this.templates.render(toRender.template, toRender.data, toRender.branding, toRender.language)
        : { subject: this.templates.subject(toRender.template, toRender.data, toRender.branding, toRender.language), html: '', text: '' };
    const id = request.id ?? randomUUID();
    return {
      id,
      agencyId: request.agencyId,
      kind: request.kind,
      category,
      toAddress: request.to,
      fromAddress: senderAddress(request.senderName, this.config.MAIL_FROM),
      replyTo: request.replyTo ?? null,
      subject: rendered.subject,
      htmlBody: rendered.html,
      textBody: rendered.text,
      bodiesToRender: bodies === 'now' ? null : toRender,
      headers: { ...(request.headers ?? {}), ...this.trustHeaders(request, category) },
      attachments: request.attachments ?? [],
      // Stable across retries, so receivers and our own checks can spot a repeat.
      messageId: `<${id}@${this.config.MAIL_DOMAIN}>`,
      sendAfter: request.sendAfter ?? this.clock.now(),
      queuePrefix: this.config.REDIS_PREFIX,
    };
  }

  /**
   * What mailbox providers read to sort and trust bulk mail: `Feedback-ID` on every mail
   * (campaign:category:agency:sender, for their complaint-rate loops), and on outreach a
   * per-agency `List-Id` and RFC 8058 one-click `List-Unsubscribe`. Operational mail carries
   * no unsubscribe: unsubscribing does not stop it. Every mail is machine-written, and says so
   * (RFC 3834 `Auto-Submitted`, and Exchange's own suppression header), so out-of-office
   * responders do not answer a reminder sent to three hundred people into the replies officers read.
   */
  private trustHeaders(request: EmailRequest, category: MailCategory): Record<string, string> {
    const agency = request.agencyId ?? 'platform';
    const headers: Record<string, string> = {
      'Feedback-ID': `${headerToken(request.kind)}:${category.toLowerCase()}:${agency}:liaison`,
      'Auto-Submitted': 'auto-generated',
      'X-Auto-Response-Suppress': 'OOF, AutoReply',
    };
    if (category !== MailCategory.OUTREACH) return headers;
    // RFC 2919: an optional phrase, then the list's id; the phrase only when it is plain ASCII (the header is sent as is).
    const listName = request.branding.agencyName.replace(/["\\<>]/g, '').replace(/\s+/g, ' ').trim();
    const listId = `<${agency}.invitations.${this.config.MAIL_DOMAIN}>`;
    headers['List-Id'] = /^[\x20-\x7e]+$/.test(listName) ? `"${listName}" ${listId}` : listId;
    if (request.unsubscribe) {
      const { url, mailto } = request.unsubscribe;
      headers['List-Unsubscribe'] = mailto ? `<mailto:${mailto}?subject=unsubscribe>, <${url}>` : `<${url}>`;
      headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
    }
    return headers;
  }

  /** Queues delivery of `emails` once the unit of work `tx` has committed (never if it rolls back). */
  dispatchAfterCommit(tx: Pick<UnitOfWorkContext, 'afterCommit'>, emails: QueuedEmail[]): void {
    if (emails.length > 0) tx.afterCommit(() => this.dispatch(emails));
  }

  /** Queues delivery jobs; a failure here only delays mail, the sweep catches up. */
  async dispatch(emails: QueuedEmail[]): Promise<void> {
    try {
      for (let i = 0; i < emails.length; i += BULK_CHUNK) await this.jobs.enqueueMany('mail.send', deliveryJobs(emails.slice(i, i + BULK_CHUNK), this.clock.now()));
    } catch (error) {
      this.logger.warn(`Could not queue ${emails.length} email(s) now; the outbox sweep will retry: ${error}`);
    }
  }

  /** Cancels these messages where they are still waiting to be sent (one already on its way goes); returns how many. */
  async cancelPending(manager: EntityManager, ids: readonly string[], reason: string): Promise<number> {
    if (ids.length === 0) return 0;
    const result = await manager.update(OutboundEmail, { id: In([...ids]), status: OutboundEmailStatus.PENDING }, { status: OutboundEmailStatus.CANCELLED, lastError: reason, ...CONTENT_DROPPED });
    return result.affected ?? 0;
  }

  /** Cancels unsent outreach to an address when its owner opts out (operational mail still goes); returns how many. */
  async cancelPendingTo(manager: EntityManager, agencyId: string, address: string): Promise<number> {
    const result = await manager.update(
      OutboundEmail,
      { agencyId, toAddress: address, status: OutboundEmailStatus.PENDING, category: MailCategory.OUTREACH },
      { status: OutboundEmailStatus.CANCELLED, lastError: 'Recipient opted out', ...CONTENT_DROPPED },
    );
    return result.affected ?? 0;
  }

  /**
   * The sent message a bounce or complaint is about, by our row id (from a signed bounce
   * address) or by its Message-ID (`<id@MAIL_DOMAIN>`, quoted in the report); null for
   * anything that is not ours.
   */
  async findForFeedback(by: { emailId: string } | { messageId: string }): Promise<FeedbackSubject | null> {
    // Our Message-IDs are `<row id@MAIL_DOMAIN>`: both ways end in a primary-key lookup.
    let where: { id: string; messageId?: string };
    if ('emailId' in by) where = { id: by.emailId };
    else {
      const ours = new RegExp(`^<(${UUID_PATTERN})@${escapeRegExp(this.config.MAIL_DOMAIN)}>$`, 'i').exec(by.messageId);
      if (!ours) return null;
      where = { id: ours[1].toLowerCase(), messageId: `<${ours[1].toLowerCase()}@${this.config.MAIL_DOMAIN}>` };
    }
    const row = await this.emails.findOne({ select: { id: true, agencyId: true, toAddress: true, category: true, kind: true, messageId: true }, where });
    return row ? { id: row.id, agencyId: row.agencyId, toAddress: row.toAddress, category: row.category, kind: row.kind, messageId: row.messageId } : null;
  }

  /** A sent message bounced for good: it counts as failed, with the reason, wherever delivery is shown. */
  async recordBounce(emailId: string, reason: string): Promise<void> {
    await this.emails.update({ id: emailId, status: OutboundEmailStatus.SENT }, { status: OutboundEmailStatus.FAILED, lastError: `Bounced: ${reason}`.slice(0, 1_000) });
  }

  /** Unsent and failed emails per agency: the platform operator's view of delivery health (counts only). */
  async deliveryCounts(agencyIds: string[]): Promise<Map<string, { pending: number; failed: number }>> {
    const rows: { agency_id: string; pending: number; failed: number }[] = agencyIds.length
      ? await this.emails
          .createQueryBuilder('e')
          .select('e.agencyId', 'agency_id')
          .addSelect('count(*) FILTER (WHERE e.status = :pending)::int', 'pending')
          .addSelect('count(*) FILTER (WHERE e.status = :failed)::int', 'failed')
          .where('e.agencyId IN (:...agencyIds) AND e.status IN (:pending, :failed)', {
            agencyIds,
            pending: OutboundEmailStatus.PENDING,
            failed: OutboundEmailStatus.FAILED,
          })
          .groupBy('e.agencyId')
          .getRawMany()
      : [];
    const counts = new Map(agencyIds.map((id) => [id, { pending: 0, failed: 0 }]));
    for (const row of rows) counts.set(row.agency_id, { pending: row.pending, failed: row.failed });
    return counts;
  }

  /** One agency's mail: how many emails wait, went and failed for good, and the latest failures with their reasons. */
  async agencyDelivery(agencyId: string, failuresShown = 10): Promise<AgencyDelivery> {
    const counts: { pending: number; sent: number; failed: number } | undefined = await this.emails
      .createQueryBuilder('e')
      .select('count(*) FILTER (WHERE e.status = :pending)::int', 'pending')
      .addSelect('count(*) FILTER (WHERE e.status = :sent)::int', 'sent')
      .addSelect('count(*) FILTER (WHERE e.status = :failed)::int', 'failed')
      .where('e.agencyId = :agencyId', {
        agencyId,
        pending: OutboundEmailStatus.PENDING,
        sent: OutboundEmailStatus.SENT,
        failed: OutboundEmailStatus.FAILED,
      })
      .getRawOne();
    const recentFailures = await this.emails.find({
      select: { id: true, kind: true, toAddress: true, subject: true, lastError: true, attempts: true, createdAt: true },
      where: { agencyId, status: OutboundEmailStatus.FAILED },
      order: { createdAt: 'DESC' },
      take: failuresShown,
    });
    return { pending: counts?.pending ?? 0, sent: counts?.sent ?? 0, failed: counts?.failed ?? 0, recentFailures };
  }

  /**
   * Makes sure every due, unsent email has a live job, whatever Redis lost or kept
   * (see JobsService.requeue): a flushed or restarted Redis never strands a message.
   * Only this deployment's rows (its REDIS_PREFIX, or none recorded): a sweep never queues
   * mail another deployment sharing the database wrote, into its own queue and SMTP server.
   */
  async sweep(limit = 5_000): Promise<number> {
    const owed = { status: OutboundEmailStatus.PENDING, sendAfter: LessThanOrEqual(this.clock.now()) };
    const due = await this.emails.find({
      select: { id: true, sendAfter: true },
      where: [
        { ...owed, queuePrefix: this.config.REDIS_PREFIX },
        { ...owed, queuePrefix: IsNull() },
      ],
      order: { sendAfter: 'ASC' },
      take: limit,
    });
    await this.jobs.requeue('mail.send', deliveryJobs(due, this.clock.now()));
    return due.length;
  }
}

/** One of our sent messages, as a bounce or complaint about it needs it. */
export interface FeedbackSubject {
  id: string;
  agencyId: string | null;
  toAddress: string;
  category: MailCategory;
  kind: string;
  messageId: string;
}

const UUID_PATTERN = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A header field part without the separators Feedback-ID uses. */
function headerToken(value: string): string {
  return value.replace(/[^A-Za-z0-9._-]/g, '-');
}

/** One delivery job per row, under the row's id (so a repeat joins the live job), held until `sendAfter`. */
function deliveryJobs(emails: QueuedEmail[], now: Date): OwedJob<'mail.send'>[] {
  return emails.map((e) => ({ payload: { emailId: e.id }, options: { jobId: e.id, delay: Math.max(0, e.sendAfter.getTime() - now.getTime()) } }));
}
