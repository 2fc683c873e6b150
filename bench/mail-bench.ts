/**
 * What the mail benchmarks share: the counting SMTP sink in its own process, the raw
 * nodemailer pooled-send baseline, workers as their own processes, and their peak memory.
 */
import { ChildProcess, fork, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import { AppConfig, loadConfig } from '@app/config';
import { freePort } from '@app/devstack';

const ROOT = join(__dirname, '..', '..');
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

/** CPU seconds (user + system) a process has used so far (Linux /proc/<pid>/stat), or null once it is gone. */
export function cpuSeconds(pid: number): number | null {
  try {
    // Fields after the command name (which may hold spaces) start at ") "; utime and stime are the 12th and 13th of them.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // clock ticks (USER_HZ = 100)
  } catch {
    return null;
  }
}

/** Peak resident memory of a process (Linux VmHWM), in MB. */
export function peakMemoryMb(pid: number): number | null {
  try {
    const kb = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Math.round(Number(kb) / 1024) : null;
  } catch {
    return null;
  }
}

export interface WorkerProcess {
  child: ChildProcess;
  exited: Promise<unknown>;
}

/** A worker as its own process, as in production; resolves once its /health/ready answers 200. */
export async function startWorker(config: AppConfig, nodeArgs: string[] = []): Promise<WorkerProcess> {
  const healthPort = await freePort();
  const env: Record<string, string> = { ...(process.env as Record<string, string>) };
  for (const [key, value] of Object.entries(config)) if (value !== undefined && value !== null) env[key] = Array.isArray(value) ? value.join(',') : String(value);
  env.WORKER_HEALTH_PORT = String(healthPort);
  env.INBOUND_SMTP_PORT = '0';
  const child = spawn(process.execPath, [...nodeArgs, '-r', './scripts/register-paths.js', join('dist', 'apps', 'worker', 'src', 'main.js')], { cwd: ROOT, env, stdio: 'inherit' });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  for (;;) {
    if (child.exitCode !== null) throw new Error(`worker exited with ${child.exitCode} before it was ready`);
    const ok = await fetch(`http://127.0.0.1:${healthPort}/health/ready`).then((r) => r.ok, () => false);
    if (ok) return { child, exited };
    await sleep(100);
  }
}

/** SIGTERM (drain), then wait for the exit, so nothing writes to Redis after the clean-up. */
export async function stopWorker(worker: WorkerProcess): Promise<void> {
  if (worker.child.exitCode === null && worker.child.signalCode === null) worker.child.kill('SIGTERM');
  await worker.exited;
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
