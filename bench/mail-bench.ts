/**
 * What the mail benchmarks share: the counting SMTP sink in its own process and the raw
 * nodemailer pooled-send baseline (workers as processes: app-processes.ts).
 */
import { ChildProcess, fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { DataSource } from 'typeorm';
import { AppConfig, loadConfig } from '@app/config';
import type { OutboxService } from '@app/mail';
import { cpuSeconds } from './app-processes';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The production configuration both mail benchmarks run the API and workers with: a fresh
 * database and Redis prefix, the sink as the SMTP relay, fresh secrets.
 */
export function benchMailConfig(o: { databaseUrl: string; redisUrl: string; prefix: string; sinkPort: number; concurrency: string; ratePerSecond: string }): AppConfig {
  return loadConfig({
    NODE_ENV: 'production',
    // Production refuses a .local mail domain; nothing leaves the machine here either.
    MAIL_DOMAIN: 'bench.liaison.test',
    DATABASE_URL: o.databaseUrl,
    DATABASE_POOL_SIZE: '10',
    REDIS_URL: o.redisUrl,
    REDIS_PREFIX: o.prefix,
    SMTP_URL: `smtp://127.0.0.1:${o.sinkPort}`,
    JWT_SECRET: randomBytes(24).toString('hex'),
    LINK_SECRET: randomBytes(24).toString('hex'),
    LOG_LEVEL: 'warn',
    PORT: '0',
    MAIL_CONCURRENCY: o.concurrency,
    MAIL_RATE_PER_SECOND: o.ratePerSecond,
    OUTBOX_SWEEP_SECONDS: '30',
  });
}

/** The counting SMTP sink in its own process (bench/counting-sink.process.ts). */
export class SinkProcess {
  port = 0;
  private child!: ChildProcess;
  private asked = 0;
  private readonly answers = new Map<number, (count: number) => void>();

  async start(): Promise<this> {
    this.child = fork(join(__dirname, 'counting-sink.process.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    this.port = await new Promise<number>((resolve, reject) => {
      this.child.once('error', reject);
      this.child.on('message', (message: { port?: number; id?: number; count?: number }) => {
        if (message.port) resolve(message.port);
        if (message.id !== undefined) this.answers.get(message.id)?.(message.count ?? 0);
      });
    });
    return this;
  }

  phase(name: string): void {
    this.child.send({ phase: name });
  }

  count(phase: string): Promise<number> {
    const id = ++this.asked;
    return new Promise((resolve) => {
      this.answers.set(id, (count) => {
        this.answers.delete(id);
        resolve(count);
      });
      this.child.send({ count: phase, id });
    });
  }

  async waitFor(phase: string, count: number): Promise<void> {
    while ((await this.count(phase)) < count) await sleep(20);
  }

  /** CPU seconds the sink process has used so far: is the receiver the bottleneck? */
  cpuSeconds(): number {
    return cpuSeconds(this.child.pid!) ?? 0;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.disconnect();
    await exited;
  }
}

/**
 * One of our invitations as stored in the outbox: the baseline sends the same message (body parts, calendar
 * part and headers), so both sides build and transmit the same MIME.
 */
export interface SampleMessage {
  html: string;
  text: string;
  ics: string;
  method: string;
  headers: Record<string, string>;
}

/** The outbox's first message of the agency as the sender will write it, as a sample for the baseline. */
export async function sampleMessage(db: DataSource, outbox: OutboxService, agencyId: string): Promise<SampleMessage> {
  const [{ id }] = await db.query(`SELECT id FROM outbound_emails WHERE agency_id = $1 AND status = 'PENDING' LIMIT 1`, [agencyId]);
  const message = (await outbox.pendingMessage(id))!;
  return { html: message.html, text: message.text, ics: message.attachments[0].content, method: message.attachments[0].method!, headers: message.headers };
}

/**
 * How the raw pool hands a message to nodemailer: `buffered` builds it into one buffer first and sends
 * it as `raw`, as our MailTransport does; `streamed` passes the options and lets the pool stream the
 * parts (nodemailer's default). `rawBaselines` runs both.
 */
export type RawForm = 'buffered' | 'streamed';

/**
 * `count` messages like `sample` (the same MIME as ours) through a nodemailer pool of `connections`
 * to the sink, with as many messages in hand at once as a worker has jobs running (twice its SMTP
 * connections); seconds until all arrived.
 */
export async function rawBaseline(sink: SinkProcess, sample: SampleMessage, count: number, connections: number, form: RawForm): Promise<number> {
  const phase = `raw-${form}`;
  sink.phase(phase);
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port: sink.port, pool: true, maxConnections: connections, secure: false, ignoreTLS: true });
  const started = performance.now();
  let next = 0;
  const sender = async () => {
    for (let i = next++; i < count; i = next++) {
      const options = {
        from: 'no-reply@liaison.local',
        to: `${phase}-${i}@partners.example`,
        subject: `Invitation ${i}`,
        html: sample.html,
        text: sample.text,
        messageId: `<${phase}-${i}-${randomBytes(4).toString('hex')}@liaison.local>`,
        headers: sample.headers,
        // As ours: the calendar as a text/calendar alternative (Accept/Decline buttons) plus the same file attached.
        icalEvent: { method: sample.method, filename: 'invite.ics', content: sample.ics },
      };
      if (form === 'streamed') {
        await transport.sendMail(options);
      } else {
        const message = new MailComposer(options).compile();
        await transport.sendMail({ envelope: message.getEnvelope(), raw: await message.build() });
      }
    }
  };
  await Promise.all(Array.from({ length: 2 * connections }, sender));
  await sink.waitFor(phase, count);
  transport.close();
  return (performance.now() - started) / 1000;
}

/** This process's CPU seconds (user + system). */
export function ownCpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

export interface RawRun {
  form: RawForm;
  seconds: number;
  /** CPU seconds of the sender: this process, so nothing else may run in it meanwhile. */
  senderCpu: number;
  sinkCpu: number;
}

/** The raw pool in both forms, one after the other, and the faster of them: the one ours is compared with. */
export async function rawBaselines(sink: SinkProcess, sample: SampleMessage, count: number, connections: number): Promise<{ runs: RawRun[]; fastest: RawRun }> {
  const runs: RawRun[] = [];
  for (const form of ['buffered', 'streamed'] as const) {
    const sinkCpu0 = sink.cpuSeconds();
    const senderCpu0 = ownCpuSeconds();
    const seconds = await rawBaseline(sink, sample, count, connections, form);
    runs.push({ form, seconds, senderCpu: ownCpuSeconds() - senderCpu0, sinkCpu: sink.cpuSeconds() - sinkCpu0 });
  }
  return { runs, fastest: runs.reduce((best, r) => (r.seconds < best.seconds ? r : best)) };
}
