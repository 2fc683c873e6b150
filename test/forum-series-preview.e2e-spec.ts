import { DateTime } from 'luxon';
import { ForumSeriesService } from '@app/forums';
import { TestApp, createTestApp, testConfig } from '@app/testing';
import { ZONE, createForumOverApi, forumWorld } from './support/forums';
import { CREATE_SERIES, clashingTimes, createSeriesOverApi, dateIn, getSeries, occurrencesOf, seriesInput } from './support/series';

const PREVIEW = `query($input: ForumSeriesPreviewInput!) { forumSeriesPreview(input: $input) {
  recurrenceRule timeZone horizonEnd hasMore
  occurrences { date startsAt endsAt startsAtLocal endsAtLocal outcome reason { code message conflictingForumId conflictingForumTitle } }
} }`;

const END_ON = `mutation($id: ID!, $reason: String!, $lastDate: String) { endForumSeries(id: $id, reason: $reason, lastDate: $lastDate) {
  status recurrenceRule endReason endedAt occurrences(first: 30) { edges { node { seriesOccurrenceKey status cancelReason } } } } }`;

const SKIPPED = `query($id: ID!) { forumSeries(id: $id) { skippedDates skippedOccurrences { date reason { code conflictingForumId conflictingForumTitle } } } }`;

/** The timing (and venue) of a series input, as the preview takes it. */
function previewInput(input: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const { recurrenceRule, startDate, startTime, durationMinutes, timeZone, venueId, horizonDays } = input;
  return { recurrenceRule, startDate, startTime, durationMinutes, timeZone, venueId, horizonDays, ...extra };
}

describe('Forum series preview, skip reasons and ending on a date', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(testConfig({ LOGIN_RATE_LIMIT: '1000' }));
  });
  afterAll(() => t.close());

  it('previews the second Tuesday at 18:00 six times in the series zone, and saving creates exactly the previewed forums', async () => {
    const world = await forumWorld(t);
    const input = seriesInput(world, { recurrenceRule: 'freq=monthly;byday=2TU;count=6', startDate: dateIn(1), horizonDays: 730 });
    const preview = (await t.graphql.data(PREVIEW, { input: previewInput(input) }, world.analyst.token)).forumSeriesPreview;
    expect(preview).toMatchObject({ recurrenceRule: 'FREQ=MONTHLY;BYDAY=2TU;COUNT=6', timeZone: ZONE, hasMore: false });
    expect(preview.occurrences).toHaveLength(6);
    for (const o of preview.occurrences) {
      const local = DateTime.fromISO(o.startsAt, { zone: ZONE });
      expect({ weekday: local.weekday, week: Math.ceil(local.day / 7), at: o.startsAtLocal.slice(11), outcome: o.outcome }).toEqual({ weekday: 2, week: 2, at: '18:00', outcome: 'SCHEDULED' });
      expect(o.date).toBe(local.toFormat('yyyy-LL-dd'));
    }
    const series = (await t.graphql.data(CREATE_SERIES, { input }, world.officer.token)).createForumSeries;
    expect(occurrencesOf(series).map((f) => [f.seriesOccurrenceKey, f.startsAt])).toEqual(preview.occurrences.map((o: { date: string; startsAt: string }) => [o.date, o.startsAt]));
  });

  it('marks a date whose venue is taken as CONFLICT naming the other forum, the one saving refuses; dates past the horizon come LATER', async () => {
    const world = await forumWorld(t);
    const other = await createForumOverApi(t, world, { title: 'Youth night', ...clashingTimes(15) });
    const input = seriesInput(world, { horizonDays: 20 });
    const preview = (await t.graphql.data(PREVIEW, { input: previewInput(input, { limit: 5 }) }, world.officer.token)).forumSeriesPreview;
    expect(preview.hasMore).toBe(true);
    expect(preview.occurrences.map((o: { date: string; outcome: string }) => [o.date, o.outcome])).toEqual([
      [dateIn(1), 'SCHEDULED'],
      [dateIn(8), 'SCHEDULED'],
      [dateIn(15), 'CONFLICT'],
      [dateIn(22), 'LATER'],
      [dateIn(29), 'LATER'],
    ]);
    expect(preview.occurrences[2].reason).toMatchObject({ code: 'FORUM_VENUE_CONFLICT', conflictingForumId: other.id, conflictingForumTitle: 'Youth night' });
    const refused = await t.graphql.request(CREATE_SERIES, { input }, { token: world.officer.token });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', occurrenceDate: dateIn(15), conflictingForumId: other.id });

    // Previewing a change to a series: its own occurrences are not in the way.
    const series = await createSeriesOverApi(t, world, { title: 'Board', startTime: '10:00', horizonDays: 10 });
    const again = (await t.graphql.data(PREVIEW, { input: previewInput(input, { startTime: '10:00', seriesId: series.id, limit: 2 }) }, world.officer.token)).forumSeriesPreview;
    expect(again.occurrences.map((o: { outcome: string }) => o.outcome)).toEqual(['SCHEDULED', 'SCHEDULED']);
  });

  it('refuses what saving refuses, with BAD_USER_INPUT naming the field', async () => {
    const world = await forumWorld(t);
    const cases: [Record<string, unknown>, string][] = [
      [{ recurrenceRule: 'FREQ=WEEKLY;COUNT=0' }, 'input.recurrenceRule'],
      [{ recurrenceRule: `FREQ=WEEKLY;UNTIL=${dateIn(-3).replace(/-/g, '')}` }, 'input.recurrenceRule'],
      [{ startTime: '25:00' }, 'input.startTime'],
      [{ startDate: '2027-02-30' }, 'input.startDate'],
      [{ timeZone: 'Mars/Olympus' }, 'input.timeZone'],
      [{ durationMinutes: 0 }, 'input.durationMinutes'],
      [{ startDate: dateIn(400), horizonDays: 30 }, 'input.startDate'],
    ];
    for (const [overrides, field] of cases) {
      const res = await t.graphql.request(PREVIEW, { input: previewInput(seriesInput(world, overrides)) }, { token: world.officer.token });
      expect({ overrides, code: res.errors?.[0].extensions?.code, field: res.errors?.[0].extensions?.field }).toEqual({ overrides, code: 'BAD_USER_INPUT', field });
    }
  });

  it('keeps why the horizon job skipped a date: the code and the forum in the way', async () => {
    const world = await forumWorld(t);
    const series = await createSeriesOverApi(t, world, { horizonDays: 10 });
    const other = await createForumOverApi(t, world, { title: 'Youth night', ...clashingTimes(15) });
    await t.dataSource.query(`UPDATE forum_series SET horizon_days = 24 WHERE id = $1`, [series.id]);
    await t.app.get(ForumSeriesService).extend(world.agency.id, series.id);
    const read = (await t.graphql.data(SKIPPED, { id: series.id }, world.analyst.token)).forumSeries;
    expect(read.skippedDates).toEqual([dateIn(15)]);
    expect(read.skippedOccurrences).toEqual([
      { date: dateIn(15), reason: { code: 'FORUM_VENUE_CONFLICT', conflictingForumId: other.id, conflictingForumTitle: 'Youth night' } },
    ]);
  });

  it('ends a series after a date: occurrences up to it stay, later ones are cancelled with the reason, the rule stops there', async () => {
    const world = await forumWorld(t);
    const series = await createSeriesOverApi(t, world, { recurrenceRule: 'FREQ=WEEKLY;COUNT=10' });
    const ended = (await t.graphql.data(END_ON, { id: series.id, reason: 'Budget year ends', lastDate: dateIn(10) }, world.officer.token)).endForumSeries;
    expect(ended).toMatchObject({ status: 'ACTIVE', recurrenceRule: `FREQ=WEEKLY;UNTIL=${dateIn(10).replace(/-/g, '')}`, endReason: 'Budget year ends', endedAt: null });
    const nodes = ended.occurrences.edges.map((e: { node: { seriesOccurrenceKey: string; status: string; cancelReason: string | null } }) => e.node);
    expect(nodes.map((n: { seriesOccurrenceKey: string; status: string }) => [n.seriesOccurrenceKey, n.status])).toEqual([
      [dateIn(1), 'DRAFT'],
      [dateIn(8), 'DRAFT'],
      [dateIn(15), 'CANCELLED'],
      [dateIn(22), 'CANCELLED'],
      [dateIn(29), 'CANCELLED'],
    ]);
    expect(nodes[2].cancelReason).toBe('Budget year ends');
    // Nothing after the last date is ever created again.
    await t.dataSource.query(`UPDATE forum_series SET horizon_days = 60 WHERE id = $1`, [series.id]);
    await t.app.get(ForumSeriesService).extend(world.agency.id, series.id);
    expect(occurrencesOf(await getSeries(t, series.id, world.officer.token))).toHaveLength(5);

    const bad = await t.graphql.request(END_ON, { id: series.id, reason: 'x', lastDate: '2001-01-01' }, { token: world.officer.token });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lastDate' });
  });
});
