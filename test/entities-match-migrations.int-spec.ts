import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { AuditModule } from '@app/audit';
import { AuthModule } from '@app/auth';
import { ForumsModule } from '@app/forums';
import { InvitationsModule } from '@app/invitations';
import { MailModule } from '@app/mail';
import { PartnersModule } from '@app/partners';
import { PlatformModule } from '@app/platform';
import { RedisModule } from '@app/redis';
import { SurveysModule } from '@app/surveys';
import { TaskForcesModule } from '@app/task-forces';
import { LibTestModule, createLibTestModule } from '@app/testing';

/**
 * What TypeORM's schema sync would change on the migrated database is what the entities and
 * the migrations disagree on. Migrations are the only source of schema, so some differences
 * are by design: entities never declare what lives only in migrations, hence TypeORM would
 * drop it. Any other statement means an entity and the migrations tell different stories.
 */
const BY_DESIGN: { pattern: RegExp; reason: string }[] = [
  { pattern: /^ALTER TABLE "\w+" DROP CONSTRAINT "\w+_fkey"$/, reason: 'foreign keys live in migrations; entities keep references as plain id columns (no TypeORM relations)' },
  { pattern: /^ALTER TABLE "\w+" DROP CONSTRAINT "\w+"$/, reason: 'CHECK, UNIQUE and EXCLUDE constraints live in migrations (exclusions on generated ranges TypeORM cannot express)' },
  { pattern: /^DROP INDEX "public"\."\w+"$/, reason: 'indexes live in migrations (partial, GIN, trigram and expression indexes TypeORM cannot express)' },
  { pattern: /^ALTER TABLE "forums" DROP COLUMN "period"$/, reason: "a generated tstzrange only the venue-overlap exclusion constraint uses; no code reads it" },
  { pattern: /^DELETE FROM "typeorm_metadata" WHERE /, reason: "TypeORM's bookkeeping for dropping the generated column above" },
  { pattern: /^ALTER TABLE "survey_results" DROP COLUMN "(tally|tallied_in_full_at)"$/, reason: 'the running tally is read and written by the results SQL only, never through the entity' },
];

/** Every `@Entity` class under libs/, by class name: the check is only as wide as the entities it sees. */
function entityClassesInSource(): Map<string, string> {
  const root = join(__dirname, '..', 'libs');
  const found = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && !/\.(spec|int-spec|e2e-spec)\.ts$/.test(entry.name)) {
        const source = readFileSync(path, 'utf8');
        for (const match of source.matchAll(/@Entity\([^)]*\)\s*(?:@\w+\([^)]*\)\s*)*export class (\w+)/g)) found.set(match[1], relative(join(root, '..'), path));
      }
    }
  };
  walk(root);
  return found;
}

describe('Entities and migrations', () => {
  let lib: LibTestModule;

  beforeAll(async () => {
    // Every feature module, so every entity is loaded (autoLoadEntities), as in the two apps together.
    lib = await createLibTestModule({
      imports: [RedisModule, AuditModule, AuthModule, MailModule, PartnersModule, ForumsModule, InvitationsModule, SurveysModule, TaskForcesModule, PlatformModule],
    });
  });
  afterAll(() => lib.close());

  it('loads every entity class in libs/, so the comparison below covers them all', () => {
    const loaded = new Set(lib.dataSource.entityMetadatas.map((metadata) => metadata.name));
    const inSource = entityClassesInSource();
    expect(inSource.size).toBeGreaterThanOrEqual(loaded.size);
    const missing = [...inSource].filter(([name]) => !loaded.has(name)).map(([name, file]) => `${name} (${file})`);
    expect(missing).toEqual([]);
  });

  it('agree: schema sync on the migrated database would change nothing but what is listed as by design', async () => {
    // TypeORM reads its bookkeeping table while comparing generated columns; the migrations make
    // none, so an empty one stands in for the comparison (in this worker's own database).
    await lib.dataSource.query(
      `CREATE TABLE IF NOT EXISTS typeorm_metadata ("type" varchar NOT NULL, "database" varchar, "schema" varchar, "table" varchar, "name" varchar, "value" text)`,
    );
    let statements: string[];
    try {
      statements = (await lib.dataSource.driver.createSchemaBuilder().log()).upQueries.map((query) => query.query);
    } finally {
      await lib.dataSource.query(`DROP TABLE IF EXISTS typeorm_metadata`);
    }
    const unexpected = statements.filter((sql) => !BY_DESIGN.some(({ pattern }) => pattern.test(sql))).map(disagreement);
    // Each line names the table and column: fix the entity so it maps what the migrations make,
    // or, if the database is what is wrong, write a migration.
    expect(unexpected).toEqual([]);
  });
});

/** "table.column: statement" (or "table: statement"), so a failure says where to look. */
function disagreement(sql: string): string {
  const table = /^(?:ALTER|CREATE|DROP) TABLE "(?:\w+"\.")?(\w+)"/.exec(sql)?.[1];
  const column = /(?:ADD|DROP COLUMN|ALTER COLUMN|RENAME COLUMN) "(\w+)"/.exec(sql)?.[1];
  if (!table) return sql;
  return `${table}${column ? `.${column}` : ''}: ${sql}`;
}
