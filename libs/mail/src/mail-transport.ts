import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { SendMailOptions, Transporter } from 'nodemailer';
import { APP_CONFIG, AppConfig } from '@app/config';

/** The pooled SMTP connection the worker sends through, rate-limited per second. */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private transporter?: Transporter;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async send(message: SendMailOptions): Promise<void> {
    await this.connection().sendMail(message);
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
    } as Parameters<typeof nodemailer.createTransport>[0]);
    return this.transporter;
  }
}

/** 5xx replies mean the server will never take this message; everything else may pass later. */
export function isPermanentSmtpFailure(error: unknown): boolean {
  const code = (error as { responseCode?: number }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}
