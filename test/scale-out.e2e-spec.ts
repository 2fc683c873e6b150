import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { StaffRole } from '@app/common';
import { AppConfig } from '@app/config';
import { ForumsModule } from '@app/forums';
import { OrganisationType, PartnersModule } from '@app/partners';
import { JOB_QUEUES, JobName } from '@app/queue';
import {
  ChildApp,
  GraphQLClient,
  LibTestModule,
  SmtpSink,
  createAgency,
  createContacts,
  createForum,
  createLibTestModule,
  createOrganisation,
  createSignedInStaff,
  createVenue,
  startChildApp,
  testConfig,
} from '@app/testing';
import { addressesOf, deleteKeys, tally } from './support/fan-out';
import { INVITE, postForm, tokenOf, until } from './support/rsvp-helpers';

const CONCURRENCY = 5;
const FAN_OUT = 300;
const SWEEP_SECONDS = 1;
const HOUR = 3_600_000;

/** The scheduled times of a periodic job's runs that completed (its ids are `repeat:<name>:<ms>`). */
async function completedRuns(config: AppConfig, name: JobName): Promise<number[]> {
  const queue = new Queue(JOB_QUEUES[name], { connection: { url: config.REDIS_URL }, prefix: config.REDIS_PREFIX });
  try {
    const jobs = await queue.getJobs(['completed'], 0, -1);
    return jobs
      .filter((job) => job.id?.startsWith(`repeat:${name}:`))
      .map((job) => Number(job.id!.split(':').pop()))
      .sort((a, b) => a - b);
  } finally {
    await queue.close();
  }
}

describe('Scale-out: two API and two worker processes on one PostgreSQL and one Redis', () => {
  let hand: LibTestModule;
  let db: DataSource;
  let sink: SmtpSink;
  let config: AppConfig;
  const apis: ChildApp[] = [];
  const workers: ChildApp[] = [];

  beforeAll(async () => {
    sink = await new SmtpSink().start();
    // The test's own hand on the database, for the rows a scenario starts from.
    hand = await createLibTestModule({ imports: [ForumsModule, PartnersModule] });
    db = hand.dataSource;
    config = testConfig({
      SMTP_URL: sink.url,
      MAIL_CONCURRENCY: String(CONCURRENCY),
      MAIL_RATE_PER_SECOND: '200',
      OUTBOX_SWEEP_SECONDS: String(SWEEP_SECONDS),
      INVITATIONS_SWEEP_SECONDS: String(SWEEP_SECONDS),
      SURVEY_RESULTS_SWEEP_SECONDS: String(SWEEP_SECONDS),
      LOG_LEVEL: 'silent',
    });
    const started = await Promise.all([
      startChildApp('api', config),
      startChildApp('api', config),
      startChildApp('worker', config),
      startChildApp('worker', config),
    ]);
    apis.push(started[0], started[1]);
    workers.push(started[2], started[3]);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([...apis, ...workers].map((app) => app.stop('SIGKILL')));
    await deleteKeys(config.REDIS_URL, config.REDIS_PREFIX);
    await hand.close();
    await sink.stop();
  });

  it('a fan-out through one API reaches every recipient exactly once; 50 acceptances raced through both APIs take exactly 10 seats; each periodic job runs once per period', async () => {
    const agency = await createAgency(db);
    const [a, b] = apis.map((api) => new GraphQLClient(api.url));
    const officer = await createSignedInStaff(db, a, agency.id, StaffRole.LIAISON_OFFICER);

    // The fan-out, sent by whichever worker takes each job.
    const forum = await createForum(db, agency.id);
    const org = await createOrganisation(db, agency.id, { type: OrganisationType.NGO, neighbourhoods: ['Eastside'] });
    const fanOut = await createContacts(db, agency.id, FAN_OUT, org.id);
    const invited = await a.data<{ inviteToForum: { invited: number } }>(INVITE, { forumId: forum.id, input: { audience: { neighbourhoods: ['Eastside'] } } }, officer.token);
    expect(invited.inviteToForum.invited).toBe(FAN_OUT);
    const fanOutAddresses = await addressesOf(hand, fanOut);

    // Ten seats, fifty people, invited through the other API.
    const venue = await createVenue(db, agency.id, { capacity: 500 });
    const small = await createForum(db, agency.id, { venueId: venue.id, capacityOverride: 10 });
    const racers = await createContacts(db, agency.id, 50);
    await b.data(INVITE, { forumId: small.id, input: { contactIds: racers } }, officer.token);
    const racerAddresses = await addressesOf(hand, racers);

    await until(async () => tally(sink, [...fanOutAddresses, ...racerAddresses]).lost === 0, 'every invitation to arrive', 2_400);
    expect(tally(sink, fanOutAddresses)).toEqual({ lost: 0, duplicates: 0 });
    expect(tally(sink, racerAddresses)).toEqual({ lost: 0, duplicates: 0 });
    // The race: each acceptance through one API or the other, all at once.
    const tokens = racerAddresses.map((address) => tokenOf(sink.to(address)[0]));
    const answers = await Promise.all(tokens.map((token, i) => postForm(`${apis[i % 2].url}/rsvp/${token}`, { answer: 'attending', partySize: '1' })));
    expect(answers.every((r) => r.status === 200)).toBe(true);
    expect(answers.filter((r) => r.body.includes('You are attending'))).toHaveLength(10);
    expect(answers.filter((r) => r.body.includes('You are on the waitlist'))).toHaveLength(40);
    const [seats] = await db.query(`SELECT COALESCE(SUM(party_size), 0)::int AS taken FROM invitations WHERE forum_id = $1 AND response IN ('ATTENDING', 'OFFERED')`, [small.id]);
    expect(seats.taken).toBe(10);
    // Each racer is told once, by one worker: the invitation and one confirmation.
    await until(async () => racerAddresses.every((address) => sink.to(address).length >= 2), 'every racer to be told');
    expect(racerAddresses.map((address) => sink.to(address).length).filter((n) => n !== 2)).toEqual([]);

    // Periodic work: one run per period across both workers, never one per process.
    await until(async () => (await completedRuns(config, 'outbox.sweep')).length >= 3, 'a few sweeps to have run');
    const periods: [JobName, number][] = [
      ['outbox.sweep', SWEEP_SECONDS * 1000],
      ['invitations.sweep', SWEEP_SECONDS * 1000],
      ['survey.aggregate-dirty', SWEEP_SECONDS * 1000],
      ['partners.import.sweep', 60_000],
      ['task-forces.digest', HOUR],
      ['task-forces.overdue-reminders', HOUR],
      ['forums.series.extend', 24 * HOUR],
    ];
    for (const [name, period] of periods) {
      const runs = await completedRuns(config, name);
      const gaps = runs.slice(1).map((at, i) => at - runs[i]);
      expect({ name, ran: runs.length > 0, gapsShorterThanThePeriod: gaps.filter((gap) => gap < period) }).toEqual({ name, ran: true, gapsShorterThanThePeriod: [] });
    }
    // Hourly and daily work ran once, when the first worker started: the second start did not run it again.
    for (const name of ['forums.series.extend', 'task-forces.digest', 'task-forces.overdue-reminders'] as JobName[]) {
      expect({ name, runs: (await completedRuns(config, name)).length }).toEqual({ name, runs: 1 });
    }
  }, 240_000);
});
