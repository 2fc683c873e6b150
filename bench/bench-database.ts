import { randomBytes } from 'node:crypto';
import { adminQuery, runMigrations } from '@app/database';

/** The server benchmarks make their scratch databases on (never a developer's own data). */
export const BENCH_ADMIN_URL = process.env.BENCH_ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A fresh, migrated database for one benchmark run, dropped by the returned function. */
export async function benchDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `liaison_bench_${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  await adminQuery(BENCH_ADMIN_URL, `CREATE DATABASE ${name}`);
  const url = BENCH_ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);
  await runMigrations(url);
  return { url, drop: () => adminQuery(BENCH_ADMIN_URL, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
