import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@app/config';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { BatchedCalls, Clock } from '@app/common';
import { SendMailOptions } from 'nodemailer';
import { EmailAttachment, OutboundEmail, OutboundEmailStatus } from './outbound-email.entity';
import { CONTENT_DROPPED, ClaimedEmailRow, OutboundEmailRepository } from './outbound-email.repository';
import { MailTransport, isPermanentSmtpFailure, isTemporarySmtpRefusal } from './mail-transport';
import { bounceAddress } from './feedback/bounce-address';
import { DomainPacer } from './domain-pacer';
import { MailTemplates } from './mail-templates';

/** Rows claimed or marked sent by one statement, at most. */
const ROWS_PER_STATEMENT = 100;

/**
 * A calendar part (one with an iTIP method) becomes nodemailer's `icalEvent`: a
 * `text/calendar; method=…` alternative beside the text and HTML, which is what makes
 * Outlook and Gmail show Accept / Tentative / Decline (and apply a CANCEL), plus the same
 * file as an attachment. Other attachments stay attachments.
 */
function mimeAttachments(attachments: EmailAttachment[]): Pick<SendMailOptions, 'attachments' | 'icalEvent'> {
  const calendar = attachments.find((a) => a.method);
  return {
    attachments: attachments.filter((a) => a !== calendar).map((a) => ({ filename: a.filename, content: a.content, contentType: a.contentType })),
    icalEvent: calendar ? { method: calendar.method, filename: calendar.filename, content: calendar.content } : undefined,
  };
}

/** Headers mailbox providers parse by their exact syntax are sent as written (ASCII), not MIME-encoded. */
const SENT_AS_WRITTEN = new Set(['list-id', 'list-unsubscribe', 'list-unsubscribe-post', 'feedback-id']);

function preparedHeaders(headers: Record<string, string>): SendMailOptions['headers'] {
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) =>
      SENT_AS_WRITTEN.has(name.toLowerCase()) && /^[\x20-\x7e]*$/.test(value) ? [name, { prepared: true, value }] : [name, value],
    ),
  );
}

/** DEFERRED: the recipient's domain is paced or paused; try again at `until` (the attempt is not counted). */
export type DeliveryOutcome = 'SENT' | 'ALREADY_HANDLED' | 'PERMANENT_FAILURE' | { deferred: true; until: number };

/** Delivers one outbox row. A row recorded as sent is never sent again. */
@Injectable()
export class MailSenderService {
  private readonly logger = new Logger(MailSenderService.name);
  /**
   * Concurrent jobs claim their rows together: one `UPDATE … WHERE id = ANY($1) AND status =
   * 'PENDING' RETURNING …` for all the rows asked for while the previous claim was running.
   * Each row is still claimed by one statement and handed to one job.
   */
  private readonly claims = new BatchedCalls<string, ClaimedEmailRow | null>((ids) => this.claim(ids), ROWS_PER_STATEMENT);
  /**
   * And mark theirs sent together, after the SMTP server accepted each message; a job
   * finishes only once its row's mark has committed, as before.
   */
  private readonly marks = new BatchedCalls<string, void>((ids) => this.markSent(ids), ROWS_PER_STATEMENT);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectRepository(OutboundEmail) private readonly emails: Repository<OutboundEmail>,
    private readonly transport: MailTransport,
    private readonly clock: Clock,
    private readonly pacer: DomainPacer,
    private readonly templates: MailTemplates,
  ) {}

  async deliver(emailId: string): Promise<DeliveryOutcome> {
    // Claim the row and count the attempt in one statement (shared with concurrent jobs' claims).
    const row = await this.claims.call(emailId);
    if (!row) return 'ALREADY_HANDLED';
    const wait = await this.pacer.reserve(row.to_address);
    if (wait > 0) {
      await OutboundEmailRepository.uncountAttempt(this.emails.manager, emailId);
      return { deferred: true, until: Date.now() + wait };
    }
    // A mailing's rows are rendered here, by the worker sending them (see OutboxService.addMany).
    // A row that cannot be rendered never will be (same template, same data): refused for good, not retried.
    let bodies: { html: string; text: string };
    try {
      bodies = this.templates.bodiesOf(row);
    } catch (error) {
      const reason = `Could not render the message: ${String((error as Error).message ?? error).slice(0, 900)}`;
      this.logger.error(`Email ${emailId}: ${reason}`);
      return this.refuseForGood(emailId, reason);
    }
    const email = {
      messageId: row.message_id,
      fromAddress: row.from_address,
      toAddress: row.to_address,
      replyTo: row.reply_to,
      subject: row.subject,
      htmlBody: bodies.html,
      textBody: bodies.text,
      headers: row.headers,
      attachments: row.attachments,
    };
    try {
      await this.transport.send({
        messageId: email.messageId,
        // Bounces come back to our listener addressed to this message (signed VERP).
        envelope: { from: bounceAddress(emailId, this.config.LINK_SECRET, this.config.MAIL_DOMAIN), to: email.toAddress },
        from: email.fromAddress,
        to: email.toAddress,
        replyTo: email.replyTo ?? undefined,
        subject: email.subject,
        html: email.htmlBody,
        text: email.textBody,
        headers: preparedHeaders(email.headers),
        ...mimeAttachments(email.attachments),
      });
    } catch (error) {
      const reason = String((error as Error).message ?? error).slice(0, 1_000);
      if (isTemporarySmtpRefusal(error)) await this.pacer.refused(row.to_address).catch((e) => this.logger.warn(`Could not record the 4xx from ${row.to_address}'s domain: ${e}`));
      if (isPermanentSmtpFailure(error)) {
        this.logger.warn(`Email ${emailId} refused permanently: ${reason}`);
        return this.refuseForGood(emailId, reason);
      }
      await this.emails.update({ id: emailId }, { lastError: reason });
      throw error; // transient: BullMQ retries with backoff
    }
    // The message went: a pacing hiccup must not fail the job (a retry would send it again).
    await this.pacer.delivered(row.to_address).catch((e) => this.logger.warn(`Could not clear ${row.to_address}'s domain pause: ${e}`));
    await this.marks.call(emailId);
    return 'SENT';
  }

  /** The row will not be sent: FAILED with the reason, its content dropped. */
  private async refuseForGood(emailId: string, reason: string): Promise<'PERMANENT_FAILURE'> {
    await this.emails.update({ id: emailId }, { status: OutboundEmailStatus.FAILED, lastError: reason, ...CONTENT_DROPPED });
    return 'PERMANENT_FAILURE';
  }

  /** Each id's claimed row, or null (not PENDING, or the same id asked twice: a row goes to one job only). */
  private async claim(ids: string[]): Promise<(ClaimedEmailRow | null)[]> {
    const rows = await OutboundEmailRepository.claimPending(this.emails.manager, ids);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => {
      const row = byId.get(id) ?? null;
      byId.delete(id);
      return row;
    });
  }

  private async markSent(ids: string[]): Promise<void[]> {
    await OutboundEmailRepository.markSent(this.emails.manager, ids, this.clock.now());
    return ids.map(() => undefined);
  }
}
