import { DataSource, QueryRunner } from 'typeorm';
import { StaffRole } from '@app/common';
import { JobsService, QueueName } from '@app/queue';
import {
  MailTestStack,
  createAgency,
  createContacts,
  createForum,
  createMailTestStack,
  createPublishedSurvey,
  createSignedInStaff,
  eventually,
  waitForIdleQueues,
  testPort,
  waitForNextRun,
} from '@app/testing';
import { addressesOf, deleteKeys, inviteMany, tally, untilRecordedSent } from './support/fan-out';
import { PrivateRedis } from './support/private-redis';
import { INVITE, postForm, tokenOf, until } from './support/rsvp-helpers';

const DAY = 24 * 3_600_000;
const CONCURRENCY = 5;
/** The mail worker runs two jobs per SMTP connection: that many messages can be in flight. */
const IN_FLIGHT = CONCURRENCY * 2;
const ATTENDEES = 30;

/**
 * Redis losing this app's keys while work that is not a plain fan-out is under way: reminders
 * scheduled as delayed jobs, and a survey's results being computed; and, restarted, a fan-out
 * too. Two ways to lose them: this app's keys deleted from the shared server (flushed), and a
 * private redis-server killed and started again, empty (restarted): every connection drops and
 * comes back to a Redis that knows nothing. PostgreSQL holds the truth (outbox rows, reminder
 * rows, the results-dirty flag), so the sweeps rebuild what Redis lost.
 */
describe.each([
  ['flushed', false],
  ['restarted', true],
])('Redis %s mid-reminder-schedule and mid-aggregation', (_how, restart) => {
  let stack: MailTestStack;
  let db: DataSource;
  let redis: PrivateRedis | undefined;

  beforeAll(async () => {
    if (restart) {
      redis = new PrivateRedis(await testPort());
      await redis.start();
    }
    stack = await createMailTestStack({
      ...(redis ? { REDIS_URL: redis.url } : {}),
      INVITATIONS_SWEEP_SECONDS: '1',
      OUTBOX_SWEEP_SECONDS: '1',
      SURVEY_RESULTS_SWEEP_SECONDS: '1',
      MAIL_CONCURRENCY: String(CONCURRENCY),
      // Slow enough that the reminders' own fan-out is still going when Redis is flushed again.
      MAIL_RATE_PER_SECOND: '10',
      PUBLIC_RATE_LIMIT: '10000',
    });
    db = stack.t.dataSource;
  }, 120_000);
  afterAll(async () => {
    await stack?.close();
    await redis?.remove();
  });

  /** Loses this app's Redis data: its keys deleted, or its private server killed and started again (empty). */
  const flush = async (): Promise<void> => {
    if (!redis) {
      expect(await deleteKeys(stack.t.config.REDIS_URL, stack.t.config.REDIS_PREFIX)).toBeGreaterThan(0);
      return;
    }
    await redis.stop();
    await redis.start();
  };

  const remindersTo = (address: string) => stack.sink.to(address).filter((m) => (m.parsed.subject ?? '').startsWith('Reminder: '));

  it('reminders whose delayed jobs were lost, lost again while they are being mailed: each attendee is reminded once, the reminder row is sent once', async () => {
    const agency = await createAgency(db);
    const officer = await createSignedInStaff(db, stack.t.graphql, agency.id, StaffRole.LIAISON_OFFICER);
    const forum = await createForum(db, agency.id, { startsAt: new Date(Date.now() + 10 * DAY) });
    const ids = await createContacts(db, agency.id, ATTENDEES);
    const addresses = await addressesOf(stack.t, ids);
    await stack.t.graphql.data(INVITE, { forumId: forum.id, input: { contactIds: ids } }, officer.token);
    for (const address of addresses) {
      const token = tokenOf((await stack.sink.waitFor(address))[0]);
      expect((await postForm(`${stack.t.url}/rsvp/${token}`, { answer: 'attending', partySize: '1' })).status).toBe(200);
    }
    await until(async () => addresses.every((a) => stack.sink.to(a).length >= 2), 'every confirmation to arrive');

    // The schedule: the reminders wait in Redis as delayed jobs. Lose them all.
    const delayed = await stack.worker.get(JobsService).queue(QueueName.INVITATIONS).getJobs(['delayed'], 0, -1);
    expect(delayed.filter((job) => job.name === 'invitations.reminder').length).toBeGreaterThan(0);
    await flush();

    // A week passes: the "3 days before" reminder is due, and only PostgreSQL knows it.
    const shift = `${(7 * DAY) / 1000} seconds`;
    await db.query(`UPDATE forums SET starts_at = starts_at - $2::interval, ends_at = ends_at - $2::interval WHERE id = $1`, [forum.id, shift]);
    await db.query(`UPDATE forum_reminders SET due_at = due_at - $2::interval WHERE forum_id = $1`, [forum.id, shift]);

    // Flushed again while the reminders themselves are being mailed.
    await until(async () => addresses.filter((a) => remindersTo(a).length > 0).length >= 5, 'the reminders to start going out');
    expect(addresses.filter((a) => remindersTo(a).length > 0).length).toBeLessThan(ATTENDEES);
    await flush();

    await until(async () => addresses.every((a) => remindersTo(a).length > 0), 'every attendee to be reminded', 1_200);
    // Sweeps kept running after the last reminder: they send nothing twice.
    await waitForNextRun(stack.worker, 'invitations.sweep');
    await waitForIdleQueues(stack.worker);
    const extra = addresses.reduce((sum, a) => sum + remindersTo(a).length - 1, 0);
    expect(extra).toBeLessThanOrEqual(IN_FLIGHT);
    // One reminder owed per attendee, one row each: a duplicate could only be a message in flight at the flush.
    const [owed] = await db.query(
      `SELECT count(*)::int AS rows, count(DISTINCT to_address)::int AS people, count(*) FILTER (WHERE status = 'SENT')::int AS sent
         FROM outbound_emails WHERE to_address = ANY($1) AND subject LIKE 'Reminder: %'`,
      [addresses],
    );
    expect(owed).toEqual({ rows: ATTENDEES, people: ATTENDEES, sent: ATTENDEES });
    const reminders = await db.query(`SELECT offset_minutes, sent_at IS NOT NULL AS sent, recipients FROM forum_reminders WHERE forum_id = $1 AND kind = 'REMINDER' ORDER BY offset_minutes DESC`, [forum.id]);
    expect(reminders).toEqual([
      { offset_minutes: 4320, sent: true, recipients: ATTENDEES },
      { offset_minutes: 180, sent: false, recipients: null },
    ]);
  });

  it("a survey's results being computed when Redis loses its data: the results still come to count every response", async () => {
    const agency = await createAgency(db);
    const staff = await createSignedInStaff(db, stack.t.graphql, agency.id, StaffRole.LIAISON_OFFICER);
    const survey = await createPublishedSurvey(stack.t.graphql, staff.token);
    const respond = (runner: DataSource | QueryRunner, count: number) =>
      runner.query(
        // As the submit path writes a response: the row, its place on the uncounted list, the dirty flag.
        `WITH added AS (INSERT INTO survey_responses (survey_id, agency_id, submitted_on, language)
           SELECT id, agency_id, current_date, 'en' FROM surveys, generate_series(1, $2) WHERE id = $1 RETURNING id, survey_id),
         listed AS (INSERT INTO survey_uncounted_responses (survey_id, response_id) SELECT survey_id, id FROM added)
         UPDATE surveys SET results_dirty = true WHERE id = $1`,
        [survey.id, count],
      );
    const responseCount = async () =>
      (await stack.t.graphql.data<{ surveyResults: { responseCount: number } }>(`query($id: ID!) { surveyResults(surveyId: $id) { responseCount } }`, { id: survey.id }, staff.token))
        .surveyResults.responseCount;

    await respond(db, 5);
    await eventually(async () => expect(await responseCount()).toBe(5), { what: 'the first results', intervalMs: 200 });

    // Hold the results row: the next pass clears the dirty flag, computes, and waits to write.
    const hold = db.createQueryRunner();
    await hold.connect();
    try {
      await hold.startTransaction();
      await hold.query(`SELECT 1 FROM survey_results WHERE survey_id = $1 FOR UPDATE`, [survey.id]);
      await respond(db, 7);
      await until(async () => {
        const [{ waiting }] = await db.query(
          `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE '%survey_results%'`,
        );
        const [{ dirty }] = await db.query(`SELECT results_dirty AS dirty FROM surveys WHERE id = $1`, [survey.id]);
        return waiting > 0 && !dirty;
      }, 'a results pass to be mid-computation');
      // Mid-aggregation: its job, the sweep's schedule and everything else of this app's go.
      await flush();
      // More answers while Redis is empty.
      await respond(db, 3);
      await hold.commitTransaction();
    } finally {
      if (hold.isTransactionActive) await hold.rollbackTransaction();
      await hold.release();
    }

    await eventually(
      async () => {
        const [state] = await db.query(`SELECT s.results_dirty AS dirty, r.response_count AS stored FROM surveys s LEFT JOIN survey_results r ON r.survey_id = s.id WHERE s.id = $1`, [survey.id]);
        expect({ ...state, shown: await responseCount() }).toEqual({ dirty: false, stored: 15, shown: 15 });
      },
      { what: 'the results to count all 15 responses', intervalMs: 200 },
    );
  }, 120_000);

  if (restart) it('a fan-out when Redis restarts empty mid-send: every recipient is mailed, duplicates at most the messages in flight', async () => {
    const addresses = await inviteMany(stack.t, 60);
    await until(async () => 60 - tally(stack.sink, addresses).lost >= 5, 'sending to start');
    await flush();
    await until(async () => tally(stack.sink, addresses).lost === 0, 'every recipient to be mailed', 1_200);
    expect(tally(stack.sink, addresses).duplicates).toBeLessThanOrEqual(IN_FLIGHT);
    await untilRecordedSent(db, addresses);
  }, 120_000);
});
