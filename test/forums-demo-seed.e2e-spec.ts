import { DateTime } from 'luxon';
import { DEMO_PASSWORD, DemoSeedService } from '@app/setup';
import { DemoSeedStack, TestApp, createDemoSeedStack, signIn } from '@app/testing';

describe('The demo seed: venues and forums', () => {
  let stack: DemoSeedStack;
  let setup: DemoSeedStack['setup'];
  let t: TestApp;

  beforeAll(async () => {
    stack = await createDemoSeedStack();
    ({ setup, t } = stack);
  });
  afterAll(() => stack.close());

  it('has six accessible venues, upcoming forums over the next three months and completed ones (task-force meetings included) hosted and reported, with concerns raised at the public ones', async () => {
    const { agency, logins } = await setup.get(DemoSeedService).seed();
    const officer = logins.find((l) => l.role === 'LIAISON_OFFICER')!;
    const token = await signIn(t.graphql, officer.email, DEMO_PASSWORD);
    const data = await t.graphql.data(
      `{ venues(first: 20) { totalCount edges { node { accessibilityFeatures } } }
         upcoming: forums(first: 50, filter: { from: "${new Date().toISOString()}" }) { totalCount edges { node { startsAt status hosts { id } venue { id } } } }
         completed: forums(filter: { status: COMPLETED }) { totalCount edges { node { type hosts { id } report { attendanceCount representedOrganisations { id } } concerns { id } } } }
         communityConcerns { totalCount } }`,
      {},
      token,
    );
    expect(data.venues.totalCount).toBe(6);
    expect(data.venues.edges.every((e: any) => e.node.accessibilityFeatures.includes('STEP_FREE_ACCESS'))).toBe(true);
    const upcoming = data.upcoming.edges.map((e: any) => e.node);
    expect(upcoming.length).toBeGreaterThanOrEqual(12);
    const ninetyDays = Date.now() + 92 * 86_400_000;
    expect(upcoming.every((f: any) => new Date(f.startsAt).getTime() < ninetyDays && f.hosts.length > 0)).toBe(true);
    expect(new Set(upcoming.map((f: any) => f.status))).toEqual(new Set(['PUBLISHED', 'DRAFT', 'CANCELLED']));
    // Every completed forum, task-force meetings included, has hosts and a report with attendance.
    const completed = data.completed.edges.map((e: any) => e.node);
    expect(completed).toHaveLength(data.completed.totalCount);
    expect(completed.every((f: any) => f.hosts.length > 0 && f.report.attendanceCount > 0)).toBe(true);
    // Concerns are raised at public forums (town halls, listening sessions...), not necessarily at task-force meetings,
    // whose reports instead name the member organisations that attended.
    const publicForums = completed.filter((f: any) => f.type !== 'TASK_FORCE_MEETING');
    const meetings = completed.filter((f: any) => f.type === 'TASK_FORCE_MEETING');
    expect(publicForums.length).toBeGreaterThanOrEqual(3);
    expect(publicForums.every((f: any) => f.concerns.length > 0)).toBe(true);
    expect(meetings.length).toBeGreaterThan(0);
    expect(meetings.every((f: any) => f.report.representedOrganisations.length > 0)).toBe(true);
    expect(data.communityConcerns.totalCount).toBeGreaterThanOrEqual(5);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM forum_hosts h JOIN staff_users s ON s.id = h.staff_user_id WHERE h.agency_id = $1 AND s.role <> 'LIAISON_OFFICER'`,
      [agency.id],
    );
    expect(n).toBe(0);
  });

  it('has a recurring advisory board: second Tuesday monthly at 18:00 local, published occurrences up to its horizon', async () => {
    const { logins } = await setup.get(DemoSeedService).seed();
    const officer = logins.find((l) => l.role === 'LIAISON_OFFICER')!;
    const token = await signIn(t.graphql, officer.email, DEMO_PASSWORD);
    const data = await t.graphql.data(
      `{ forumSeriesList { edges { node { recurrenceRule startTime timeZone horizonDays template { title type }
           occurrences(first: 10) { edges { node { status startsAtLocal startsAt seriesOccurrenceKey series { id } } } } } } } }`,
      {},
      token,
    );
    const [series] = data.forumSeriesList.edges.map((e: any) => e.node);
    expect(series).toMatchObject({ recurrenceRule: 'FREQ=MONTHLY;BYDAY=2TU', startTime: '18:00', timeZone: 'America/Chicago', template: { type: 'ADVISORY_BOARD' } });
    const occurrences = series.occurrences.edges.map((e: any) => e.node);
    expect(occurrences.length).toBeGreaterThanOrEqual(2);
    for (const o of occurrences) {
      const local = DateTime.fromISO(o.startsAt, { zone: 'America/Chicago' });
      expect([o.startsAtLocal.slice(11), local.weekday, Math.ceil(local.day / 7)]).toEqual(['18:00', 2, 2]);
    }
    expect(occurrences.some((o: any) => o.status === 'PUBLISHED')).toBe(true);
  });
});
