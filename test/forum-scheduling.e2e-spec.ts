import { DateTime } from 'luxon';
import { StaffRole } from '@app/common';
import { TestApp, createStaff, createTestApp, testConfig } from '@app/testing';
import { CREATE_FORUM, FORUM_FIELDS, ZONE, createForumOverApi, forumInput, forumWorld, localIn, publish } from './support/forums';

describe('Forum scheduling', () => {
  let t: TestApp;

  beforeAll(async () => {
    // Many officers sign in from one address in these tests.
    t = await createTestApp(testConfig({ LOGIN_RATE_LIMIT: '1000' }));
  });
  afterAll(() => t.close());

  it('creates a DRAFT forum with every field, local times converted in its time zone and capacity from the venue', async () => {
    const world = await forumWorld(t);
    const forum = await createForumOverApi(t, world, {
      description: 'Open questions with the Eastbrook team.',
      topics: ['Mental Health', ' traffic  safety ', 'mental health'],
      neighbourhood: 'Eastbrook',
      format: 'HYBRID',
      onlineUrl: 'https://meet.example/eastbrook',
      rsvpDeadline: localIn(9, 12),
      languages: ['en', 'es'],
      interpretationLanguages: ['vi'],
      signLanguage: true,
      accessibilityNotes: 'Entrance on Elm St has a ramp.',
      hostIds: [world.officer.user.id, world.otherOfficer.user.id],
      visibility: 'INVITE_ONLY',
      agenda: [
        { title: 'Welcome', speaker: 'Chief Ramos', durationMinutes: 10 },
        { title: 'Open floor', durationMinutes: 60, notes: 'Questions from residents' },
      ],
    });
    expect(forum).toMatchObject({
      status: 'DRAFT',
      sequence: 0,
      type: 'TOWN_HALL',
      topics: ['mental health', 'traffic safety'],
      neighbourhood: 'Eastbrook',
      startsAtLocal: localIn(10, 18),
      endsAtLocal: localIn(10, 20),
      rsvpDeadlineLocal: localIn(9, 12),
      timeZone: ZONE,
      format: 'HYBRID',
      capacity: 80,
      capacityOverride: null,
      languages: ['en', 'es'],
      interpretationLanguages: ['vi'],
      signLanguage: true,
      visibility: 'INVITE_ONLY',
      venue: { id: world.venueId, name: 'Eastbrook Library', capacity: 80 },
      agenda: [
        { title: 'Welcome', speaker: 'Chief Ramos', durationMinutes: 10, notes: null },
        { title: 'Open floor', speaker: null, durationMinutes: 60, notes: 'Questions from residents' },
      ],
      scheduleHistory: [],
    });
    expect(new Date(forum.startsAt).toISOString()).toBe(DateTime.fromISO(localIn(10, 18), { zone: ZONE }).toUTC().toISO());
    expect(forum.hosts.map((h: { id: string }) => h.id).sort()).toEqual([world.officer.user.id, world.otherOfficer.user.id].sort());

    const overridden = await t.graphql.data(
      `mutation($id: ID!) { updateForum(id: $id, input: { capacityOverride: 25, title: "Eastbrook town hall (small room)" }) { capacity capacityOverride title } }`,
      { id: forum.id },
      world.officer.token,
    );
    expect(overridden.updateForum).toEqual({ capacity: 25, capacityOverride: 25, title: 'Eastbrook town hall (small room)' });
  });

  it('refuses bad input with BAD_USER_INPUT naming the field, and writes nothing', async () => {
    const world = await forumWorld(t);
    const analyst = await createStaff(t.dataSource, world.agency.id, StaffRole.ANALYST);
    const cases: [Record<string, unknown>, string][] = [
      [{ timeZone: 'Mars/Olympus_Mons' }, 'input.timeZone'],
      [{ start: localIn(10, 20), end: localIn(10, 18) }, 'input.end'],
      [{ start: 'next tuesday' }, 'input.start'],
      [{ capacityOverride: -1 }, 'input.capacityOverride'],
      [{ format: 'ONLINE', venueId: null }, 'input.onlineUrl'],
      [{ format: 'IN_PERSON', venueId: null }, 'input.venueId'],
      [{ format: 'ONLINE', venueId: null, onlineUrl: 'javascript:alert(1)' }, 'input.onlineUrl'],
      [{ rsvpDeadline: localIn(10, 21) }, 'input.rsvpDeadline'],
      [{ neighbourhood: 'Atlantis' }, 'input.neighbourhood'],
      [{ hostIds: [analyst.id] }, 'input.hostIds'],
      [{ venueId: '7b0c1d44-0000-4000-8000-000000000000' }, 'input.venueId'],
      [{ agenda: [{ title: '' }] }, 'input.agenda.0.title'],
      [{ start: `${DateTime.now().year + 1}-03-14T02:30`, end: `${DateTime.now().year + 1}-03-14T04:00` }, 'input.start'],
    ];
    for (const [overrides, field] of cases) {
      const res = await t.graphql.request(CREATE_FORUM, { input: forumInput(world, overrides) }, { token: world.officer.token });
      expect({ overrides, code: res.errors?.[0].extensions?.code, field: res.errors?.[0].extensions?.field }).toEqual({
        overrides,
        code: 'BAD_USER_INPUT',
        field,
      });
    }
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM forums WHERE agency_id = $1`, [world.agency.id]);
    expect(n).toBe(0);
  });

  it('keeps the wall-clock time across daylight-saving changes, refusing skipped times and taking the earlier of repeated ones', async () => {
    const world = await forumWorld(t);
    const year = DateTime.now().year + 1;
    // A March evening before the change, then moved to the same hour two days later (after it).
    const forum = await createForumOverApi(t, world, { start: `${year}-03-13T18:00`, end: `${year}-03-13T20:00` });
    expect(forum.startsAtLocal).toBe(`${year}-03-13T18:00`);
    await publish(t, forum.id, world.officer.token);
    const moved = await t.graphql.data(
      `mutation($id: ID!, $input: RescheduleForumInput!) { rescheduleForum(id: $id, input: $input) { ${FORUM_FIELDS} } }`,
      { id: forum.id, input: { start: `${year}-03-15T18:00`, end: `${year}-03-15T20:00` } },
      world.officer.token,
    );
    const after = moved.rescheduleForum;
    expect(after.startsAtLocal).toBe(`${year}-03-15T18:00`);
    expect(new Date(after.startsAt).getTime() - new Date(forum.startsAt).getTime()).toBe(47 * 3_600_000);
    expect(DateTime.fromISO(after.startsAt, { zone: ZONE }).offset).toBe(-300);
    expect(DateTime.fromISO(forum.startsAt, { zone: ZONE }).offset).toBe(-360);

    // An overnight vigil across the November change lasts an hour longer than the clocks say.
    const vigil = await createForumOverApi(t, world, {
      title: 'Overnight vigil',
      start: `${year}-11-06T22:00`,
      end: `${year}-11-07T03:00`,
    });
    expect([vigil.startsAtLocal, vigil.endsAtLocal]).toEqual([`${year}-11-06T22:00`, `${year}-11-07T03:00`]);
    expect(new Date(vigil.endsAt).getTime() - new Date(vigil.startsAt).getTime()).toBe(6 * 3_600_000);

    const ambiguous = await createForumOverApi(t, world, { title: 'Early', start: `${year}-11-07T01:30`, end: `${year}-11-07T01:45`, format: 'ONLINE', venueId: null, onlineUrl: 'https://meet.example/x' });
    expect(new Date(ambiguous.startsAt).toISOString()).toBe(DateTime.fromISO(`${year}-11-07T01:30`, { zone: 'UTC-5' }).toUTC().toISO());
  });

  it('an update may not clear what a forum always has, naming the field', async () => {
    const world = await forumWorld(t);
    const forum = await createForumOverApi(t, world);
    for (const field of ['title', 'type', 'format', 'visibility']) {
      const res = await t.graphql.request(`mutation($id: ID!) { updateForum(id: $id, input: { ${field}: null }) { id } }`, { id: forum.id }, { token: world.officer.token });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: `input.${field}` });
    }
    const venue = await t.graphql.request(`mutation($id: ID!) { updateVenue(id: $id, input: { name: null }) { id } }`, { id: world.venueId }, { token: world.officer.token });
    expect(venue.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
  });
});
