import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppConfig } from '@app/config';
import { testPort } from './test-port';
import { eventually } from './eventually';

const ROOT = join(__dirname, '..', '..', '..');
const ENTRYPOINTS = {
  api: join(ROOT, 'dist', 'apps', 'api', 'src', 'main.js'),
  worker: join(ROOT, 'dist', 'apps', 'worker', 'src', 'main.js'),
};

/** An API or worker running as its own process from the built entrypoint (`npm run build`). */
export interface ChildApp {
  process: ChildProcess;
  /** Where its `/health/*` answer: the API's port, or the worker's WORKER_HEALTH_PORT. */
  url: string;
  /** Resolves with the exit code (or signal) once the process has ended. */
  exited: Promise<number | string>;
  /** Sends `signal` (SIGTERM: a graceful stop) and waits for the exit. */
  stop(signal?: NodeJS.Signals): Promise<number | string>;
}

/** The config as the environment a child reads with `loadConfig()`. */
function environment(config: AppConfig, overrides: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = { ...(process.env as Record<string, string>) };
  for (const [key, value] of Object.entries(config)) {
    if (value === undefined || value === null) continue;
    env[key] = Array.isArray(value) ? value.join(',') : String(value);
  }
  return { ...env, ...overrides };
}

/**
 * Starts the built API or worker as a child process on `config` (this test's database and
 * Redis prefix), each on a free port of its own, and waits until its `/health/ready` answers
 * 200. Several of each may run at once, as in production.
 */
export async function startChildApp(kind: 'api' | 'worker', config: AppConfig, overrides: Record<string, string> = {}): Promise<ChildApp> {
  const main = ENTRYPOINTS[kind];
  if (!existsSync(main)) throw new Error(`${main} is missing: run \`npm run build\` first (npm test does)`);
  const port = await testPort();
  const ports: Record<string, string> = kind === 'api' ? { PORT: String(port) } : { WORKER_HEALTH_PORT: String(port), INBOUND_SMTP_PORT: '0' };
  const child = spawn(process.execPath, ['-r', join(ROOT, 'scripts', 'register-paths.js'), main], {
    cwd: ROOT,
    env: environment(config, { ...ports, ...overrides }),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')));
  const url = `http://127.0.0.1:${port}`;
  const app: ChildApp = {
    process: child,
    url,
    exited,
    stop: (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
  try {
    await eventually(
      async () => {
        if (child.exitCode !== null) throw new Error(`the ${kind} exited with ${child.exitCode} before it was ready`);
        const res = await fetch(`${url}/health/ready`);
        if (res.status !== 200) throw new Error(`not ready: ${res.status}`);
      },
      { what: `the ${kind} process to be ready`, timeoutMs: 60_000, intervalMs: 100 },
    );
  } catch (error) {
    await app.stop('SIGKILL');
    throw error;
  }
  return app;
}
