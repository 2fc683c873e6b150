import { DateTime } from 'luxon';
import { ForumSeriesService } from '@app/forums';
import { TestApp, createTestApp, testConfig } from '@app/testing';
import { ZONE, createForumOverApi, forumWorld } from './support/forums';
import { countQueries } from './support/query-count';
import { CREATE_SERIES, createSeriesOverApi, dateIn, getSeries, occurrencesOf, seriesInput } from './support/series';

describe('Forum series: creation, DST and the horizon', () => {
  let t: TestApp;

  beforeAll(async () => {
    // Many officers sign in from one address in these tests.
    t = await createTestApp(testConfig({ LOGIN_RATE_LIMIT: '1000' }));
  });
  afterAll(() => t.close());

  it('holds the second Tuesday monthly at 18:00 America/Chicago across the March and November changes while the UTC offset moves', async () => {
    const world = await forumWorld(t);
    const year = DateTime.now().year + 1;
    const series = await createSeriesOverApi(t, world, {
      recurrenceRule: `FREQ=MONTHLY;BYDAY=2TU;UNTIL=${year}1231`,
      startDate: `${year}-01-01`,
      horizonDays: 730,
    });
    expect(series).toMatchObject({ status: 'ACTIVE', recurrenceRule: `FREQ=MONTHLY;BYDAY=2TU;UNTIL=${year}1231`, startTime: '18:00', timeZone: ZONE });
    const occurrences = occurrencesOf(series);
    expect(occurrences).toHaveLength(12);
    const offsets = new Set<number>();
    for (const [month, occurrence] of occurrences.entries()) {
      const local = DateTime.fromISO(occurrence.startsAt, { zone: ZONE });
      expect({ month, weekday: local.weekday, week: Math.ceil(local.day / 7), at: occurrence.startsAtLocal.slice(11), until: occurrence.endsAtLocal.slice(11) }).toEqual({
        month,
        weekday: 2,
        week: 2,
        at: '18:00',
        until: '20:00',
      });
      expect(local.month).toBe(month + 1);
      expect(occurrence.seriesOccurrenceKey).toBe(local.toFormat('yyyy-LL-dd'));
      expect(occurrence.status).toBe('DRAFT');
      offsets.add(local.offset);
    }
    // Standard time in winter (UTC-6, 00:00 UTC), daylight time in summer (UTC-5, 23:00 UTC).
    expect([...offsets].sort((a, b) => a - b)).toEqual([-360, -300]);
    const utcHours = occurrences.map((o: { startsAt: string }) => new Date(o.startsAt).getUTCHours());
    expect(utcHours[0]).toBe(0);
    expect(utcHours[5]).toBe(23);
    expect(utcHours[10]).toBe(0);
  });

  it('materialises only up to the horizon; the extend job creates what is missing and extending twice creates nothing new', async () => {
    const world = await forumWorld(t);
    const series = await createSeriesOverApi(t, world, { horizonDays: 30 });
    const first = occurrencesOf(series);
    expect(first.map((o) => o.seriesOccurrenceKey)).toEqual([1, 8, 15, 22, 29].map(dateIn));
    expect(series.materialisedThrough).toBe(dateIn(30));

    // Time passes: the horizon now reaches further.
    await t.dataSource.query(`UPDATE forum_series SET horizon_days = 60 WHERE id = $1`, [series.id]);
    const service = t.app.get(ForumSeriesService);
    await service.extendAll();
    const extended = occurrencesOf(await getSeries(t, series.id, world.officer.token));
    expect(extended.map((o) => o.seriesOccurrenceKey)).toEqual([1, 8, 15, 22, 29, 36, 43, 50, 57].map(dateIn));
    expect(extended.slice(0, 5).map((o) => o.id)).toEqual(first.map((o) => o.id));

    await service.extendAll();
    await service.extend(world.agency.id, series.id);
    const again = occurrencesOf(await getSeries(t, series.id, world.officer.token));
    expect(again.map((o) => o.id)).toEqual(extended.map((o) => o.id));
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1 AND action = 'forumSeries.extend'`, [series.id]);
    expect(n).toBeGreaterThanOrEqual(1);
  });

  it('a rule that never ends is bounded by the horizon', async () => {
    const world = await forumWorld(t);
    const series = await createSeriesOverApi(t, world, { recurrenceRule: 'FREQ=DAILY;INTERVAL=3', horizonDays: 45 });
    const occurrences = occurrencesOf(series);
    expect(occurrences).toHaveLength(15);
    expect(occurrences.every((o) => o.seriesOccurrenceKey <= dateIn(45))).toBe(true);
    expect(series.materialisedThrough).toBe(dateIn(45));
  });

  it('refuses invalid, empty and absurd rules with BAD_USER_INPUT naming input.recurrenceRule, and writes nothing', async () => {
    const world = await forumWorld(t);
    const cases: [Record<string, unknown>, string][] = [
      [{ recurrenceRule: 'every second tuesday' }, 'input.recurrenceRule'],
      [{ recurrenceRule: 'FREQ=SOMETIMES' }, 'input.recurrenceRule'],
      [{ recurrenceRule: 'FREQ=MINUTELY' }, 'input.recurrenceRule'],
      [{ recurrenceRule: 'FREQ=DAILY;BYHOUR=18' }, 'input.recurrenceRule'],
      [{ recurrenceRule: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=31' }, 'input.recurrenceRule'],
      [{ recurrenceRule: `FREQ=WEEKLY;UNTIL=${dateIn(-30).replace(/-/g, '')}`, startDate: dateIn(-60) }, 'input.recurrenceRule'],
      [{ recurrenceRule: 'FREQ=DAILY', horizonDays: 730 }, 'input.recurrenceRule'],
      [{ horizonDays: 1000 }, 'input.horizonDays'],
      [{ startDate: 'next week' }, 'input.startDate'],
      [{ startTime: '25:00' }, 'input.startTime'],
      [{ timeZone: 'Mars/Base' }, 'input.timeZone'],
      [{ durationMinutes: 0 }, 'input.durationMinutes'],
      [{ format: 'ONLINE', venueId: null }, 'input.onlineUrl'],
      [{ venueId: '7b0c1d44-0000-4000-8000-000000000000' }, 'input.venueId'],
      [{ hostIds: [world.analyst.user.id] }, 'input.hostIds'],
      [{ title: '   ' }, 'input.title'],
    ];
    for (const [overrides, field] of cases) {
      const res = await t.graphql.request(CREATE_SERIES, { input: seriesInput(world, overrides) }, { token: world.officer.token });
      expect({ overrides, code: res.errors?.[0].extensions?.code, field: res.errors?.[0].extensions?.field }).toEqual({ overrides, code: 'BAD_USER_INPUT', field });
    }
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM forum_series WHERE agency_id = $1`, [world.agency.id]);
    const [{ f }] = await t.dataSource.query(`SELECT count(*)::int AS f FROM forums WHERE agency_id = $1`, [world.agency.id]);
    expect([n, f]).toEqual([0, 0]);
  });

  it('reports the first conflicting occurrence and forum on creation, and with an override books them carrying the reason (audited)', async () => {
    const world = await forumWorld(t);
    const clashDay = DateTime.fromISO(dateIn(15), { zone: ZONE });
    const other = await createForumOverApi(t, world, {
      title: 'Budget listening session',
      start: clashDay.set({ hour: 19 }).toFormat("yyyy-LL-dd'T'HH:mm"),
      end: clashDay.set({ hour: 21 }).toFormat("yyyy-LL-dd'T'HH:mm"),
    });
    const refused = await t.graphql.request(CREATE_SERIES, { input: seriesInput(world) }, { token: world.officer.token });
    const error = refused.errors?.[0];
    expect(error?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'SERIES_OCCURRENCE_CONFLICT',
      field: 'input.venueId',
      occurrenceDate: dateIn(15),
      conflictingForumId: other.id,
      conflictingForumTitle: 'Budget listening session',
    });
    expect(error?.message).toContain(dateIn(15));
    expect(error?.message).toContain('Budget listening session');
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM forum_series WHERE agency_id = $1`, [world.agency.id]);
    expect(n).toBe(0);

    const series = await createSeriesOverApi(t, world, { conflictOverride: { reason: 'Board meets in the side room that evening' } });
    const occurrences = occurrencesOf(series);
    expect(occurrences).toHaveLength(5);
    expect(occurrences.map((o) => o.conflictOverrideReason)).toEqual([null, null, 'Board meets in the side room that evening', null, null]);
    const [entry] = await t.dataSource.query(`SELECT summary, changes FROM audit_log WHERE entity_id = $1 AND action = 'forumSeries.create'`, [series.id]);
    expect(entry.summary).toContain('Board meets in the side room that evening');
    expect(entry.changes.conflictOverride).toEqual({ reason: 'Board meets in the side room that evening', occurrences: [dateIn(15)] });
  });

  it('the horizon job leaves out an occurrence that collides with another forum, remembers it and never retries it', async () => {
    const world = await forumWorld(t);
    const series = await createSeriesOverApi(t, world, { horizonDays: 10 });
    const clashDay = DateTime.fromISO(dateIn(15), { zone: ZONE });
    const other = await createForumOverApi(t, world, {
      title: 'Youth night',
      start: clashDay.set({ hour: 18, minute: 30 }).toFormat("yyyy-LL-dd'T'HH:mm"),
      end: clashDay.set({ hour: 20 }).toFormat("yyyy-LL-dd'T'HH:mm"),
    });
    await t.dataSource.query(`UPDATE forum_series SET horizon_days = 24 WHERE id = $1`, [series.id]);
    const service = t.app.get(ForumSeriesService);
    expect(await service.extend(world.agency.id, series.id)).toEqual({ created: 1, skipped: 1 });
    expect(await service.extend(world.agency.id, series.id)).toEqual({ created: 0, skipped: 0 });
    const after = await getSeries(t, series.id, world.officer.token);
    expect(after.skippedDates).toEqual([dateIn(15)]);
    expect(occurrencesOf(after).map((o) => o.seriesOccurrenceKey)).toEqual([1, 8, 22].map(dateIn));
    const [entry] = await t.dataSource.query(`SELECT changes FROM audit_log WHERE entity_id = $1 AND action = 'forumSeries.skipOccurrences'`, [series.id]);
    expect(entry.changes.skipped[0].date).toBe(dateIn(15));
    expect(entry.changes.skipped[0].reason).toContain(other.id);
  });

  it('two officers creating series into the same slots at the same moment: one wins, the other gets a CONFLICT naming the winner', async () => {
    const world = await forumWorld(t);
    const results = await Promise.all([
      t.graphql.request(CREATE_SERIES, { input: seriesInput(world, { title: 'Board A' }) }, { token: world.officer.token }),
      t.graphql.request(CREATE_SERIES, { input: seriesInput(world, { title: 'Board B' }) }, { token: world.otherOfficer.token }),
    ]);
    const winners = results.filter((r) => !r.errors);
    const losers = results.filter((r) => r.errors);
    expect([winners.length, losers.length]).toEqual([1, 1]);
    expect(losers[0].errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'SERIES_OCCURRENCE_CONFLICT', occurrenceDate: dateIn(1) });
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM forums WHERE agency_id = $1`, [world.agency.id]);
    expect(n).toBe(5);
  });

  it('Forum.series is batched: a page of 20 occurrences with their series costs as many queries as a page of 5', async () => {
    const world = await forumWorld(t);
    const series = await createSeriesOverApi(t, world, { recurrenceRule: 'FREQ=DAILY', horizonDays: 30 });
    const query = `query($id: ID!, $first: Int) { forumSeries(id: $id) { occurrences(first: $first) { edges { node { id series { id recurrenceRule } } } } } }`;
    const small = await countQueries(t, query, { id: series.id, first: 5 }, world.analyst.token);
    const large = await countQueries(t, query, { id: series.id, first: 20 }, world.analyst.token);
    expect(large.data.forumSeries.occurrences.edges).toHaveLength(20);
    expect(large.data.forumSeries.occurrences.edges.every((e: { node: { series: { id: string } } }) => e.node.series.id === series.id)).toBe(true);
    expect(large.queries).toBe(small.queries);
  });

  it('publishes occurrences when the series says so, and each forum links back to its series', async () => {
    const world = await forumWorld(t);
    const series = await createSeriesOverApi(t, world, { publishOccurrences: true, horizonDays: 10 });
    const occurrences = occurrencesOf(series);
    expect(occurrences.map((o) => o.status)).toEqual(['PUBLISHED', 'PUBLISHED']);
    expect(occurrences.every((o) => o.series.id === series.id)).toBe(true);
    const list = await t.graphql.data(`{ forumSeriesList { totalCount edges { node { id template { title } } } } }`, {}, world.analyst.token);
    expect(list.forumSeriesList).toEqual({ totalCount: 1, edges: [{ node: { id: series.id, template: { title: 'Community advisory board' } } }] });
  });
});
