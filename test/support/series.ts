import { DateTime } from 'luxon';
import { TestApp } from '@app/testing';
import { ForumWorld, ZONE } from './forums';

/** A local date in Chicago, `days` from today. */
export function dateIn(days: number): string {
  return DateTime.now().setZone(ZONE).plus({ days }).toFormat('yyyy-LL-dd');
}

export const OCCURRENCE_FIELDS = `id title status startsAt endsAt startsAtLocal endsAtLocal timeZone sequence seriesOccurrenceKey seriesDetached
  conflictOverrideReason cancelReason venue { id } series { id }`;

export const SERIES_FIELDS = `id status recurrenceRule timeZone startDate startTime durationMinutes horizonDays publishOccurrences
  materialisedThrough previousSeriesId endReason skippedDates venueId
  template { title type format topics hostIds visibility }
  occurrences(first: 25) { totalCount edges { node { ${OCCURRENCE_FIELDS} } } }`;

export const CREATE_SERIES = `mutation($input: CreateForumSeriesInput!) { createForumSeries(input: $input) { ${SERIES_FIELDS} } }`;
export const GET_SERIES = `query($id: ID!) { forumSeries(id: $id) { ${SERIES_FIELDS} } }`;
export const UPDATE_SERIES_FROM = `mutation($id: ID!, $input: UpdateSeriesFromInput!) { updateSeriesFrom(forumId: $id, input: $input) { ${SERIES_FIELDS} } }`;
export const UPDATE_SERIES = `mutation($id: ID!, $input: UpdateForumSeriesInput!) { updateForumSeries(id: $id, input: $input) { ${SERIES_FIELDS} } }`;
export const END_SERIES = `mutation($id: ID!, $reason: String!) { endForumSeries(id: $id, reason: $reason) { ${SERIES_FIELDS} } }`;

/** A weekly advisory board at the world's venue from tomorrow, 18:00 for two hours, 30 days ahead. */
export function seriesInput(world: ForumWorld, overrides: Record<string, unknown> = {}) {
  return {
    title: 'Community advisory board',
    type: 'ADVISORY_BOARD',
    format: 'IN_PERSON',
    venueId: world.venueId,
    timeZone: ZONE,
    recurrenceRule: 'FREQ=WEEKLY',
    startDate: dateIn(1),
    startTime: '18:00',
    durationMinutes: 120,
    horizonDays: 30,
    ...overrides,
  };
}

export async function createSeriesOverApi(t: TestApp, world: ForumWorld, overrides: Record<string, unknown> = {}, token = world.officer.token) {
  return (await t.graphql.data(CREATE_SERIES, { input: seriesInput(world, overrides) }, token)).createForumSeries;
}

export async function getSeries(t: TestApp, id: string, token: string) {
  return (await t.graphql.data(GET_SERIES, { id }, token)).forumSeries;
}

/** The occurrence nodes of a series as returned by the API. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function occurrencesOf(series: any): any[] {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return series.occurrences.edges.map((e: any) => e.node);
}

/** The times of a forum at 18:30–20:00 Chicago, `days` from today: it clashes with a series meeting at 18:00 that day. */
export function clashingTimes(days: number): { start: string; end: string } {
  const day = DateTime.fromISO(dateIn(days), { zone: ZONE });
  return { start: day.set({ hour: 18, minute: 30 }).toFormat("yyyy-LL-dd'T'HH:mm"), end: day.set({ hour: 20 }).toFormat("yyyy-LL-dd'T'HH:mm") };
}
