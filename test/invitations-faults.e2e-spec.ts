import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Redis from 'ioredis';
import { StaffRole } from '@app/common';
import { AppConfig } from '@app/config';
import { OrganisationType } from '@app/partners';
import { QueueName } from '@app/queue';
import {
  MailTestStack,
  SmtpSink,
  TestApp,
  createAgency,
  createContacts,
  createForum,
  createMailTestStack,
  createOrganisation,
  createSignedInStaff,
  createTestApp,
  testConfig,
  waitForIdleQueues,
  waitForNextRun,
} from '@app/testing';
import { inviteMany, untilRecordedSent } from './support/fan-out';
import { INVITE, until } from './support/rsvp-helpers';

const CONCURRENCY = 5;
/** The mail worker runs two jobs per SMTP connection: that many messages can be in flight. */
const IN_FLIGHT = CONCURRENCY * 2;
const ROOT = join(__dirname, '..');
const WORKER_MAIN = join(ROOT, 'dist', 'apps', 'worker', 'src', 'main.js');

/** How many mails each address got, and how many went to no one we know. */
function tally(sink: SmtpSink, addresses: string[]) {
  const wanted = new Set(addresses);
  const perAddress = new Map<string, number>();
  for (const mail of sink.messages) for (const to of mail.envelopeTo) if (wanted.has(to)) perAddress.set(to, (perAddress.get(to) ?? 0) + 1);
  const missing = addresses.filter((a) => !perAddress.has(a)).length;
  const duplicates = [...perAddress.values()].reduce((sum, n) => sum + n - 1, 0);
  const messageIds = new Set(sink.messages.filter((m) => m.envelopeTo.some((to) => wanted.has(to))).map((m) => m.parsed.messageId));
  return { missing, duplicates, distinctMessageIds: messageIds.size };
}

/**
 * Waits until the 4xx has been met more than once: several addresses refused, and one of them tried
 * again after its backoff and refused again. (How many are refused in a given time depends on the
 * machine: after the first 4xx the domain pauses for every worker, so each pause lets only the
 * messages then starting meet the next one.)
 */
async function untilRetriedAfterRefusal(t: TestApp, addresses: string[]) {
  await until(async () => {
    const [row] = await t.dataSource.query(
      `SELECT count(*)::int AS refused, count(*) FILTER (WHERE attempts >= 2)::int AS again
         FROM outbound_emails WHERE to_address = ANY($1) AND last_error LIKE '%451%'`,
      [addresses],
    );
    return row.refused >= 3 && row.again >= 1;
  }, 'refusals to be recorded, one of them after a retry', 800);
}

describe('Invitation mail under faults: every recipient gets their mail', () => {
  describe('in-process worker', () => {
    let stack: MailTestStack;

    beforeAll(async () => {
      stack = await createMailTestStack({ OUTBOX_SWEEP_SECONDS: '1', MAIL_CONCURRENCY: String(CONCURRENCY), MAIL_RATE_PER_SECOND: '200' });
    });
    afterAll(() => stack.close());

    it('Redis flushed mid-send (this run’s keys only): the outbox sweep re-queues from PostgreSQL and all are delivered, duplicates at most the in-flight count', async () => {
      const addresses = await inviteMany(stack.t, 200);
      await until(async () => stack.sink.messages.filter((m) => addresses.includes(m.envelopeTo[0])).length >= 20, 'sending to start');
      const redis = new Redis(stack.t.config.REDIS_URL);
      try {
        const keys = await redis.keys(`${stack.t.config.REDIS_PREFIX}:*`);
        expect(keys.length).toBeGreaterThan(0);
        await redis.del(...keys);
      } finally {
        redis.disconnect();
      }
      await until(async () => tally(stack.sink, addresses).missing === 0, 'every recipient to be mailed', 1_200);
      const result = tally(stack.sink, addresses);
      expect(result.duplicates).toBeLessThanOrEqual(IN_FLIGHT);
      // The sink sees a message a moment before the worker records it as sent: wait for the last record.
      const unsent = async () =>
        (
          await stack.t.dataSource.query(`SELECT count(*) FILTER (WHERE status <> 'SENT')::int AS n FROM outbound_emails WHERE to_address = ANY($1)`, [addresses])
        )[0].n as number;
      await until(async () => (await unsent()) === 0, 'every row to be recorded as sent');
      expect(await unsent()).toBe(0);
    });

    it('Redis flushed mid-send, then in-flight workers write stray fields into emptied job keys: the sweep replaces those partial jobs and nobody is left pending', async () => {
      const addresses = await inviteMany(stack.t, 200);
      await until(async () => stack.sink.messages.filter((m) => addresses.includes(m.envelopeTo[0])).length >= 20, 'sending to start');
      const prefix = stack.t.config.REDIS_PREFIX;
      const redis = new Redis(stack.t.config.REDIS_URL);
      try {
        const keys = await redis.keys(`${prefix}:*`);
        await redis.del(...keys);
        // What a worker's moveToActive or delayed-promotion writes into a key the flush emptied:
        // a hash with no name and no data, under the job id the sweep will want to re-add.
        const pending: { id: string }[] = await stack.t.dataSource.query(
          `SELECT id FROM outbound_emails WHERE to_address = ANY($1) AND status = 'PENDING' ORDER BY id LIMIT 20`,
          [addresses],
        );
        expect(pending.length).toBeGreaterThan(0);
        for (const { id } of pending) await redis.hset(`${prefix}:${QueueName.MAIL}:${id}`, 'processedOn', Date.now(), 'ats', 1);
      } finally {
        redis.disconnect();
      }
      await until(async () => tally(stack.sink, addresses).missing === 0, 'every recipient to be mailed', 1_200);
      expect(tally(stack.sink, addresses).duplicates).toBeLessThanOrEqual(IN_FLIGHT);
      const owed = async () =>
        (await stack.t.dataSource.query(`SELECT count(*)::int AS n FROM outbound_emails WHERE to_address = ANY($1) AND status = 'PENDING'`, [addresses]))[0].n as number;
      await until(async () => (await owed()) === 0, 'no row left pending');
      expect(await owed()).toBe(0);
    });

    it('an SMTP server refusing for a while (4xx): retried with backoff, each recipient mailed exactly once', async () => {
      stack.sink.refuseWith = { code: 451, message: 'Greylisted, try again later' };
      const addresses = await inviteMany(stack.t, 60);
      await untilRetriedAfterRefusal(stack.t, addresses);
      stack.sink.refuseWith = null;
      await until(async () => tally(stack.sink, addresses).missing === 0, 'every recipient to be mailed', 1_200);
      expect(tally(stack.sink, addresses)).toEqual({ missing: 0, duplicates: 0, distinctMessageIds: 60 });
    });

    it('one fan-out meeting a server refusing everyone for a while (4xx) and rejecting some recipients for good (5xx): the 4xx ones are retried and delivered once, the 5xx ones are marked failed at their first 5xx answer, visible to the admin and not retried', async () => {
      const agency = await createAgency(stack.t.dataSource);
      const admin = await createSignedInStaff(stack.t.dataSource, stack.t.graphql, agency.id, StaffRole.ADMIN);
      const forum = await createForum(stack.t.dataSource, agency.id);
      const org = await createOrganisation(stack.t.dataSource, agency.id, { type: OrganisationType.NGO, neighbourhoods: ['Southbank'] });
      const ids = await createContacts(stack.t.dataSource, agency.id, 60, org.id);
      const everyone = ((await stack.t.dataSource.query(`SELECT email FROM contacts WHERE id = ANY($1::uuid[]) ORDER BY email`, [ids])) as { email: string }[]).map((r) => r.email);
      const rejected = everyone.slice(0, 6);
      const accepted = everyone.slice(6);
      for (const address of rejected) stack.sink.refuseFor.set(address.toLowerCase(), { code: 550, message: 'No such mailbox' });
      stack.sink.refuseWith = { code: 451, message: 'Greylisted, try again later' };
      try {
        await stack.t.graphql.data(INVITE, { forumId: forum.id, input: { audience: { neighbourhoods: ['Southbank'] } } }, admin.token);
        await untilRetriedAfterRefusal(stack.t, everyone);
        stack.sink.refuseWith = null;

        await until(async () => tally(stack.sink, accepted).missing === 0, 'every accepted recipient to be mailed', 1_200);
        await until(async () => {
          const [row] = await stack.t.dataSource.query(`SELECT count(*)::int AS n FROM outbound_emails WHERE to_address = ANY($1) AND status = 'FAILED'`, [rejected]);
          return row.n === rejected.length;
        }, 'the rejected ones to be marked failed');
        await waitForIdleQueues(stack.worker);

        expect(tally(stack.sink, accepted)).toEqual({ missing: 0, duplicates: 0, distinctMessageIds: accepted.length });
        expect(tally(stack.sink, rejected).missing).toBe(rejected.length);
        const rows: { to_address: string; status: string; attempts: number; last_error: string }[] = await stack.t.dataSource.query(
          `SELECT to_address, status, attempts, last_error FROM outbound_emails WHERE to_address = ANY($1)`,
          [everyone],
        );
        const failed = rows.filter((r) => r.status === 'FAILED');
        expect(failed.map((r) => r.to_address).sort()).toEqual([...rejected].sort());
        // A 5xx is final at its first answer: once refused for good, never tried again.
        const rejectedAt5xx = failed.filter((r) => /550/.test(r.last_error));
        expect(rejectedAt5xx).toHaveLength(rejected.length);
        expect(rows.filter((r) => r.status === 'SENT')).toHaveLength(accepted.length);
        const delivery = await stack.t.graphql.data<{ agencyDelivery: { pending: number; sent: number; failed: number; recentFailures: { to: string }[] } }>(
          `{ agencyDelivery { pending sent failed recentFailures { to } } }`,
          {},
          admin.token,
        );
        expect(delivery.agencyDelivery).toMatchObject({ pending: 0, sent: accepted.length, failed: rejected.length });
        expect(delivery.agencyDelivery.recentFailures.map((f) => f.to).sort()).toEqual([...rejected].sort());
        // Still failed, with the same attempts, after the next sweep and idle queues: not retried forever.
        const attemptsBefore = Object.fromEntries(failed.map((r) => [r.to_address, r.attempts]));
        await waitForNextRun(stack.worker, 'outbox.sweep');
        await waitForIdleQueues(stack.worker);
        const after: { to_address: string; status: string; attempts: number }[] = await stack.t.dataSource.query(
          `SELECT to_address, status, attempts FROM outbound_emails WHERE to_address = ANY($1)`,
          [rejected],
        );
        expect(Object.fromEntries(after.map((r) => [r.to_address, r.attempts]))).toEqual(attemptsBefore);
        expect(after.every((r) => r.status === 'FAILED')).toBe(true);
      } finally {
        stack.sink.refuseWith = null;
        stack.sink.refuseFor.clear();
      }
    });
  });

  describe('workers as separate processes, killed with SIGKILL mid-send', () => {
    let t: TestApp;
    let sink: SmtpSink;
    let config: AppConfig;
    const children: ChildProcess[] = [];

    function startWorker(): ChildProcess {
      const env: Record<string, string> = { ...(process.env as Record<string, string>) };
      for (const [key, value] of Object.entries(config)) if (value !== undefined && value !== null) env[key] = String(value);
      const child = spawn(process.execPath, ['-r', './scripts/register-paths.js', WORKER_MAIN], { cwd: ROOT, env, stdio: 'ignore' });
      children.push(child);
      return child;
    }

    beforeAll(async () => {
      if (!existsSync(WORKER_MAIN)) throw new Error(`${WORKER_MAIN} is missing: run \`npm run build\` first (npm test does)`);
      sink = await new SmtpSink().start();
      config = testConfig({ SMTP_URL: sink.url, OUTBOX_SWEEP_SECONDS: '1', MAIL_CONCURRENCY: String(CONCURRENCY), MAIL_RATE_PER_SECOND: '100', LOG_LEVEL: 'silent' });
      t = await createTestApp(config);
    });
    afterAll(async () => {
      for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
      await t.close();
      await sink.stop();
    });

    it('a restarted worker mails every recipient; duplicates are at most the messages in flight at the kill', async () => {
      // The worker is up before the invitations exist, so it (not another suite's sweep) takes them.
      const first = startWorker();
      const addresses = await inviteMany(t, 300);
      await until(async () => tally(sink, addresses).missing <= 200, 'the first worker to send about 100', 1_200);
      first.kill('SIGKILL');
      await new Promise((resolve) => first.once('exit', resolve));
      const sentBeforeRestart = 300 - tally(sink, addresses).missing;
      expect(sentBeforeRestart).toBeLessThan(300);
      startWorker();
      await until(async () => tally(sink, addresses).missing === 0, 'every recipient to be mailed after the restart', 2_400);
      const result = tally(sink, addresses);
      expect(result.duplicates).toBeLessThanOrEqual(IN_FLIGHT);
      expect(result.distinctMessageIds).toBe(300);
    }, 180_000);

    it('one of two workers killed with SIGKILL mid-send: the other mails every recipient; duplicates are at most the messages in flight at the kill', async () => {
      // Only these two: the previous test's worker is stopped first.
      for (const child of children.splice(0)) {
        if (child.exitCode === null && child.signalCode === null) await new Promise((resolve) => child.once('exit', resolve).kill('SIGKILL'));
      }
      const [doomed] = [startWorker(), startWorker()];
      const addresses = await inviteMany(t, 300);
      await until(async () => tally(sink, addresses).missing <= 200, 'the two workers to send about 100', 1_200);
      doomed.kill('SIGKILL');
      await new Promise((resolve) => doomed.once('exit', resolve));
      expect(tally(sink, addresses).missing).toBeGreaterThan(0);
      // No restart: the survivor takes the rest, and the killed one's claimed jobs once BullMQ sees them stalled.
      await until(async () => tally(sink, addresses).missing === 0, 'the surviving worker to mail every recipient', 2_400);
      // Every row recorded as sent: the killed worker's claimed rows too, so any resend of theirs is counted below.
      await untilRecordedSent(t.dataSource, addresses);
      const result = tally(sink, addresses);
      expect(result.duplicates).toBeLessThanOrEqual(IN_FLIGHT);
      expect(result.distinctMessageIds).toBe(300);
    }, 180_000);
  });
});
