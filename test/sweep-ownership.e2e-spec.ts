import { INestApplicationContext } from '@nestjs/common';
import { StaffRole } from '@app/common';
import { AppConfig } from '@app/config';
import {
  MailTestStack,
  SmtpSink,
  TestApp,
  createAgency,
  createContacts,
  createForum,
  createMailTestStack,
  createSignedInStaff,
  createTestApp,
  startTestWorker,
  testConfig,
  waitForIdleQueues,
  waitForNextRun,
} from '@app/testing';
import { addressesOf, deleteKeys } from './support/fan-out';
import { INVITE, until } from './support/rsvp-helpers';

/**
 * Two deployments on one database, told apart by their Redis prefix (as the test setup runs
 * its apps: one database per Jest worker, one prefix per app): the outbox and reminder sweeps
 * of one never take the other's rows into its own queue and SMTP server.
 */
const DAY = 24 * 3_600_000;

describe("The outbox and reminder sweeps take only their own deployment's rows", () => {
  let other: MailTestStack;
  let sink: SmtpSink;
  let config: AppConfig;
  let api: TestApp;
  let worker: INestApplicationContext | undefined;

  beforeAll(async () => {
    other = await createMailTestStack({ OUTBOX_SWEEP_SECONDS: '1', INVITATIONS_SWEEP_SECONDS: '1' });
    sink = await new SmtpSink().start();
    config = testConfig({ SMTP_URL: sink.url, OUTBOX_SWEEP_SECONDS: '1', INVITATIONS_SWEEP_SECONDS: '1' });
    expect(config.REDIS_PREFIX).not.toBe(other.t.config.REDIS_PREFIX);
    api = await createTestApp(config);
  });
  afterAll(async () => {
    await worker?.close();
    await api.close();
    await other.close();
    await sink.stop();
    await deleteKeys(config.REDIS_URL, config.REDIS_PREFIX);
  });

  it("mail written by a deployment whose worker is down (its jobs lost) waits for it: the other deployment's sweeps leave it alone, its own worker sends it", async () => {
    const db = api.dataSource;
    const agency = await createAgency(db);
    const officer = await createSignedInStaff(db, api.graphql, agency.id, StaffRole.LIAISON_OFFICER);
    const forum = await createForum(db, agency.id);
    const ids = await createContacts(db, agency.id, 5);
    const addresses = await addressesOf(api, ids);
    await api.graphql.data(INVITE, { forumId: forum.id, input: { contactIds: ids } }, officer.token);
    // Its jobs are gone (a flush of its prefix), and no worker of its own runs.
    await deleteKeys(config.REDIS_URL, config.REDIS_PREFIX);
    const rows = await db.query(`SELECT status, queue_prefix FROM outbound_emails WHERE to_address = ANY($1)`, [addresses]);
    expect(rows).toEqual(addresses.map(() => ({ status: 'PENDING', queue_prefix: config.REDIS_PREFIX })));

    // The other deployment sweeps twice, and its queues run dry.
    await waitForNextRun(other.worker, 'outbox.sweep');
    await waitForNextRun(other.worker, 'outbox.sweep');
    await waitForIdleQueues(other.worker);
    expect(addresses.flatMap((a) => other.sink.to(a))).toEqual([]);
    expect((await db.query(`SELECT count(*)::int AS n FROM outbound_emails WHERE to_address = ANY($1) AND status = 'PENDING' AND attempts = 0`, [addresses]))[0].n).toBe(5);

    // Its own worker comes back: its sweep finds them.
    worker = await startTestWorker(config);
    await until(async () => addresses.every((a) => sink.to(a).length === 1), 'its own worker to send them');
    expect(addresses.map((a) => sink.to(a).length)).toEqual([1, 1, 1, 1, 1]);
    await worker.close();
    worker = undefined;
  });

  it("a reminder scheduled by a deployment whose worker is down comes due: the other deployment's reminder sweeps leave it unsent, its own worker sends it", async () => {
    const db = api.dataSource;
    const agency = await createAgency(db);
    const officer = await createSignedInStaff(db, api.graphql, agency.id, StaffRole.LIAISON_OFFICER);
    const forum = await createForum(db, agency.id, { startsAt: new Date(Date.now() + 10 * DAY) });
    const ids = await createContacts(db, agency.id, 2);
    await api.graphql.data(INVITE, { forumId: forum.id, input: { contactIds: ids } }, officer.token);
    // A week passes: the "3 days before" reminder is due.
    const shift = `${(7 * DAY) / 1000} seconds`;
    await db.query(`UPDATE forums SET starts_at = starts_at - $2::interval, ends_at = ends_at - $2::interval WHERE id = $1`, [forum.id, shift]);
    await db.query(`UPDATE forum_reminders SET due_at = due_at - $2::interval WHERE forum_id = $1`, [forum.id, shift]);
    const reminder = async () =>
      (await db.query(`SELECT sent_at IS NOT NULL AS sent, cancelled_at IS NOT NULL AS cancelled, queue_prefix FROM forum_reminders WHERE forum_id = $1 AND offset_minutes = 4320`, [forum.id]))[0];
    expect(await reminder()).toEqual({ sent: false, cancelled: false, queue_prefix: config.REDIS_PREFIX });

    await waitForNextRun(other.worker, 'invitations.sweep');
    await waitForNextRun(other.worker, 'invitations.sweep');
    await waitForIdleQueues(other.worker);
    expect(await reminder()).toEqual({ sent: false, cancelled: false, queue_prefix: config.REDIS_PREFIX });

    worker = await startTestWorker(config);
    await until(async () => (await reminder()).sent, 'its own worker to send the reminder');
    expect(await reminder()).toEqual({ sent: true, cancelled: false, queue_prefix: config.REDIS_PREFIX });
    await worker.close();
    worker = undefined;
  });
});
