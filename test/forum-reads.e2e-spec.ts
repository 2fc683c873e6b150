import { StaffRole } from '@app/common';
import { TestApp, createAgency, createForum, createSignedInStaff, createStaff, createTestApp, createVenue, testConfig } from '@app/testing';
import { countQueries as countQueriesOf } from './support/query-count';
import { CREATE_FORUM, createForumOverApi, forumInput, forumWorld, localIn } from './support/forums';

const DAY = 86_400_000;

describe('Reading forums, venues and concerns', () => {
  let t: TestApp;

  beforeAll(async () => {
    // Many officers sign in from one address in these tests.
    t = await createTestApp(testConfig({ LOGIN_RATE_LIMIT: '1000' }));
  });
  afterAll(() => t.close());

  const countQueries = (query: string, variables: Record<string, unknown>, token: string) => countQueriesOf(t, query, variables, token);

  it('a page of 50 forums with venue, capacity, hosts, agenda, history and RSVP counts costs as many queries as a page of 5', async () => {
    const agency = await createAgency(t.dataSource);
    const analyst = await createSignedInStaff(t.dataSource, t.graphql, agency.id, StaffRole.ANALYST);
    const hosts = await Promise.all([0, 1, 2].map(() => createStaff(t.dataSource, agency.id, StaffRole.LIAISON_OFFICER)));
    for (let i = 0; i < 55; i++) {
      const forum = await createForum(
        t.dataSource,
        agency.id,
        { startsAt: new Date(Date.now() + (i + 1) * DAY), agenda: [{ title: 'Welcome', durationMinutes: 10 }], sequence: 1 },
        [hosts[i % 3].id],
      );
      await t.dataSource.query(
        `INSERT INTO forum_schedule_changes (forum_id, agency_id, sequence, previous_starts_at, previous_ends_at, previous_time_zone) VALUES ($1, $2, 0, $3, $4, 'America/Chicago')`,
        [forum.id, agency.id, new Date(forum.startsAt.getTime() - DAY), new Date(forum.endsAt.getTime() - DAY)],
      );
    }
    const query = `query($first: Int) { forums(first: $first) { totalCount edges { node {
      id title startsAtLocal capacity venue { id name capacity } hosts { id name } agenda { title durationMinutes }
      scheduleHistory { sequence previousStartsAt } report { attendanceCount } concerns { id } rsvpCounts { invited attending headcount } } } } }`;
    const [first] = await t.dataSource.query(`SELECT id FROM forums WHERE agency_id = $1 ORDER BY starts_at LIMIT 1`, [agency.id]);
    const [contact] = await t.dataSource.query(`INSERT INTO contacts (agency_id, name, email) VALUES ($1, 'Ana', $2) RETURNING id`, [agency.id, `ana-${agency.id}@partner.example`]);
    await t.dataSource.query(
      `INSERT INTO invitations (agency_id, forum_id, contact_id, token_hash, token_sealed, response, party_size) VALUES ($1, $2, $3, $4, 'x', 'ATTENDING', 3)`,
      [agency.id, first.id, contact.id, `hash-${first.id}`],
    );
    const small = await countQueries(query, { first: 5 }, analyst.token);
    const large = await countQueries(query, { first: 50 }, analyst.token);
    expect(small.data.forums.edges).toHaveLength(5);
    expect(large.data.forums.edges).toHaveLength(50);
    expect(large.data.forums.edges.every((e: any) => e.node.venue && e.node.hosts.length === 1 && e.node.scheduleHistory.length === 1)).toBe(true);
    expect(large.data.forums.edges[0].node.rsvpCounts).toEqual({ invited: 1, attending: 1, headcount: 3 });
    expect(large.data.forums.edges[1].node.rsvpCounts).toEqual({ invited: 0, attending: 0, headcount: 0 });
    expect(small.queries).toBeGreaterThan(3);
    expect(large.queries).toBe(small.queries);
  });

  it('lists forums soonest first with cursor pages, filtered by date range, type, status, neighbourhood, topic, host and text', async () => {
    const world = await forumWorld(t);
    const mk = (days: number, overrides: Record<string, unknown>) =>
      createForumOverApi(t, world, { start: localIn(days, 18), end: localIn(days, 19), format: 'ONLINE', venueId: null, onlineUrl: 'https://meet.example/f', ...overrides });
    const c = await mk(30, { title: 'Cedar budget talk', type: 'COMMUNITY_FORUM', topics: ['budget'] });
    const a = await mk(5, { title: 'Old Town safety walk', neighbourhood: 'Old Town', topics: ['traffic safety'], hostIds: [world.otherOfficer.user.id] });
    const b = await mk(12, { title: 'Listening session', type: 'LISTENING_SESSION', description: 'About hate crime reporting', topics: ['Hate Crime'] });
    await t.graphql.data(`mutation($id: ID!) { publishForum(id: $id) { id } }`, { id: b.id }, world.officer.token);
    const ids = async (filter: Record<string, unknown>, first = 20, after?: string) => {
      const res = await t.graphql.data(
        `query($filter: ForumFilterInput, $first: Int, $after: String) { forums(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
        { filter, first, after },
        world.analyst.token,
      );
      return res.forums;
    };
    expect((await ids({})).edges.map((e: any) => e.node.id)).toEqual([a.id, b.id, c.id]);
    const page1 = await ids({}, 2);
    const page2 = await ids({}, 2, page1.pageInfo.endCursor);
    expect([page1.pageInfo.hasNextPage, page1.totalCount, page2.edges.map((e: any) => e.node.id)]).toEqual([true, 3, [c.id]]);
    const only = async (filter: Record<string, unknown>) => (await ids(filter)).edges.map((e: any) => e.node.id);
    expect(await only({ from: new Date(Date.now() + 10 * DAY).toISOString(), to: new Date(Date.now() + 20 * DAY).toISOString() })).toEqual([b.id]);
    expect(await only({ type: 'COMMUNITY_FORUM' })).toEqual([c.id]);
    expect(await only({ status: 'PUBLISHED' })).toEqual([b.id]);
    expect(await only({ neighbourhood: 'Old Town' })).toEqual([a.id]);
    expect(await only({ topic: 'hate crime' })).toEqual([b.id]);
    expect(await only({ hostId: world.otherOfficer.user.id })).toEqual([a.id]);
    expect(await only({ text: 'HATE CRIME' })).toEqual([b.id]);
    expect(await only({ text: 'budget' })).toEqual([c.id]);
  });

  it('venues: create with accessibility features and coordinates, search, archive, unarchive; coordinates come in pairs', async () => {
    const world = await forumWorld(t);
    const created = await t.graphql.data(
      `mutation { createVenue(input: { name: "Harbor Rec Center", address: "400 Pier Rd", capacity: 150, accessibilityFeatures: [HEARING_LOOP, PARKING], latitude: 41.88, longitude: -87.62, notes: "Side door after 6pm" }) { id name capacity accessibilityFeatures latitude longitude archivedAt } }`,
      {},
      world.officer.token,
    );
    const venue = created.createVenue;
    expect(venue).toMatchObject({ capacity: 150, accessibilityFeatures: ['HEARING_LOOP', 'PARKING'], latitude: 41.88, longitude: -87.62, archivedAt: null });
    const half = await t.graphql.request(`mutation { createVenue(input: { name: "X", address: "Y", latitude: 41.1 }) { id } }`, {}, { token: world.officer.token });
    expect(half.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.longitude' });
    const halfUpdate = await t.graphql.request(`mutation($id: ID!) { updateVenue(id: $id, input: { latitude: null }) { id } }`, { id: venue.id }, { token: world.officer.token });
    expect(halfUpdate.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.latitude' });
    const negative = await t.graphql.request(`mutation { createVenue(input: { name: "X", address: "Y", capacity: -3 }) { id } }`, {}, { token: world.officer.token });
    expect(negative.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.capacity' });

    const search = async (filter: Record<string, unknown>) =>
      (await t.graphql.data(`query($filter: VenueFilterInput) { venues(filter: $filter) { edges { node { id } } } }`, { filter }, world.analyst.token)).venues.edges.map(
        (e: any) => e.node.id,
      );
    expect(await search({ text: 'pier' })).toEqual([venue.id]);
    await t.graphql.data(`mutation($id: ID!) { archiveVenue(id: $id) { archivedAt } }`, { id: venue.id }, world.officer.token);
    expect(await search({ text: 'pier' })).toEqual([]);
    expect(await search({ text: 'pier', includeArchived: true })).toEqual([venue.id]);
    const booking = await t.graphql.request(CREATE_FORUM, { input: forumInput(world, { venueId: venue.id }) }, { token: world.officer.token });
    expect(booking.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.venueId', reason: 'VENUE_ARCHIVED' });
    await t.graphql.data(`mutation($id: ID!) { unarchiveVenue(id: $id) { archivedAt } }`, { id: venue.id }, world.officer.token);
    expect(await search({ text: 'harbor' })).toEqual([venue.id]);
  });

  it('a venue in use cannot be deleted (CONFLICT: archive it); an unused one can', async () => {
    const world = await forumWorld(t);
    await createForumOverApi(t, world);
    const refused = await t.graphql.request(`mutation($id: ID!) { deleteVenue(id: $id) { id } }`, { id: world.venueId }, { token: world.officer.token });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'VENUE_IN_USE' });
    expect(refused.errors?.[0].message).toContain('archive');
    const unused = await createVenue(t.dataSource, world.agency.id);
    await t.graphql.data(`mutation($id: ID!) { deleteVenue(id: $id) { id } }`, { id: unused.id }, world.officer.token);
    expect(await t.dataSource.query(`SELECT id FROM venues WHERE id = $1`, [unused.id])).toEqual([]);
  });

  it("agency B can neither read nor change agency A's forums and venues, even by id", async () => {
    const world = await forumWorld(t);
    const forum = await createForumOverApi(t, world);
    const agencyB = await createAgency(t.dataSource);
    const officerB = await createSignedInStaff(t.dataSource, t.graphql, agencyB.id, StaffRole.LIAISON_OFFICER);
    const attempts: [string, Record<string, unknown>][] = [
      [`query($id: ID!) { forum(id: $id) { id } }`, { id: forum.id }],
      [`query($id: ID!) { venue(id: $id) { id } }`, { id: world.venueId }],
      [`mutation($id: ID!) { updateForum(id: $id, input: { title: "Mine" }) { id } }`, { id: forum.id }],
      [`mutation($id: ID!) { publishForum(id: $id) { id } }`, { id: forum.id }],
      [`mutation($id: ID!) { cancelForum(id: $id, reason: "x") { id } }`, { id: forum.id }],
      [`mutation($id: ID!) { rescheduleForum(id: $id, input: { start: "${localIn(40, 18)}", end: "${localIn(40, 19)}" }) { id } }`, { id: forum.id }],
      [`mutation($id: ID!) { updateVenue(id: $id, input: { name: "Mine" }) { id } }`, { id: world.venueId }],
      [`mutation($id: ID!) { archiveVenue(id: $id) { id } }`, { id: world.venueId }],
      [`mutation($id: ID!) { deleteVenue(id: $id) { id } }`, { id: world.venueId }],
    ];
    for (const [query, variables] of attempts) {
      const res = await t.graphql.request(query, variables, { token: officerB.token });
      expect({ query, code: res.errors?.[0].extensions?.code }).toEqual({ query, code: 'NOT_FOUND' });
    }
    const useVenue = await t.graphql.request(CREATE_FORUM, { input: { ...forumInput(world), title: 'B at A venue' } }, { token: officerB.token });
    expect(useVenue.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.venueId' });
    const hostA = await t.graphql.request(
      CREATE_FORUM,
      { input: { ...forumInput(world), venueId: null, format: 'ONLINE', onlineUrl: 'https://meet.example/b', hostIds: [world.officer.user.id] } },
      { token: officerB.token },
    );
    expect(hostA.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.hostIds' });
    const lists = await t.graphql.data(`{ forums { totalCount } venues { totalCount } communityConcerns { totalCount } }`, {}, officerB.token);
    expect(lists).toEqual({ forums: { totalCount: 0 }, venues: { totalCount: 0 }, communityConcerns: { totalCount: 0 } });
    const [row] = await t.dataSource.query(`SELECT title, status FROM forums WHERE id = $1`, [forum.id]);
    expect(row).toEqual({ title: forum.title, status: 'DRAFT' });
  });

  it('analysts read forums, venues and concerns but cannot write', async () => {
    const world = await forumWorld(t);
    const forum = await createForumOverApi(t, world);
    const writes: [string, Record<string, unknown>][] = [
      [CREATE_FORUM, { input: forumInput(world) }],
      [`mutation($id: ID!) { updateForum(id: $id, input: { title: "x" }) { id } }`, { id: forum.id }],
      [`mutation($id: ID!) { publishForum(id: $id) { id } }`, { id: forum.id }],
      [`mutation($id: ID!) { cancelForum(id: $id, reason: "x") { id } }`, { id: forum.id }],
      [`mutation($id: ID!) { completeForum(id: $id, input: { attendanceCount: 1 }) { id } }`, { id: forum.id }],
      [`mutation($id: ID!) { rescheduleForum(id: $id, input: { start: "${localIn(40, 18)}", end: "${localIn(40, 19)}" }) { id } }`, { id: forum.id }],
      [`mutation { createVenue(input: { name: "X", address: "Y" }) { id } }`, {}],
      [`mutation($id: ID!) { archiveVenue(id: $id) { id } }`, { id: world.venueId }],
      [`mutation($id: ID!) { deleteVenue(id: $id) { id } }`, { id: world.venueId }],
    ];
    for (const [query, variables] of writes) {
      const res = await t.graphql.request(query, variables, { token: world.analyst.token });
      expect({ query, code: res.errors?.[0].extensions?.code }).toEqual({ query, code: 'FORBIDDEN' });
    }
    const read = await t.graphql.data(`query($id: ID!) { forum(id: $id) { id } venues { totalCount } communityConcerns { totalCount } }`, { id: forum.id }, world.analyst.token);
    expect(read.forum.id).toBe(forum.id);
  });

  it('community concerns are listed across forums, filtered by topic, neighbourhood, priority, forum, date range and text', async () => {
    const world = await forumWorld(t);
    const complete = async (daysAgo: number, concerns: Record<string, unknown>[]) => {
      const forum = await createForum(t.dataSource, world.agency.id, { startsAt: new Date(Date.now() - daysAgo * DAY), venueId: world.venueId });
      await t.graphql.data(
        `mutation($id: ID!, $input: CompleteForumInput!) { completeForum(id: $id, input: $input) { id } }`,
        { id: forum.id, input: { attendanceCount: 20, concerns } },
        world.officer.token,
      );
      return forum;
    };
    const older = await complete(40, [
      { topic: 'Traffic safety', neighbourhood: 'Eastbrook', description: 'Speeding on Elm St', priority: 'HIGH' },
      { topic: 'Lighting', neighbourhood: 'Old Town', description: 'Broken streetlights on Pine', priority: 'LOW' },
    ]);
    const recent = await complete(3, [{ topic: 'traffic safety', neighbourhood: 'Eastbrook', description: 'Speeding again near the school', priority: 'URGENT' }]);
    const list = async (filter: Record<string, unknown>) =>
      (
        await t.graphql.data(
          `query($filter: CommunityConcernFilterInput) { communityConcerns(filter: $filter) { totalCount edges { node { description forumId topic } } } }`,
          { filter },
          world.analyst.token,
        )
      ).communityConcerns.edges.map((e: any) => e.node.description);
    expect(await list({})).toEqual(['Speeding again near the school', expect.any(String), expect.any(String)]);
    expect(await list({ topic: 'TRAFFIC SAFETY' })).toEqual(['Speeding again near the school', 'Speeding on Elm St']);
    expect(await list({ neighbourhood: 'Old Town' })).toEqual(['Broken streetlights on Pine']);
    expect(await list({ priority: 'URGENT' })).toEqual(['Speeding again near the school']);
    expect(await list({ forumId: older.id, text: 'elm' })).toEqual(['Speeding on Elm St']);
    expect(await list({ from: new Date(Date.now() - 10 * DAY).toISOString(), to: new Date().toISOString() })).toEqual(['Speeding again near the school']);
    expect(recent.id).not.toBe(older.id);
  });
});
