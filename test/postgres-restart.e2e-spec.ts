import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { StaffRole } from '@app/common';
import { AppConfig } from '@app/config';
import { runMigrations } from '@app/database/testing';
import { RunningPostgres, startEmbeddedPostgres } from '@app/devstack';
import { OrganisationType } from '@app/partners';
import {
  ChildApp,
  SmtpSink,
  TestApp,
  createAgency,
  createContacts,
  createForum,
  createOrganisation,
  createSignedInStaff,
  createTestApp,
  eventually,
  startChildApp,
  testConfig,
  testPort,
} from '@app/testing';
import { addressesOf, deleteKeys, tally } from './support/fan-out';
import { INVITE, until } from './support/rsvp-helpers';

const CONCURRENCY = 5;
/** The mail worker runs two jobs per SMTP connection: that many messages can be in flight. */
const IN_FLIGHT = CONCURRENCY * 2;
const FAN_OUT = 300;

/**
 * A PostgreSQL of this file's own (embedded, in a temporary folder, on a fixed port) that it
 * may stop and start again: never the server the other suites share.
 */
class PrivatePostgres {
  readonly dir = mkdtempSync(join(tmpdir(), 'liaison-pg-'));
  private readonly password = randomBytes(12).toString('hex');
  private running?: RunningPostgres;
  url = '';
  constructor(readonly port: number) {
    // As root, PostgreSQL runs as the `postgres` user, which must be able to reach its data folder.
    chmodSync(this.dir, 0o755);
  }

  async start(): Promise<void> {
    this.running = await startEmbeddedPostgres({ dir: join(this.dir, 'data'), password: this.password, database: 'liaison', port: this.port, persistent: true });
    this.url = this.running.url;
  }

  async stop(): Promise<void> {
    await this.running?.stop();
    this.running = undefined;
  }
}

async function ready(worker: ChildApp): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${worker.url}/health/ready`);
  return { status: res.status, body: await res.json() };
}

describe('PostgreSQL restarted mid-fan-out (a private instance): connections drop, the pools recover, nothing is half-written', () => {
  let pg: PrivatePostgres;
  let sink: SmtpSink;
  let config: AppConfig;
  let t: TestApp;
  let worker: ChildApp;

  beforeAll(async () => {
    pg = new PrivatePostgres(await testPort());
    await pg.start();
    await runMigrations(pg.url);
    sink = await new SmtpSink().start();
    config = testConfig({
      DATABASE_URL: pg.url,
      SMTP_URL: sink.url,
      OUTBOX_SWEEP_SECONDS: '1',
      MAIL_CONCURRENCY: String(CONCURRENCY),
      MAIL_RATE_PER_SECOND: '100',
      LOG_LEVEL: 'silent',
    });
    t = await createTestApp(config);
    worker = await startChildApp('worker', config);
  }, 180_000);

  afterAll(async () => {
    await worker?.stop('SIGKILL');
    await t?.close();
    await sink?.stop();
    if (config) await deleteKeys(config.REDIS_URL, config.REDIS_PREFIX);
    await pg?.stop();
    if (pg) rmSync(pg.dir, { recursive: true, force: true });
  }, 60_000);

  it("every recipient is mailed (duplicates at most the in-flight count), every row ends sent, the worker's /health/ready says the database is down while it is and ready again after", async () => {
    const db: DataSource = t.dataSource;
    const agency = await createAgency(db);
    const officer = await createSignedInStaff(db, t.graphql, agency.id, StaffRole.LIAISON_OFFICER);
    const forum = await createForum(db, agency.id);
    const org = await createOrganisation(db, agency.id, { type: OrganisationType.NGO, neighbourhoods: ['Harbour'] });
    const ids = await createContacts(db, agency.id, FAN_OUT, org.id);
    const addresses = await addressesOf(t, ids);
    expect(await ready(worker)).toEqual({ status: 200, body: { status: 'ok', checks: { postgres: 'up', redis: 'up' } } });

    await t.graphql.data(INVITE, { forumId: forum.id, input: { audience: { neighbourhoods: ['Harbour'] } } }, officer.token);
    await until(async () => tally(sink, addresses).lost <= FAN_OUT - 40, 'sending to start');

    await pg.stop();
    const sentDuringOutageStart = FAN_OUT - tally(sink, addresses).lost;
    await eventually(async () => expect(await ready(worker)).toEqual({ status: 503, body: { status: 'unavailable', checks: { postgres: 'down', redis: 'up' } } }), {
      what: 'the lost database to be reported',
    });
    expect(sentDuringOutageStart).toBeLessThan(FAN_OUT);
    // Meanwhile the API tells its callers to try again, never "Internal server error".
    const duringOutage = await t.graphql.request(`{ forums(first: 1) { totalCount } }`, {}, { token: officer.token });
    expect(duringOutage.errors?.[0]).toMatchObject({ message: 'Liaison is briefly unavailable; try again in 5 seconds', extensions: { code: 'UNAVAILABLE' } });

    await pg.start();
    await eventually(async () => expect(await ready(worker)).toEqual({ status: 200, body: { status: 'ok', checks: { postgres: 'up', redis: 'up' } } }), {
      what: 'the worker to be ready again',
      timeoutMs: 60_000,
    });
    await until(async () => tally(sink, addresses).lost === 0, 'every recipient to be mailed after the restart', 2_400);
    const result = tally(sink, addresses);
    expect(result.lost).toBe(0);
    expect(result.duplicates).toBeLessThanOrEqual(IN_FLIGHT);

    // Nothing half-written: one invitation and one outbox row per contact, every row sent.
    const rowsSent = async () =>
      (await db.query(`SELECT count(*) FILTER (WHERE status = 'SENT')::int AS sent, count(*)::int AS total FROM outbound_emails WHERE to_address = ANY($1)`, [addresses]))[0] as {
        sent: number;
        total: number;
      };
    await until(async () => (await rowsSent()).sent === FAN_OUT, 'every row to be recorded as sent');
    expect(await rowsSent()).toEqual({ sent: FAN_OUT, total: FAN_OUT });
    const [invitations] = await db.query(`SELECT count(*)::int AS n, count(DISTINCT contact_id)::int AS contacts FROM invitations WHERE forum_id = $1`, [forum.id]);
    expect(invitations).toEqual({ n: FAN_OUT, contacts: FAN_OUT });
    // The API's pool recovered too: a query through it answers.
    const again = await t.graphql.request(`{ me { id } }`, {}, { token: officer.token });
    expect(again.errors).toBeUndefined();
  }, 300_000);
});
