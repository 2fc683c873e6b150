/**
 * The API and the worker as their own processes, as in production (built code in dist/),
 * their CPU time and peak memory, and the clean-up of a benchmark's Redis keys.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Redis from 'ioredis';
import { AppConfig } from '@app/config';
import { freePort } from '@app/devstack';

const ROOT = join(__dirname, '..', '..');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface AppProcess {
  child: ChildProcess;
  exited: Promise<unknown>;
  /** The API's HTTP port (API processes only). */
  port?: number;
}
/** The mail benchmarks' name for it. */
export type WorkerProcess = AppProcess;

/** `entry` (under dist/) run with `config` as its environment; resolves once `readyUrl` answers 200. */
async function startApp(config: AppConfig, entry: string, extraEnv: Record<string, string>, readyUrl: string, nodeArgs: string[]): Promise<AppProcess> {
  const env: Record<string, string> = { ...(process.env as Record<string, string>) };
  for (const [key, value] of Object.entries(config)) if (value !== undefined && value !== null) env[key] = Array.isArray(value) ? value.join(',') : String(value);
  Object.assign(env, extraEnv);
  const child = spawn(process.execPath, [...nodeArgs, '-r', './scripts/register-paths.js', join('dist', entry)], { cwd: ROOT, env, stdio: 'inherit' });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${entry} exited with ${child.exitCode} before it was ready`);
    const ok = await fetch(readyUrl).then((r) => r.ok, () => false);
    if (ok) return { child, exited };
    await sleep(100);
  }
}

/** A worker as its own process, as in production; resolves once its /health/ready answers 200. */
export async function startWorker(config: AppConfig, nodeArgs: string[] = []): Promise<WorkerProcess> {
  const healthPort = await freePort();
  return startApp(config, join('apps', 'worker', 'src', 'main.js'), { WORKER_HEALTH_PORT: String(healthPort), INBOUND_SMTP_PORT: '0' }, `http://127.0.0.1:${healthPort}/health/ready`, nodeArgs);
}

/** An API process on a free port of 127.0.0.1, as in production; resolves once its /health/ready answers 200. */
export async function startApi(config: AppConfig, nodeArgs: string[] = []): Promise<AppProcess> {
  const port = await freePort();
  const api = await startApp(config, join('apps', 'api', 'src', 'main.js'), { PORT: String(port) }, `http://127.0.0.1:${port}/health/ready`, nodeArgs);
  return { ...api, port };
}

/** SIGTERM (drain), then wait for the exit, so nothing writes to Redis after the clean-up. */
export async function stopWorker(worker: AppProcess): Promise<void> {
  if (worker.child.exitCode === null && worker.child.signalCode === null) worker.child.kill('SIGTERM');
  await worker.exited;
}
export const stopApp = stopWorker;

/** Peak resident memory of a process (Linux VmHWM), in MB. */
export function peakMemoryMb(pid: number): number | null {
  try {
    const kb = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Math.round(Number(kb) / 1024) : null;
  } catch {
    return null;
  }
}

/** User + system CPU time a process has used so far (Linux /proc, 10 ms ticks), in microseconds. */
export function cpuTimeUs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // After the name: state is field 3, utime 14 and stime 15 (1-based over the whole line).
  return (Number(fields[11]) + Number(fields[12])) * 10_000;
}

/** The same in seconds, or null once the process is gone. */
export function cpuSeconds(pid: number): number | null {
  try {
    return cpuTimeUs(pid) / 1_000_000;
  } catch {
    return null;
  }
}

/** Deletes every key under `prefix:` and returns how many are left (0). */
export async function deleteRedisKeys(redisUrl: string, prefix: string): Promise<number> {
  const redis = new Redis(redisUrl);
  try {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.unlink(...keys);
    return (await redis.keys(`${prefix}:*`)).length;
  } finally {
    redis.disconnect();
  }
}
