import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { OutboundEmail, OutboundEmailStatus } from './outbound-email.entity';
import { MailTransport, isPermanentSmtpFailure } from './mail-transport';

export type DeliveryOutcome = 'SENT' | 'ALREADY_HANDLED' | 'PERMANENT_FAILURE';

/** Delivers one outbox row. A row recorded as sent is never sent again. */
@Injectable()
export class MailSenderService {
  private readonly logger = new Logger(MailSenderService.name);

  constructor(
    @InjectRepository(OutboundEmail) private readonly emails: Repository<OutboundEmail>,
    private readonly transport: MailTransport,
  ) {}

  async deliver(emailId: string): Promise<DeliveryOutcome> {
    const email = await this.emails.findOneBy({ id: emailId });
    if (!email || email.status !== OutboundEmailStatus.PENDING) return 'ALREADY_HANDLED';
    await this.emails.increment({ id: emailId }, 'attempts', 1);
    try {
      await this.transport.send({
        messageId: email.messageId,
        from: email.fromAddress,
        to: email.toAddress,
        replyTo: email.replyTo ?? undefined,
        subject: email.subject,
        html: email.htmlBody,
        text: email.textBody,
        headers: email.headers,
        attachments: email.attachments.map((a) => ({
          filename: a.filename,
          content: a.content,
          contentType: a.method ? `${a.contentType}; method=${a.method}` : a.contentType,
        })),
      });
    } catch (error) {
      const reason = String((error as Error).message ?? error).slice(0, 1_000);
      if (isPermanentSmtpFailure(error)) {
        await this.emails.update({ id: emailId }, { status: OutboundEmailStatus.FAILED, lastError: reason });
        this.logger.warn(`Email ${emailId} refused permanently: ${reason}`);
        return 'PERMANENT_FAILURE';
      }
      await this.emails.update({ id: emailId }, { lastError: reason });
      throw error; // transient: BullMQ retries with backoff
    }
    await this.emails.update(
      { id: emailId, status: OutboundEmailStatus.PENDING },
      { status: OutboundEmailStatus.SENT, sentAt: new Date(), lastError: null },
    );
    return 'SENT';
  }
}
