import { DateTime } from 'luxon';
import { StaffRole } from '@app/common';
import type { Agency } from '@app/agencies';
import { SignedInStaff, TestApp, createAgency, createSignedInStaff } from '@app/testing';

export const ZONE = 'America/Chicago';

/** A local wall-clock time in Chicago, `days` from today at `hour`:`minute`. */
export function localIn(days: number, hour: number, minute = 0): string {
  return DateTime.now().setZone(ZONE).plus({ days }).set({ hour, minute, second: 0, millisecond: 0 }).toFormat("yyyy-LL-dd'T'HH:mm");
}

export const FORUM_FIELDS = `id title type status description topics neighbourhood startsAt endsAt startsAtLocal endsAtLocal timeZone
  format onlineUrl capacity capacityOverride rsvpDeadline rsvpDeadlineLocal languages interpretationLanguages signLanguage
  accessibilityNotes visibility sequence cancelReason conflictOverrideReason
  agenda { title speaker durationMinutes notes } venue { id name capacity } hosts { id name }
  scheduleHistory { sequence previousStartsAt previousEndsAt previousTimeZone reason }`;

export interface ForumWorld {
  agency: Agency;
  officer: SignedInStaff;
  otherOfficer: SignedInStaff;
  analyst: SignedInStaff;
  venueId: string;
}

/** An agency with two officers, an analyst and one venue (80 seats), made over GraphQL. */
export async function forumWorld(t: TestApp): Promise<ForumWorld> {
  const agency = await createAgency(t.dataSource);
  const officer = await createSignedInStaff(t.dataSource, t.graphql, agency.id, StaffRole.LIAISON_OFFICER);
  const otherOfficer = await createSignedInStaff(t.dataSource, t.graphql, agency.id, StaffRole.LIAISON_OFFICER);
  const analyst = await createSignedInStaff(t.dataSource, t.graphql, agency.id, StaffRole.ANALYST);
  const venue = await t.graphql.data(
    `mutation { createVenue(input: { name: "Eastbrook Library", address: "12 Elm St", capacity: 80, accessibilityFeatures: [STEP_FREE_ACCESS] }) { id } }`,
    {},
    officer.token,
  );
  return { agency, officer, otherOfficer, analyst, venueId: venue.createVenue.id };
}

/** createForum input with sensible defaults: in person at the venue, two hours, 10 days ahead. */
export function forumInput(world: ForumWorld, overrides: Record<string, unknown> = {}) {
  return {
    title: 'Eastbrook town hall',
    type: 'TOWN_HALL',
    start: localIn(10, 18),
    end: localIn(10, 20),
    timeZone: ZONE,
    format: 'IN_PERSON',
    venueId: world.venueId,
    ...overrides,
  };
}

export const CREATE_FORUM = `mutation($input: CreateForumInput!) { createForum(input: $input) { ${FORUM_FIELDS} } }`;

export async function createForumOverApi(t: TestApp, world: ForumWorld, overrides: Record<string, unknown> = {}, token = world.officer.token) {
  return (await t.graphql.data(CREATE_FORUM, { input: forumInput(world, overrides) }, token)).createForum;
}

export async function publish(t: TestApp, id: string, token: string) {
  return (await t.graphql.data(`mutation($id: ID!) { publishForum(id: $id) { id status } }`, { id }, token)).publishForum;
}
