import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { migrations } from './migrations';

export function migrationDataSource(databaseUrl: string): DataSource {
  return new DataSource({ type: 'postgres', url: databaseUrl, migrations, migrationsTableName: 'migrations' });
}

/** Applies pending migrations; returns the names applied. Used by `npm start` and the test setup. */
export async function runMigrations(databaseUrl: string): Promise<string[]> {
  const dataSource = await migrationDataSource(databaseUrl).initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
}

/** One statement on its own connection, for what cannot run in a transaction (CREATE/DROP DATABASE). */
export async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
