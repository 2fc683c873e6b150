import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where a running `npm start` found or started its services, for commands run beside it (`npm run operator`). */
export interface RunningServices {
  DATABASE_URL: string;
  REDIS_URL: string;
  REDIS_PREFIX?: string;
  SMTP_URL: string;
  PUBLIC_URL: string;
}

const FILE = 'running.json';

/** Written when `npm start` is up; returns how to remove it again when it stops. */
export function recordRunningServices(dataDir: string, services: RunningServices): () => Promise<void> {
  const file = join(dataDir, FILE);
  writeFileSync(file, JSON.stringify(services, null, 2), { mode: 0o600 });
  return async () => rmSync(file, { force: true });
}

export function readRunningServices(dataDir: string): RunningServices | null {
  const file = join(dataDir, FILE);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as RunningServices) : null;
}
