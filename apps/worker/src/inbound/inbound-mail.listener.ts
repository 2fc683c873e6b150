import { Inject, Injectable, Logger, OnApplicationBootstrap, BeforeApplicationShutdown } from '@nestjs/common';
import { SMTPServer } from 'smtp-server';
import { ParsedMail, simpleParser } from 'mailparser';
import { withoutNulCharacters } from '@app/common';
import { APP_CONFIG, AppConfig } from '@app/config';
import { InboundReplyService, MailFeedbackService } from '@app/invitations';
import { isAutomaticMail } from './automatic-mail';
import { textOfHtml } from './html-text';
import { limitedTo } from './size-limit';

const MAX_MESSAGE_BYTES = 5 * 1024 * 1024;
/** Connections at once: replies and reports arrive a few at a time; more is someone trying to exhaust us. */
const MAX_CLIENTS = 50;
/** Recipients of one message: a reply goes to one address, a report to one; a long list is not ours. */
const MAX_RECIPIENTS = 20;

// keepDeliveryStatus: a bounce's message/delivery-status stays a part of its own (read by the feedback service);
// ignoreEmbedded: so does a returned message/rfc822 marked inline, as complaint reports do (RFC 5965), since its
// Message-ID is what ties a report sent to plain bounces@ to our message. (Not in mailparser's types; passed to its splitter.)
// skipHtmlToText: the parser's HTML converter is super-linear on crafted markup (over a minute for 2 MB, holding
// the whole worker); an HTML-only reply is read through textOfHtml instead.
const PARSE_OPTIONS = { keepDeliveryStatus: true, ignoreEmbedded: true, skipHtmlToText: true };

/** What the mail parser refuses for good (over 1,000 parts, a megabyte of headers): resending will not help. */
function isUnreadable(error: unknown): boolean {
  return (error as { code?: string }).code === 'EMAXLEN';
}

/** The writer's words: the plain-text part, or for an HTML-only mail the text of its HTML. */
function textOf(mail: ParsedMail): string {
  if (mail.text && mail.text.trim() !== '') return mail.text;
  return typeof mail.html === 'string' ? textOfHtml(mail.html) : '';
}

function smtpError(code: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode: code });
}

function calendarParts(mail: ParsedMail): string[] {
  return mail.attachments.filter((a) => /^text\/calendar|application\/ics/i.test(a.contentType)).map((a) => withoutNulCharacters(a.content.toString('utf8')));
}

/**
 * The worker's SMTP listener for RSVP replies (INBOUND_SMTP_PORT; 0 = off). It refuses
 * unknown or expired reply addresses at RCPT with a polite 550, so nothing is stored
 * for them, and hands accepted mail to the invitations lib. Put it behind the MX (or a
 * relay) for rsvp+*@, unsubscribe+*@ and bounces(+*)@MAIL_DOMAIN: the last is every
 * message's envelope sender, where delivery status notifications and complaint reports
 * (register bounces@MAIL_DOMAIN with the providers' feedback loops) come back.
 */
@Injectable()
export class InboundMailListener implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(InboundMailListener.name);
  private server?: SMTPServer;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly replies: InboundReplyService,
    private readonly feedback: MailFeedbackService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.INBOUND_SMTP_PORT) return;
    this.server = new SMTPServer({
      name: this.config.MAIL_DOMAIN,
      banner: 'Liaison RSVP replies',
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      size: MAX_MESSAGE_BYTES,
      maxClients: MAX_CLIENTS,
      logger: false,
      onRcptTo: (address, session, callback) => {
        if (session.envelope.rcptTo.length >= MAX_RECIPIENTS) return callback(smtpError(452, 'Too many recipients'));
        const feedback = this.feedback.checkRecipient(address.address);
        if (feedback !== 'NOT_FEEDBACK') return callback(feedback === 'ACCEPTED' ? undefined : smtpError(550, 'No such bounce address'));
        this.replies
          .checkRecipient(address.address)
          .then((check) => callback(check.accepted ? undefined : smtpError(550, check.message)))
          .catch((error) => {
            this.logger.error(`Could not check ${address.address}: ${error}`);
            callback(smtpError(451, 'Temporary problem; please try again later'));
          });
      },
      onData: (stream, session, callback) => {
        // The parser gets at most MAX_MESSAGE_BYTES; the rest of a larger message is read and dropped.
        const limited = limitedTo(stream, MAX_MESSAGE_BYTES);
        simpleParser(limited.stream, PARSE_OPTIONS)
          .then(async (mail) => {
            if (limited.exceeded()) throw smtpError(552, 'Message too large');
            const recipients = session.envelope.rcptTo.map((r) => r.address);
            const bounces = recipients.filter((r) => this.feedback.isFeedbackAddress(r));
            if (bounces.length > 0) await this.feedback.receive(bounces, mail);
            if (bounces.length === recipients.length) return callback();
            const envelopeSender = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
            // A mail may decode to U+0000 (a UTF-16 part, broken base64), which PostgreSQL cannot store:
            // dropped, so the reply is read like any other instead of failing on every retry.
            await this.replies.receive({
              recipients: recipients.filter((r) => !bounces.includes(r)),
              from: withoutNulCharacters(mail.from?.value[0]?.address ?? String(session.envelope.mailFrom && session.envelope.mailFrom.address)),
              subject: withoutNulCharacters(mail.subject ?? ''),
              text: withoutNulCharacters(textOf(mail)),
              calendarParts: calendarParts(mail),
              messageId: mail.messageId ? withoutNulCharacters(mail.messageId) : null,
              sentAt: mail.date && !Number.isNaN(mail.date.getTime()) ? mail.date : null,
              automatic: isAutomaticMail(mail, envelopeSender),
            });
            callback();
          })
          .catch((error) => {
            if ((error as { responseCode?: number }).responseCode) return callback(error);
            if (limited.exceeded()) return callback(smtpError(552, 'Message too large'));
            if (isUnreadable(error)) return callback(smtpError(554, 'Message structure not accepted'));
            this.logger.error(`Could not take a reply: ${error}`);
            callback(smtpError(451, 'Temporary problem; please try again later'));
          });
      },
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(this.config.INBOUND_SMTP_PORT, this.config.INBOUND_SMTP_HOST, () => resolve());
    });
    this.server.on('error', (error) => this.logger.error(`Inbound SMTP: ${error}`));
    this.logger.log(`Inbound RSVP replies on ${this.config.INBOUND_SMTP_HOST}:${this.config.INBOUND_SMTP_PORT}`);
  }

  /** Stops taking replies first on shutdown, while the database is still there for those in progress. */
  async beforeApplicationShutdown(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
