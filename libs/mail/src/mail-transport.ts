import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { SendMailOptions, Transporter } from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer';
import { APP_CONFIG, AppConfig } from '@app/config';

/**
 * nodemailer's default list plus List-Unsubscribe-Post (RFC 8058: one-click only counts when
 * the signature covers it) and Feedback-ID (providers trust it only when signed).
 */
const DKIM_SIGNED_HEADERS = [
  'From', 'Sender', 'Reply-To', 'Subject', 'Date', 'Message-ID', 'To', 'Cc', 'MIME-Version', 'Content-Type', 'Content-Transfer-Encoding',
  'Content-ID', 'Content-Description', 'Resent-Date', 'Resent-From', 'Resent-Sender', 'Resent-To', 'Resent-Cc', 'Resent-Message-ID',
  'In-Reply-To', 'References', 'List-Id', 'List-Help', 'List-Unsubscribe', 'List-Unsubscribe-Post', 'List-Subscribe', 'List-Post',
  'List-Owner', 'List-Archive', 'Feedback-ID',
].join(':');

/** The pooled SMTP connection the worker sends through, rate-limited per second, DKIM-signing when configured. */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private transporter?: Transporter;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /**
   * The message is built into one buffer before it reaches the pool, then written to the
   * SMTP connection as one chunk: streamed part by part (nodemailer's default) every encoded
   * line was its own socket write, the worker's largest cost per message. Same bytes, same
   * envelope; DKIM (configured on the transport) signs the built message as before.
   */
  async send(message: SendMailOptions): Promise<void> {
    const compiled = new MailComposer(message).compile();
    const envelope = message.envelope ?? compiled.getEnvelope();
    const raw = await compiled.build();
    await this.connection().sendMail({ envelope, messageId: message.messageId, raw });
  }

  onApplicationShutdown(): void {
    this.transporter?.close();
  }

  private connection(): Transporter {
    this.transporter ??= nodemailer.createTransport({
      url: this.config.SMTP_URL,
      pool: true,
      maxConnections: this.config.MAIL_CONCURRENCY,
      rateDelta: 1_000,
      rateLimit: this.config.MAIL_RATE_PER_SECOND,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
      // Signs every message (relaxed/relaxed, rsa-sha256) when a key is configured; see README "Mail DNS records".
      ...(this.config.DKIM ? { dkim: { ...this.config.DKIM, headerFieldNames: DKIM_SIGNED_HEADERS } } : {}),
    } as Parameters<typeof nodemailer.createTransport>[0]);
    return this.transporter;
  }
}

/** A 4xx reply: the receiving server (so its domain) asks us to come back later. */
export function isTemporarySmtpRefusal(error: unknown): boolean {
  const code = (error as { responseCode?: number }).responseCode;
  return typeof code === 'number' && code >= 400 && code < 500;
}

/** 5xx replies mean the server will never take this message; everything else may pass later. */
export function isPermanentSmtpFailure(error: unknown): boolean {
  const code = (error as { responseCode?: number }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}
