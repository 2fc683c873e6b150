/**
 * Benchmark: a 10,000-row partner CSV through the real import path (the service stores the
 * upload and queues the job; the worker's processor validates every row and applies it with
 * set-based upserts in one transaction), beside a baseline measured in the same run: a
 * hand-written multi-row INSERT of the same organisations and contacts through `pg`.
 *
 *   npm run bench:partners-import            (ROWS=10000 RUNS=3 by default)
 *
 * Needs PostgreSQL (BENCH_ADMIN_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres; a
 * scratch database is created and dropped) and Redis (REDIS_URL, default redis://127.0.0.1:6379,
 * with a throw-away key prefix). Not a test: nothing here runs under `npm test`.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { loadConfig } from '@app/config';
import { benchDatabase } from './bench-database';
import { StaffActor, StaffRole } from '@app/common';
import { CSV_COLUMNS, OrganisationImportsService, readImportFile } from '@app/partners';
import { createWorker } from '../apps/worker/src/bootstrap';
import { deleteRedisKeys } from './app-processes';

const ROWS = Number(process.env.ROWS ?? 10_000);
const RUNS = Number(process.env.RUNS ?? 3);
const CONTACTS_PER_ORG = 2;
const NEIGHBOURHOODS = ['Old Town', 'Northgate', 'Eastbrook', 'Harbor District'];
const TYPES = ['NGO', 'SCHOOL', 'FAITH_GROUP', 'NEIGHBOURHOOD_ASSOCIATION', 'VICTIM_SERVICES'];

interface Row {
  org: string;
  type: string;
  focus: string[];
  hoods: string[];
  website: string;
  orgPhone: string;
  notes: string;
  contactName: string;
  email: string;
  phone: string;
  role: string;
  language: string;
}

function generateRows(): Row[] {
  return Array.from({ length: ROWS }, (_, i) => {
    const o = Math.floor(i / CONTACTS_PER_ORG);
    return {
      org: `Partner Organisation ${o}`,
      type: TYPES[o % TYPES.length],
      focus: ['youth safety', o % 2 ? 'drugs' : 'mental health'],
      hoods: [NEIGHBOURHOODS[o % NEIGHBOURHOODS.length]],
      website: `https://partner${o}.example.org`,
      orgPhone: `+1 555 010 ${String(o % 10_000).padStart(4, '0')}`,
      notes: 'Met at the spring listening session; prefers email.',
      contactName: `Contact Person ${i}`,
      email: `contact${i}@partner${o}.example.org`,
      phone: `+1 555 020 ${String(i % 10_000).padStart(4, '0')}`,
      role: i % 2 ? 'Coordinator' : 'Director',
      language: i % 7 === 0 ? 'es' : 'en',
    };
  });
}

function toCsv(rows: Row[]): Buffer {
  const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = rows.map((r) =>
    [r.org, r.type, r.focus.join('; '), r.hoods.join('; '), r.website, r.orgPhone, r.notes, 'ACTIVE', r.contactName, r.email, r.phone, r.role, r.language, 'no']
      .map(cell)
      .join(','),
  );
  return Buffer.from([CSV_COLUMNS.join(','), ...lines].join('\n'), 'utf8');
}

async function createAgency(db: Client): Promise<{ agencyId: string; actor: StaffActor }> {
  const suffix = randomBytes(4).toString('hex');
  const [{ id: agencyId }] = (
    await db.query(`INSERT INTO agencies (name, slug, time_zone, neighbourhoods) VALUES ($1, $2, 'America/Chicago', $3) RETURNING id`, [
      `Bench PD ${suffix}`,
      `bench-${suffix}`,
      NEIGHBOURHOODS,
    ])
  ).rows;
  const email = `officer-${suffix}@bench.example`;
  const [{ id: userId }] = (
    await db.query(`INSERT INTO staff_users (agency_id, name, email, role, status) VALUES ($1, 'Bench Officer', $2, 'LIAISON_OFFICER', 'ACTIVE') RETURNING id`, [
      agencyId,
      email,
    ])
  ).rows;
  return { agencyId, actor: { kind: 'STAFF', userId, agencyId, role: StaffRole.LIAISON_OFFICER, email, sessionId: randomUUID() } };
}

/** Baseline: the same rows as plain multi-row INSERTs (1,000 rows a statement), no validation, no diffing. */
async function baseline(db: Client, rows: Row[]): Promise<number> {
  const { agencyId } = await createAgency(db);
  const started = performance.now();
  await db.query('BEGIN');
  const orgs = [...new Map(rows.map((r) => [r.org, r])).values()];
  const ids = new Map<string, string>();
  for (let i = 0; i < orgs.length; i += 1_000) {
    const chunk = orgs.slice(i, i + 1_000);
    const params: unknown[] = [agencyId];
    const values = chunk.map((r) => {
      params.push(r.org, r.type, r.focus, r.hoods, r.website, r.orgPhone, r.notes);
      const n = params.length;
      return `($1, $${n - 6}, $${n - 5}, $${n - 4}, $${n - 3}, $${n - 2}, $${n - 1}, $${n})`;
    });
    const result = await db.query(
      `INSERT INTO organisations (agency_id, name, type, focus_areas, neighbourhoods, website, phone, notes) VALUES ${values.join(', ')} RETURNING id, name`,
      params,
    );
    for (const row of result.rows) ids.set(row.name, row.id);
  }
  for (let i = 0; i < rows.length; i += 1_000) {
    const chunk = rows.slice(i, i + 1_000);
    const params: unknown[] = [agencyId];
    const values = chunk.map((r) => {
      params.push(ids.get(r.org), r.contactName, r.email, r.phone, r.role, r.language);
      const n = params.length;
      return `($1, $${n - 5}, $${n - 4}, $${n - 3}, $${n - 2}, $${n - 1}, $${n})`;
    });
    await db.query(`INSERT INTO contacts (agency_id, organisation_id, name, email, phone, role_title, preferred_language) VALUES ${values.join(', ')}`, params);
  }
  await db.query('COMMIT');
  return performance.now() - started;
}

async function waitForImport(db: Client, id: string): Promise<{ status: string; counts: string }> {
  for (;;) {
    const { rows } = await db.query(
      `SELECT status, organisations_created, contacts_created, organisations_unchanged, contacts_unchanged, error_count FROM organisation_imports WHERE id = $1`,
      [id],
    );
    const r = rows[0];
    if (['DONE', 'REJECTED', 'FAILED'].includes(r.status)) {
      return {
        status: r.status,
        counts: `orgs +${r.organisations_created} =${r.organisations_unchanged}, contacts +${r.contacts_created} =${r.contacts_unchanged}, errors ${r.error_count}`,
      };
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fmt = (ms: number) => `${ms.toFixed(0).padStart(6)} ms`;

async function main(): Promise<void> {
  const database = await benchDatabase();
  const databaseUrl = database.url;
  const db = new Client({ connectionString: databaseUrl });
  let worker: Awaited<ReturnType<typeof createWorker>> | undefined;
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const redisPrefix = `liaison-bench-${randomBytes(3).toString('hex')}`;
  try {
    await db.connect();
    const config = loadConfig({
      NODE_ENV: 'production',
      // Production refuses a .local mail domain; nothing leaves the machine here either.
      MAIL_DOMAIN: 'bench.liaison.test',
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl,
      REDIS_PREFIX: redisPrefix,
      SMTP_URL: 'smtp://127.0.0.1:1',
      JWT_SECRET: randomBytes(24).toString('hex'),
      LINK_SECRET: randomBytes(24).toString('hex'),
      LOG_LEVEL: 'warn',
    });
    worker = await createWorker(config);
    const imports = worker.get(OrganisationImportsService);
    const rows = generateRows();
    const csv = toCsv(rows);
    console.log(`partners import benchmark: ${ROWS} rows (${rows.length / CONTACTS_PER_ORG} organisations, ${rows.length} contacts), ${(csv.length / 1024 / 1024).toFixed(2)} MB CSV, ${RUNS} runs, median shown`);

    const ours: number[] = [];
    const again: number[] = [];
    const base: number[] = [];
    let summary = '';
    for (let run = 0; run < RUNS; run++) {
      base.push(await baseline(db, rows));
      const { actor } = await createAgency(db);
      let started = performance.now();
      const first = await imports.start(actor, csv, { dryRun: false });
      const result = await waitForImport(db, first.id);
      ours.push(performance.now() - started);
      if (result.status !== 'DONE') throw new Error(`import ended ${result.status}: ${result.counts}`);
      summary = result.counts;
      started = performance.now();
      const second = await imports.start(actor, csv, { dryRun: false });
      const repeat = await waitForImport(db, second.id);
      again.push(performance.now() - started);
      if (run === 0) console.log(`  first import: ${summary}\n  re-import:    ${repeat.counts}`);
    }
    const parsing: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      readImportFile(csv, NEIGHBOURHOODS);
      parsing.push(performance.now() - started);
    }
    const b = median(base);
    const o = median(ours);
    console.log('');
    console.log(`  baseline: multi-row INSERT via pg (no validation)      ${fmt(b)}   ${((ROWS / b) * 1000).toFixed(0)} rows/s`);
    console.log(`  ours: upload -> job -> validate -> upsert, new rows    ${fmt(o)}   ${((ROWS / o) * 1000).toFixed(0)} rows/s   (${(o / b).toFixed(2)}x baseline)`);
    console.log(`  ours: re-import of the same file (0 changes)           ${fmt(median(again))}`);
    console.log(`  of which CSV parse + row validation (in process)       ${fmt(median(parsing))}`);
  } finally {
    await worker?.close();
    console.log(`Redis keys left under the run's prefix: ${await deleteRedisKeys(redisUrl, redisPrefix)}`);
    await db.end().catch(() => undefined);
    await database.drop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
