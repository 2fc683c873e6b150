import { connect } from 'node:net';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import { ChildApp, SmtpSink, TestApp, createTestApp, eventually, startChildApp, testConfig, testPort } from '@app/testing';
import { deleteKeys, inviteMany, tally } from './support/fan-out';
import { until } from './support/rsvp-helpers';

const CONCURRENCY = 5;

/** Whether something accepts TCP connections on the port. */
function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function rowsByStatus(db: DataSource, addresses: string[]): Promise<Record<string, number>> {
  const rows: { status: string; n: number }[] = await db.query(`SELECT status, count(*)::int AS n FROM outbound_emails WHERE to_address = ANY($1) GROUP BY status`, [addresses]);
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

describe('Graceful worker shutdown (SIGTERM): in-flight mail is finished and recorded, the inbound listener closes first', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let config: AppConfig;
  const workers: ChildApp[] = [];

  beforeAll(async () => {
    sink = await new SmtpSink().start();
    config = testConfig({ SMTP_URL: sink.url, OUTBOX_SWEEP_SECONDS: '1', MAIL_CONCURRENCY: String(CONCURRENCY), MAIL_RATE_PER_SECOND: '200', LOG_LEVEL: 'silent' });
    t = await createTestApp(config);
  });

  afterAll(async () => {
    await Promise.all(workers.map((w) => w.stop('SIGKILL')));
    await deleteKeys(config.REDIS_URL, config.REDIS_PREFIX);
    await t.close();
    await sink.stop();
  });

  async function worker(overrides: Record<string, string> = {}): Promise<ChildApp> {
    const started = await startChildApp('worker', config, overrides);
    workers.push(started);
    return started;
  }

  it('SIGTERM while messages are in flight: the inbound SMTP port closes at once, the held messages still complete and are recorded as sent, and a new worker sends the rest with no duplicate', async () => {
    const inboundPort = await testPort();
    const first = await worker({ INBOUND_SMTP_PORT: String(inboundPort), INBOUND_SMTP_HOST: '127.0.0.1' });
    await eventually(async () => expect(await accepts(inboundPort)).toBe(true), { what: 'the inbound SMTP listener to be open' });
    const addresses = await inviteMany(t, 200, 'Riverside');
    await until(async () => tally(sink, addresses).lost <= 170, 'sending to start');

    // Hold the sink's answers: the jobs now sending stay in flight until released.
    const release = sink.hold();
    await until(async () => sink.held >= CONCURRENCY, 'every SMTP connection to be mid-message');
    const stopping = first.stop('SIGTERM');
    await eventually(async () => expect(await accepts(inboundPort)).toBe(false), { what: 'the inbound SMTP listener to close' });
    // Still running: it is waiting for the messages the sink holds.
    expect(first.process.exitCode).toBeNull();
    expect(first.process.signalCode).toBeNull();
    release();
    await stopping;

    // Drained: every message the sink accepted is a row marked sent, none is claimed and forgotten.
    const delivered = addresses.length - tally(sink, addresses).lost;
    const statuses = await rowsByStatus(t.dataSource, addresses);
    expect({ sent: statuses.SENT ?? 0, failed: statuses.FAILED ?? 0 }).toEqual({ sent: delivered, failed: 0 });
    expect(delivered).toBeLessThan(addresses.length);

    await worker();
    await until(async () => tally(sink, addresses).lost === 0, 'every recipient to be mailed after the restart', 1_200);
    expect(tally(sink, addresses)).toEqual({ lost: 0, duplicates: 0 });
    await until(async () => (await rowsByStatus(t.dataSource, addresses)).SENT === addresses.length, 'every row to be recorded as sent');
  }, 180_000);

  it('a rolling restart of two workers during a fan-out (each stopped with SIGTERM, then replaced): nothing lost, nothing doubled', async () => {
    await Promise.all(workers.splice(0).map((w) => w.stop('SIGKILL')));
    // Paced (per process), so the fan-out is still going while the workers are replaced.
    const paced = { MAIL_RATE_PER_SECOND: '10' };
    let [a, b] = await Promise.all([worker(paced), worker(paced)]);
    const addresses = await inviteMany(t, 600, 'Riverside');
    const sent = () => addresses.length - tally(sink, addresses).lost;

    await until(async () => sent() >= 60, 'the fan-out to be under way');
    await a.stop('SIGTERM');
    a = await worker(paced);
    const afterFirst = sent();
    await until(async () => sent() >= afterFirst + 30, 'more to be sent after the first replacement');
    expect(sent()).toBeLessThan(addresses.length);
    await b.stop('SIGTERM');
    b = await worker(paced);

    await until(async () => tally(sink, addresses).lost === 0, 'every recipient to be mailed', 1_200);
    expect(tally(sink, addresses)).toEqual({ lost: 0, duplicates: 0 });
    await until(async () => (await rowsByStatus(t.dataSource, addresses)).SENT === addresses.length, 'every row to be recorded as sent');
    expect(await rowsByStatus(t.dataSource, addresses)).toEqual({ SENT: addresses.length });
  }, 240_000);
});
