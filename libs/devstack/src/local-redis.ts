import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import Redis from 'ioredis';
import { freePort } from './free-port';

export interface RunningRedis {
  url: string;
  /** Set when we started redis-server ourselves. */
  stop?: () => Promise<void>;
}

export const REDIS_HELP =
  'Liaison needs Redis. Set REDIS_URL, start one on 127.0.0.1:6379, or install redis-server ' +
  '(Debian/Ubuntu: apt-get install redis-server; macOS: brew install redis) so it can be started for you.';

export async function redisAnswers(url: string): Promise<boolean> {
  const client = new Redis(url, { lazyConnect: true, connectTimeout: 1_500, maxRetriesPerRequest: 0, retryStrategy: () => null });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

/**
 * REDIS_URL if set; else the usual local port if it answers; else a `redis-server`
 * from PATH with its files in `dir` (append-only file on, as in production).
 */
export async function resolveRedis(options: { envUrl?: string; dir: string; persistent: boolean }): Promise<RunningRedis> {
  if (options.envUrl) return { url: options.envUrl };
  const local = 'redis://127.0.0.1:6379';
  if (await redisAnswers(local)) return { url: local };
  if (spawnSync('redis-server', ['--version']).status !== 0) throw new Error(REDIS_HELP);
  mkdirSync(options.dir, { recursive: true });
  const port = await freePort();
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', options.dir, '--save', ''];
  args.push('--appendonly', options.persistent ? 'yes' : 'no', '--maxmemory-policy', 'noeviction');
  const child = spawn('redis-server', args, { stdio: 'ignore' });
  const url = `redis://127.0.0.1:${port}`;
  for (let i = 0; i < 100 && !(await redisAnswers(url)); i++) await new Promise((r) => setTimeout(r, 100));
  if (!(await redisAnswers(url))) {
    child.kill('SIGKILL');
    throw new Error(`redis-server did not start on port ${port}. ${REDIS_HELP}`);
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
