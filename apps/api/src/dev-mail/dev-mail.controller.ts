import { Controller, Get, Header, Inject, NotFoundException, Param } from '@nestjs/common';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { APP_CONFIG, AppConfig } from '@app/config';
import { Public } from '@app/auth';
import { html, raw } from '../pages/html';
import { page } from '../pages/layout';

const FILE = /^[\w.-]+\.eml$/;

/**
 * Local mode only: what the dev mail catcher received, so a newcomer can read the
 * mail Liaison "sent" and follow its links. Registered only when DEV_MAIL_DIR is set.
 */
@Controller('dev/mail')
export class DevMailController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Get()
  @Public()
  @Header('Content-Type', 'text/html; charset=utf-8')
  async list(): Promise<string> {
    const files = (await readdir(this.dir()).catch(() => [] as string[])).filter((f) => FILE.test(f)).sort().reverse().slice(0, 200);
    const rows = await Promise.all(
      files.map(async (file) => {
        const mail = await simpleParser(await readFile(join(this.dir(), file)));
        return html`<tr><td>${mail.date?.toISOString().replace('T', ' ').slice(0, 19)}</td><td>${mail.to ? [mail.to].flat().map((a) => a.text).join(', ') : ''}</td><td><a href="/dev/mail/${file}">${mail.subject ?? '(no subject)'}</a></td></tr>`;
      }),
    );
    return page(
      'Dev inbox',
      html`<h1>Dev inbox</h1><p>Every email Liaison sent while running locally (newest first). Nothing here left this machine.</p>
<table><thead><tr><th>Sent (UTC)</th><th>To</th><th>Subject</th></tr></thead><tbody>${rows.length ? rows : html`<tr><td colspan="3">No mail yet.</td></tr>`}</tbody></table>`,
    );
  }

  @Get(':file')
  @Public()
  @Header('Content-Type', 'text/html; charset=utf-8')
  async show(@Param('file') file: string): Promise<string> {
    const mail = await this.read(file);
    return page(
      mail.subject ?? 'Message',
      html`<p><a href="/dev/mail">← Dev inbox</a></p><h1>${mail.subject}</h1>
<p><strong>From:</strong> ${mail.from?.text}<br><strong>To:</strong> ${[mail.to ?? []].flat().map((a) => a.text).join(', ')}
${mail.replyTo ? html`<br><strong>Reply-To:</strong> ${mail.replyTo.text}` : ''}<br><strong>Message-ID:</strong> ${mail.messageId}</p>
${mail.attachments.length ? html`<p><strong>Attachments:</strong> ${mail.attachments.map((a) => `${a.filename ?? 'unnamed'} (${a.contentType})`).join(', ')}</p>` : ''}
<iframe title="HTML version" src="/dev/mail/${file}/html" style="width:100%;height:32rem;border:1px solid #ccc;background:#fff"></iframe>
<h2>Plain-text version</h2><pre style="white-space:pre-wrap">${mail.text}</pre>`,
    );
  }

  @Get(':file/html')
  @Public()
  @Header('Content-Type', 'text/html; charset=utf-8')
  async body(@Param('file') file: string): Promise<string> {
    const mail = await this.read(file);
    // Links open in the whole window, as they would from a mail client.
    return html`<base target="_top">${raw(mail.html || `<pre>${html`${mail.text}`}</pre>`)}`.value;
  }

  private dir(): string {
    return this.config.DEV_MAIL_DIR as string;
  }

  private async read(file: string) {
    if (!FILE.test(file)) throw new NotFoundException('No such message');
    const source = await readFile(join(this.dir(), file)).catch(() => {
      throw new NotFoundException('No such message');
    });
    return simpleParser(source);
  }
}
