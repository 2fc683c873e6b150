/** What the global setup started and created, for the global teardown (same process). */
export interface TestStack {
  stops: (() => Promise<unknown>)[];
  /** A connection to the server the databases below live on. */
  adminUrl?: string;
  /** The template and each worker's copy, dropped at the end. */
  databases: string[];
  /** Scratch folders of an embedded PostgreSQL or a redis-server started for the run. */
  dirs: string[];
}

/** The URL of another database on the same server, with the same credentials. */
export function workerDatabaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
