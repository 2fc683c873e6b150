/**
 * What the mail benchmarks share: the counting SMTP sink in its own process and the raw
 * nodemailer pooled-send baseline (workers as processes: app-processes.ts).
 */
import { ChildProcess, fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import { AppConfig, loadConfig } from '@app/config';
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

/** `count` messages like `sample` through a nodemailer pool of `connections` to the sink; seconds until all arrived. */
export async function rawBaseline(sink: SinkProcess, sample: { html: string; text: string; ics: string }, count: number, connections: number): Promise<number> {
  sink.phase('raw');
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port: sink.port, pool: true, maxConnections: connections, secure: false, ignoreTLS: true });
  const started = performance.now();
  const sends: Promise<unknown>[] = [];
  for (let i = 0; i < count; i++) {
    sends.push(
      transport.sendMail({
        from: 'no-reply@liaison.local',
        to: `raw-${i}@partners.example`,
        subject: `Invitation ${i}`,
        html: sample.html,
        text: sample.text,
        messageId: `<raw-${i}-${randomBytes(4).toString('hex')}@liaison.local>`,
        attachments: [{ filename: 'invite.ics', content: sample.ics, contentType: 'text/calendar; charset=utf-8; method=REQUEST' }],
      }),
    );
  }
  await Promise.all(sends);
  await sink.waitFor('raw', count);
  transport.close();
  return (performance.now() - started) / 1000;
}
