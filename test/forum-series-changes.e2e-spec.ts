import { INestApplicationContext } from '@nestjs/common';
import { DateTime } from 'luxon';
import { StaffRole } from '@app/common';
import { ForumSeriesService } from '@app/forums';
import { JobsService } from '@app/queue';
import { TestApp, createAgency, createSignedInStaff, createTestApp, eventually, startTestWorker, testConfig } from '@app/testing';
import { ZONE, forumWorld } from './support/forums';
import {
  END_SERIES,
  GET_SERIES,
  UPDATE_SERIES,
  UPDATE_SERIES_FROM,
  createSeriesOverApi,
  dateIn,
  getSeries,
  occurrencesOf,
} from './support/series';

const RESCHEDULE = `mutation($id: ID!, $input: RescheduleForumInput!) { rescheduleForum(id: $id, input: $input) { id startsAtLocal seriesDetached seriesOccurrenceKey } }`;
const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

function shift(local: string, change: Record<string, number>): string {
  return DateTime.fromISO(local).plus(change).toFormat("yyyy-LL-dd'T'HH:mm");
}

describe('Forum series: changing occurrences and series', () => {
  let t: TestApp;

  beforeAll(async () => {
    // Many officers sign in from one address in these tests.
    t = await createTestApp(testConfig({ LOGIN_RATE_LIMIT: '1000' }));
  });
  afterAll(() => t.close());

  it('moves or cancels one occurrence without touching the rest, and extending the horizon never recreates either', async () => {
    const world = await forumWorld(t);
    const series = await createSeriesOverApi(t, world);
    const [o1, o2, o3, o4] = occurrencesOf(series);
    const moved = await t.graphql.data(
      RESCHEDULE,
      { id: o2.id, input: { start: shift(o2.startsAtLocal, { days: 1, hours: 1 }), end: shift(o2.endsAtLocal, { days: 1, hours: 1 }), reason: 'Library closed' } },
      world.officer.token,
    );
    expect(moved.rescheduleForum).toEqual({ id: o2.id, startsAtLocal: shift(o2.startsAtLocal, { days: 1, hours: 1 }), seriesDetached: true, seriesOccurrenceKey: o2.seriesOccurrenceKey });
    await t.graphql.data(`mutation($id: ID!) { cancelForum(id: $id, reason: "Holiday") { id } }`, { id: o3.id }, world.officer.token);

    await t.dataSource.query(`UPDATE forum_series SET horizon_days = 60 WHERE id = $1`, [series.id]);
    await t.app.get(ForumSeriesService).extendAll();
    await t.app.get(ForumSeriesService).extendAll();
    const after = occurrencesOf(await getSeries(t, series.id, world.officer.token));
    expect(after).toHaveLength(9);
    const byKey = new Map(after.map((o) => [o.seriesOccurrenceKey, o]));
    expect(byKey.get(o2.seriesOccurrenceKey)).toMatchObject({ id: o2.id, seriesDetached: true, startsAtLocal: shift(o2.startsAtLocal, { days: 1, hours: 1 }) });
    expect(byKey.get(o3.seriesOccurrenceKey)).toMatchObject({ id: o3.id, status: 'CANCELLED', cancelReason: 'Holiday' });
    expect(byKey.get(o1.seriesOccurrenceKey)).toMatchObject({ id: o1.id, seriesDetached: false, startsAtLocal: o1.startsAtLocal, status: 'DRAFT' });
    expect(byKey.get(o4.seriesOccurrenceKey)).toMatchObject({ id: o4.id, seriesDetached: false, startsAtLocal: o4.startsAtLocal });
  });

  it('extends through the worker: the forums.series.extend job creates the missing occurrences and a second run creates nothing', async () => {
    const world = await forumWorld(t);
    const series = await createSeriesOverApi(t, world, { horizonDays: 10 });
    expect(occurrencesOf(series)).toHaveLength(2);
    await t.dataSource.query(`UPDATE forum_series SET horizon_days = 24 WHERE id = $1`, [series.id]);
    const worker: INestApplicationContext = await startTestWorker(t.config);
    try {
      const count = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM forums WHERE series_id = $1`, [series.id]))[0].n;
      await t.app.get(JobsService).enqueue('forums.series.extend', {});
      await eventually(async () => expect(await count()).toBeGreaterThanOrEqual(4), 'the job to create the occurrences');
      await t.app.get(JobsService).enqueue('forums.series.extend', {}, { jobId: `extend-again-${series.id}` });
      await t.app.get(ForumSeriesService).extendAll();
      expect(await count()).toBe(4);
    } finally {
      await worker.close();
    }
  });

  it('"this and following" ends the old series before the occurrence, keeps forum identity where the date stays, leaves earlier and moved ones alone', async () => {
    const world = await forumWorld(t);
    const newVenue = (await t.graphql.data(`mutation { createVenue(input: { name: "Harbor Substation", address: "75 Wharf St" }) { id } }`, {}, world.officer.token)).createVenue;
    const series = await createSeriesOverApi(t, world, { horizonDays: 60, publishOccurrences: true });
    const before = occurrencesOf(series);
    expect(before).toHaveLength(9);
    const [o1, o2, o3, o4] = before;
    const movedStart = shift(o4.startsAtLocal, { hours: -1 });
    await t.graphql.data(RESCHEDULE, { id: o4.id, input: { start: movedStart, end: shift(o4.endsAtLocal, { hours: -1 }) } }, world.officer.token);

    const split = await t.graphql.data(
      UPDATE_SERIES_FROM,
      { id: o3.id, input: { startTime: '19:00', title: 'Advisory board (evening)', venueId: newVenue.id, reason: 'The library closes earlier' } },
      world.officer.token,
    );
    const next = split.updateSeriesFrom;
    expect(next).toMatchObject({ status: 'ACTIVE', previousSeriesId: series.id, startDate: o3.seriesOccurrenceKey, startTime: '19:00', venueId: newVenue.id, publishOccurrences: true });
    expect(next.template.title).toBe('Advisory board (evening)');

    const old = await getSeries(t, series.id, world.officer.token);
    expect(old.status).toBe('ENDED');
    expect(old.recurrenceRule).toBe(`FREQ=WEEKLY;UNTIL=${DateTime.fromISO(o3.seriesOccurrenceKey).minus({ days: 1 }).toFormat('yyyyLLdd')}`);
    expect(occurrencesOf(old)).toEqual([
      expect.objectContaining({ id: o1.id, title: 'Community advisory board', startsAtLocal: o1.startsAtLocal, sequence: 0 }),
      expect.objectContaining({ id: o2.id, title: 'Community advisory board', startsAtLocal: o2.startsAtLocal, sequence: 0 }),
    ]);

    const carried = occurrencesOf(next);
    expect(carried.map((o) => o.id)).toEqual(before.slice(2).map((o) => o.id));
    const [n3, n4, ...rest] = carried;
    expect(n3).toMatchObject({ title: 'Advisory board (evening)', startsAtLocal: `${o3.seriesOccurrenceKey}T19:00`, endsAtLocal: `${o3.seriesOccurrenceKey}T21:00`, sequence: 1, venue: { id: newVenue.id }, status: 'PUBLISHED' });
    // The occurrence moved on its own keeps its own time, title and venue.
    expect(n4).toMatchObject({ id: o4.id, seriesDetached: true, startsAtLocal: movedStart, title: 'Community advisory board', venue: { id: world.venueId } });
    expect(rest.every((o) => o.startsAtLocal.endsWith('T19:00') && o.title === 'Advisory board (evening)' && o.series.id === next.id)).toBe(true);

    // A later split that changes the weekday cancels the old dates and books the new ones.
    const from = rest[1];
    const weekday = DateTime.fromISO(from.seriesOccurrenceKey).plus({ days: 2 });
    const third = (
      await t.graphql.data(UPDATE_SERIES_FROM, { id: from.id, input: { recurrenceRule: `FREQ=WEEKLY;BYDAY=${WEEKDAYS[weekday.weekday - 1]}` } }, world.officer.token)
    ).updateSeriesFrom;
    const dropped = occurrencesOf(await getSeries(t, next.id, world.officer.token)).filter((o) => o.seriesOccurrenceKey >= from.seriesOccurrenceKey);
    expect(dropped.length).toBeGreaterThan(0);
    expect(dropped.every((o) => o.status === 'CANCELLED' && o.cancelReason.includes('no longer one of its dates'))).toBe(true);
    const booked = occurrencesOf(third);
    expect(booked[0].seriesOccurrenceKey).toBe(weekday.toFormat('yyyy-LL-dd'));
    expect(booked.every((o) => o.status === 'PUBLISHED' && o.startsAtLocal.endsWith('T19:00'))).toBe(true);
    const [entry] = await t.dataSource.query(`SELECT changes FROM audit_log WHERE entity_id = $1 AND action = 'forumSeries.split'`, [series.id]);
    expect(entry.changes).toMatchObject({ from: o3.seriesOccurrenceKey, newSeriesId: next.id, reason: 'The library closes earlier' });
  });

  it('a split carries what is left of COUNT over to the new series, and a split into a taken slot is a CONFLICT that changes nothing', async () => {
    const world = await forumWorld(t);
    const series = await createSeriesOverApi(t, world, { recurrenceRule: 'FREQ=WEEKLY;COUNT=4', horizonDays: 60 });
    const [, , o3, o4] = occurrencesOf(series);
    expect(occurrencesOf(series)).toHaveLength(4);

    const blocker = (
      await t.graphql.data(
        `mutation($input: CreateForumInput!) { createForum(input: $input) { id } }`,
        { input: { title: 'Neighbourhood watch', type: 'COMMUNITY_FORUM', start: `${o4.seriesOccurrenceKey}T20:30`, end: `${o4.seriesOccurrenceKey}T21:30`, timeZone: ZONE, format: 'IN_PERSON', venueId: world.venueId } },
        world.officer.token,
      )
    ).createForum;
    const refused = await t.graphql.request(UPDATE_SERIES_FROM, { id: o3.id, input: { startTime: '19:00' } }, { token: world.officer.token });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'SERIES_OCCURRENCE_CONFLICT', occurrenceDate: o4.seriesOccurrenceKey, conflictingForumId: blocker.id });
    const unchanged = await getSeries(t, series.id, world.officer.token);
    expect(unchanged).toMatchObject({ status: 'ACTIVE', recurrenceRule: 'FREQ=WEEKLY;COUNT=4' });
    expect(occurrencesOf(unchanged).map((o) => o.startsAtLocal)).toEqual(occurrencesOf(series).map((o) => o.startsAtLocal));

    await t.graphql.data(`mutation($id: ID!) { cancelForum(id: $id, reason: "Room needed") { id } }`, { id: blocker.id }, world.officer.token);
    const next = (await t.graphql.data(UPDATE_SERIES_FROM, { id: o3.id, input: { startTime: '19:00' } }, world.officer.token)).updateSeriesFrom;
    expect(next.recurrenceRule).toBe('FREQ=WEEKLY;COUNT=2');
    expect(occurrencesOf(next).map((o) => [o.id, o.startsAtLocal])).toEqual([
      [o3.id, `${o3.seriesOccurrenceKey}T19:00`],
      [o4.id, `${o4.seriesOccurrenceKey}T19:00`],
    ]);
  });

  it('a whole-series edit changes upcoming occurrences except those edited on their own; ending cancels every upcoming one', async () => {
    const world = await forumWorld(t);
    const series = await createSeriesOverApi(t, world, { horizonDays: 20 });
    const [o1, o2, o3] = occurrencesOf(series);
    const edited = await t.graphql.data(`mutation($id: ID!) { updateForum(id: $id, input: { title: "Special session" }) { seriesDetached } }`, { id: o2.id }, world.officer.token);
    expect(edited.updateForum.seriesDetached).toBe(true);

    const updated = (await t.graphql.data(UPDATE_SERIES, { id: series.id, input: { title: 'Youth advisory board', topics: ['Youth'], horizonDays: 30 } }, world.officer.token))
      .updateForumSeries;
    expect(updated.template).toMatchObject({ title: 'Youth advisory board', topics: ['youth'] });
    const occurrences = occurrencesOf(updated);
    expect(occurrences).toHaveLength(5);
    expect(occurrences.map((o) => o.title)).toEqual(['Youth advisory board', 'Special session', 'Youth advisory board', 'Youth advisory board', 'Youth advisory board']);
    expect([occurrences[0].id, occurrences[2].id]).toEqual([o1.id, o3.id]);

    const ended = (await t.graphql.data(END_SERIES, { id: series.id, reason: 'Board merged into the district council' }, world.officer.token)).endForumSeries;
    expect(ended).toMatchObject({ status: 'ENDED', endReason: 'Board merged into the district council' });
    expect(occurrencesOf(ended).every((o) => o.status === 'CANCELLED' && o.cancelReason === 'Board merged into the district council')).toBe(true);
    const again = await t.graphql.request(END_SERIES, { id: series.id, reason: 'again' }, { token: world.officer.token });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'SERIES_NOT_ACTIVE', currentStatus: 'ENDED' });
    await t.app.get(ForumSeriesService).extendAll();
    expect(occurrencesOf(await getSeries(t, series.id, world.officer.token))).toHaveLength(5);
    const actions = (await t.dataSource.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY created_at`, [series.id])).map((r: { action: string }) => r.action);
    expect(actions).toEqual(['forumSeries.create', 'forumSeries.update', 'forumSeries.end']);
  });

  it('publishing a draft series publishes its upcoming draft occurrences, and later ones are created published', async () => {
    const world = await forumWorld(t);
    const series = await createSeriesOverApi(t, world, { horizonDays: 10 });
    expect(occurrencesOf(series).map((o) => o.status)).toEqual(['DRAFT', 'DRAFT']);
    const published = (await t.graphql.data(UPDATE_SERIES, { id: series.id, input: { publishOccurrences: true, horizonDays: 17 } }, world.officer.token)).updateForumSeries;
    expect(published.publishOccurrences).toBe(true);
    expect(occurrencesOf(published).map((o) => o.status)).toEqual(['PUBLISHED', 'PUBLISHED', 'PUBLISHED']);
  });

  it('keeps series to their agency: another agency gets NOT_FOUND, an analyst reads but cannot write', async () => {
    const world = await forumWorld(t);
    const series = await createSeriesOverApi(t, world, { horizonDays: 10 });
    const [first] = occurrencesOf(series);
    const otherAgency = await createAgency(t.dataSource);
    const stranger = await createSignedInStaff(t.dataSource, t.graphql, otherAgency.id, StaffRole.LIAISON_OFFICER);
    const attempts = [
      t.graphql.request(GET_SERIES, { id: series.id }, { token: stranger.token }),
      t.graphql.request(UPDATE_SERIES, { id: series.id, input: { title: 'Mine now' } }, { token: stranger.token }),
      t.graphql.request(END_SERIES, { id: series.id, reason: 'Mine now' }, { token: stranger.token }),
      t.graphql.request(UPDATE_SERIES_FROM, { id: first.id, input: { startTime: '07:00' } }, { token: stranger.token }),
    ];
    for (const res of await Promise.all(attempts)) expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const list = await t.graphql.data(`{ forumSeriesList { totalCount } }`, {}, stranger.token);
    expect(list.forumSeriesList.totalCount).toBe(0);

    expect((await getSeries(t, series.id, world.analyst.token)).id).toBe(series.id);
    const analystWrite = await t.graphql.request(END_SERIES, { id: series.id, reason: 'no' }, { token: world.analyst.token });
    expect(analystWrite.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await getSeries(t, series.id, world.officer.token)).status).toBe('ACTIVE');
  });

  it('refuses "this and following" from a forum that is not an occurrence', async () => {
    const world = await forumWorld(t);
    const forum = (
      await t.graphql.data(
        `mutation($input: CreateForumInput!) { createForum(input: $input) { id } }`,
        { input: { title: 'One-off', type: 'TOWN_HALL', start: `${dateIn(5)}T18:00`, end: `${dateIn(5)}T19:00`, timeZone: ZONE, format: 'IN_PERSON', venueId: world.venueId } },
        world.officer.token,
      )
    ).createForum;
    const res = await t.graphql.request(UPDATE_SERIES_FROM, { id: forum.id, input: { startTime: '19:00' } }, { token: world.officer.token });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'FORUM_NOT_A_SERIES_OCCURRENCE' });
  });
});
