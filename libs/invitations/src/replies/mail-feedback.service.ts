import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ParsedMail } from 'mailparser';
import { APP_CONFIG, AppConfig } from '@app/config';
import { FeedbackReport, FeedbackSubject, OutboxService, complainsAbout, readBounceAddress, readFeedbackReport, statusFor } from '@app/mail';
import { ContactsService } from '@app/partners';

export type FeedbackOutcome =
  | { kind: 'UNDELIVERABLE'; contactId: string }
  | { kind: 'COMPLAINED'; contactId: string }
  | { kind: 'SOFT_BOUNCE' }
  /** Not a report we read, about no message of ours, or inconsistent (tampered): nothing changed. */
  | { kind: 'IGNORED'; why: string };

/**
 * Reads what mailbox providers send back to the bounce address (`bounces+<row>.<sig>@MAIL_DOMAIN`,
 * the envelope sender of every message; and plain `bounces@MAIL_DOMAIN` for complaint
 * loops): a hard bounce marks the contact's address undeliverable, a complaint opts them
 * out of outreach. A soft bounce, a report about no message of ours, or one whose parts
 * disagree (tampered) changes nothing.
 */
@Injectable()
export class MailFeedbackService {
  private readonly logger = new Logger(MailFeedbackService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly contacts: ContactsService,
  ) {}

  /** 'NOT_FEEDBACK' for addresses that are not ours to read here; 'REFUSED' for a bounce address with a forged signature. */
  checkRecipient(address: string): 'ACCEPTED' | 'REFUSED' | 'NOT_FEEDBACK' {
    const read = readBounceAddress(address, this.config.LINK_SECRET, this.config.MAIL_DOMAIN);
    if (read === null) return 'NOT_FEEDBACK';
    return read === 'FORGED' ? 'REFUSED' : 'ACCEPTED';
  }

  isFeedbackAddress(address: string): boolean {
    return this.checkRecipient(address) !== 'NOT_FEEDBACK';
  }

  /** `mail` parsed with `keepDeliveryStatus: true` and `ignoreEmbedded: true` (see readFeedbackReport); `recipients` the envelope's. */
  async receive(recipients: string[], mail: ParsedMail): Promise<FeedbackOutcome> {
    let report: FeedbackReport | null;
    try {
      report = readFeedbackReport(mail);
    } catch (error) {
      return this.ignored(`unreadable report: ${error}`);
    }
    if (!report) return this.ignored('not a delivery status or feedback report');
    const found = await this.subjectOf(recipients, report);
    if ('why' in found) return this.ignored(found.why);
    const { subject, signed } = found;
    if (!subject.agencyId) return this.ignored('about mail to no contact');

    if (report.kind === 'BOUNCE') {
      // A delivery status report goes to the message's envelope sender, its signed bounce address. One
      // to the plain address, matched only by a Message-ID (which travels in every reply and forward),
      // could be anyone's: it would let them mark a partner's address undeliverable.
      if (!signed) return this.ignored('a delivery status report not sent to the message’s signed bounce address');
      // Only what the report says of our recipient counts (it may also name others, or where a forward went).
      const status = statusFor(report, subject.toAddress);
      if (!status) return this.ignored('the report names another recipient than the message');
      if (!status.hard) return { kind: 'SOFT_BOUNCE' };
      const reason = [status.status, status.diagnostic].filter(Boolean).join(' ');
      const contact = await this.contacts.markUndeliverable(subject.agencyId, subject.toAddress, reason);
      await this.outbox.recordBounce(subject.id, reason);
      if (!contact) return this.ignored('the address is no contact of the agency');
      this.logger.log(`Hard bounce for ${subject.toAddress} (${reason}): marked undeliverable`);
      return { kind: 'UNDELIVERABLE', contactId: contact.id };
    }
    if (!complainsAbout(report, subject.toAddress)) return this.ignored('the report names another recipient than the message');
    // Only `abuse` says the recipient did not want it; not-spam, virus, auth-failure (a DMARC report) and the rest are no complaint.
    if (report.feedbackType !== 'abuse') return this.ignored(`a ${report.feedbackType} report, not a complaint`);
    const contact = await this.contacts.findByEmail(subject.agencyId, subject.toAddress);
    if (!contact) return this.ignored('the address is no contact of the agency');
    await this.dataSource.transaction(async (manager) => {
      await this.contacts.optOut(subject.agencyId!, contact.id, `complaint (${report.feedbackType} report)`, manager);
      await this.outbox.cancelPendingTo(manager, subject.agencyId!, contact.email);
    });
    this.logger.log(`Complaint (${report.feedbackType}) from ${subject.toAddress}: opted out of outreach`);
    return { kind: 'COMPLAINED', contactId: contact.id };
  }

  /**
   * The message the report is about: named by the signed bounce address it came to, or by
   * the Message-ID it quotes; when it has both they must agree.
   */
  private async subjectOf(recipients: string[], report: FeedbackReport): Promise<{ subject: FeedbackSubject; signed: boolean } | { why: string }> {
    const signed = recipients
      .map((r) => readBounceAddress(r, this.config.LINK_SECRET, this.config.MAIL_DOMAIN))
      .find((r): r is { emailId: string } => r !== null && r !== 'FORGED' && r.emailId !== null);
    const byAddress = signed ? await this.outbox.findForFeedback({ emailId: signed.emailId }) : null;
    const byMessageId = report.originalMessageId ? await this.outbox.findForFeedback({ messageId: report.originalMessageId }) : null;
    if (byAddress && byMessageId && byAddress.id !== byMessageId.id) return { why: 'the bounce address and the quoted Message-ID name different messages' };
    const subject = byAddress ?? byMessageId;
    return subject ? { subject, signed: byAddress !== null } : { why: 'about no message of ours' };
  }

  private ignored(why: string): FeedbackOutcome {
    this.logger.warn(`Mail feedback ignored: ${why}`);
    return { kind: 'IGNORED', why };
  }
}
