import 'reflect-metadata';
import { runMigrations } from '@app/database';

/** Production entry: apply pending migrations to DATABASE_URL, then exit. */
async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is required but not set');
  const applied = await runMigrations(url);
  console.log(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database schema is up to date');
}

main().catch((error) => {
  console.error(error.message ?? error);
  process.exit(1);
});
