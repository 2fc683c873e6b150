import { StaffActor, StaffRole } from '@app/common';
import { ForumError, ForumSchedulingService } from '@app/forums';
import { TestApp, createTestApp, eventually, testConfig } from '@app/testing';
import { CREATE_FORUM, FORUM_FIELDS, createForumOverApi, forumInput, forumWorld, localIn, publish } from './support/forums';

const RESCHEDULE = `mutation($id: ID!, $input: RescheduleForumInput!) { rescheduleForum(id: $id, input: $input) { ${FORUM_FIELDS} } }`;

describe('Forum conflicts', () => {
  let t: TestApp;

  beforeAll(async () => {
    // Many officers sign in from one address in these tests.
    t = await createTestApp(testConfig({ LOGIN_RATE_LIMIT: '1000' }));
  });
  afterAll(() => t.close());

  it('refuses a venue booked for an overlapping forum, naming the other forum', async () => {
    const world = await forumWorld(t);
    const first = await createForumOverApi(t, world, { title: 'Budget listening session' });
    const clash = await t.graphql.request(
      CREATE_FORUM,
      { input: forumInput(world, { title: 'Youth night', start: localIn(10, 19), end: localIn(10, 21) }) },
      { token: world.officer.token },
    );
    const error = clash.errors?.[0];
    expect(error?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'FORUM_VENUE_CONFLICT',
      field: 'input.venueId',
      conflictingForumId: first.id,
      conflictingForumTitle: 'Budget listening session',
      // Enough for a screen to name the other forum in its own words and zone.
      venueName: 'Eastbrook Library',
      conflictingForumStartsAt: first.startsAt,
      conflictingForumTimeZone: 'America/Chicago',
    });
    expect(error?.message).toContain('Budget listening session');
    expect(error?.message).toContain(first.id);
    expect(error?.message).toContain('18:00');
    // Back to back is fine: the first ends as the second starts.
    await createForumOverApi(t, world, { title: 'Right after', start: localIn(10, 20), end: localIn(10, 21) });
  });

  it('refuses a host who is already hosting at that time, naming the other forum', async () => {
    const world = await forumWorld(t);
    const first = await createForumOverApi(t, world, { hostIds: [world.otherOfficer.user.id], format: 'ONLINE', venueId: null, onlineUrl: 'https://meet.example/a' });
    const clash = await t.graphql.request(
      CREATE_FORUM,
      { input: forumInput(world, { hostIds: [world.otherOfficer.user.id], format: 'ONLINE', venueId: null, onlineUrl: 'https://meet.example/b', start: localIn(10, 17), end: localIn(10, 19) }) },
      { token: world.officer.token },
    );
    expect(clash.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'FORUM_HOST_CONFLICT',
      field: 'input.hostIds',
      hostId: world.otherOfficer.user.id,
      hostName: world.otherOfficer.user.name,
      conflictingForumId: first.id,
      conflictingForumStartsAt: first.startsAt,
    });
    // Adding the host to another overlapping forum later is refused the same way.
    const other = await createForumOverApi(t, world, { format: 'ONLINE', venueId: null, onlineUrl: 'https://meet.example/c', start: localIn(10, 19), end: localIn(10, 20) });
    const addHost = await t.graphql.request(
      `mutation($id: ID!, $hosts: [ID!]) { updateForum(id: $id, input: { hostIds: $hosts }) { id } }`,
      { id: other.id, hosts: [world.otherOfficer.user.id] },
      { token: world.officer.token },
    );
    expect(addHost.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'FORUM_HOST_CONFLICT', conflictingForumId: first.id });
  });

  it('moving a forum to a venue taken at that time is refused, naming the other forum', async () => {
    const world = await forumWorld(t);
    const other = await t.graphql.data(`mutation { createVenue(input: { name: "Annex", address: "1 Side St" }) { id } }`, {}, world.officer.token);
    const there = await createForumOverApi(t, world, { title: 'At the annex', venueId: other.createVenue.id });
    const here = await createForumOverApi(t, world, { title: 'At the library' });
    const move = await t.graphql.request(
      `mutation($id: ID!, $venueId: ID) { updateForum(id: $id, input: { venueId: $venueId }) { id } }`,
      { id: here.id, venueId: other.createVenue.id },
      { token: world.officer.token },
    );
    expect(move.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.venueId', conflictingForumId: there.id });
  });

  it('rescheduling into a taken slot is refused; a cancelled forum no longer takes the slot', async () => {
    const world = await forumWorld(t);
    const a = await createForumOverApi(t, world, { title: 'A' });
    const b = await createForumOverApi(t, world, { title: 'B', start: localIn(11, 18), end: localIn(11, 20) });
    await publish(t, b.id, world.officer.token);
    const clash = await t.graphql.request(RESCHEDULE, { id: b.id, input: { start: localIn(10, 19), end: localIn(10, 20) } }, { token: world.officer.token });
    expect(clash.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', conflictingForumId: a.id, conflictingForumTitle: 'A' });
    const [unchanged] = await t.dataSource.query(`SELECT sequence FROM forums WHERE id = $1`, [b.id]);
    expect(unchanged.sequence).toBe(0);
    await t.graphql.data(`mutation($id: ID!) { cancelForum(id: $id, reason: "Clash") { id } }`, { id: a.id }, world.officer.token);
    const moved = await t.graphql.data(RESCHEDULE, { id: b.id, input: { start: localIn(10, 19), end: localIn(10, 20) } }, world.officer.token);
    expect(moved.rescheduleForum.sequence).toBe(1);
  });

  it('an explicit override with a reason books anyway, stores the reason and records it in the audit log', async () => {
    const world = await forumWorld(t);
    const first = await createForumOverApi(t, world, { title: 'Neighbourhood watch' });
    const second = await createForumOverApi(t, world, {
      title: 'Joint session',
      start: localIn(10, 19),
      end: localIn(10, 21),
      conflictOverride: { reason: 'Both groups meet together in the main hall' },
    });
    expect(second.conflictOverrideReason).toBe('Both groups meet together in the main hall');
    const [entry] = await t.dataSource.query(`SELECT summary, changes FROM audit_log WHERE entity_id = $1 AND action = 'forum.create'`, [second.id]);
    expect(entry.summary).toContain('Both groups meet together in the main hall');
    expect(entry.changes.conflictOverride).toEqual({ reason: 'Both groups meet together in the main hall', overridden: true });
    expect(first.id).not.toBe(second.id);
  });

  it('a reschedule into a taken slot with an override is allowed and audited with its reason', async () => {
    const world = await forumWorld(t);
    await createForumOverApi(t, world, { title: 'Fixed' });
    const mover = await createForumOverApi(t, world, { title: 'Mover', start: localIn(11, 18), end: localIn(11, 20) });
    await publish(t, mover.id, world.officer.token);
    const moved = await t.graphql.data(
      RESCHEDULE,
      { id: mover.id, input: { start: localIn(10, 18), end: localIn(10, 19), reason: 'Speaker only free then', conflictOverride: { reason: 'Sharing the hall, partitioned' } } },
      world.officer.token,
    );
    expect(moved.rescheduleForum).toMatchObject({ sequence: 1, conflictOverrideReason: 'Sharing the hall, partitioned' });
    const [entry] = await t.dataSource.query(`SELECT summary, changes FROM audit_log WHERE entity_id = $1 AND action = 'forum.reschedule'`, [mover.id]);
    expect(entry.summary).toContain('Sharing the hall, partitioned');
    expect(entry.changes.conflictOverride).toEqual({ reason: 'Sharing the hall, partitioned', overridden: true });
  });

  it('two officers booking the same venue slot at the same moment: exactly one succeeds, the other gets CONFLICT naming the winner', async () => {
    for (let round = 0; round < 5; round++) {
      const world = await forumWorld(t);
      const results = await Promise.all(
        [world.officer, world.otherOfficer].map((who, i) =>
          t.graphql.request(CREATE_FORUM, { input: forumInput(world, { title: `Booking ${round}-${i}`, start: localIn(20, 18), end: localIn(20, 20) }) }, { token: who.token }),
        ),
      );
      const won = results.filter((r) => r.data?.createForum);
      const lost = results.filter((r) => r.errors);
      expect([won.length, lost.length]).toEqual([1, 1]);
      expect(lost[0].errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', conflictingForumId: won[0].data?.createForum.id });
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM forums WHERE venue_id = $1`, [world.venueId]);
      expect(n).toBe(1);
    }
  });

  it('two bookings of the same host at the same moment: exactly one succeeds', async () => {
    for (let round = 0; round < 5; round++) {
      const world = await forumWorld(t);
      const results = await Promise.all(
        ['https://meet.example/1', 'https://meet.example/2'].map((onlineUrl, i) =>
          t.graphql.request(
            CREATE_FORUM,
            { input: forumInput(world, { title: `Host ${round}-${i}`, format: 'ONLINE', venueId: null, onlineUrl, hostIds: [world.otherOfficer.user.id] }) },
            { token: [world.officer, world.otherOfficer][i].token },
          ),
        ),
      );
      const won = results.filter((r) => r.data?.createForum);
      const lost = results.filter((r) => r.errors);
      expect([won.length, lost.length]).toEqual([1, 1]);
      expect(lost[0].errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'FORUM_HOST_CONFLICT', conflictingForumId: won[0].data?.createForum.id });
    }
  });

  it('the database itself refuses a double booking that skips the service', async () => {
    const world = await forumWorld(t);
    const forum = await createForumOverApi(t, world);
    await expect(
      t.dataSource.query(
        `INSERT INTO forums (agency_id, title, type, starts_at, ends_at, time_zone, format, venue_id) SELECT agency_id, 'Sneaky', type, starts_at, ends_at, time_zone, format, venue_id FROM forums WHERE id = $1`,
        [forum.id],
      ),
    ).rejects.toMatchObject({ driverError: { code: '23P01' } });
  });

  it('a booking that passed the check while a rival was still uncommitted is refused by the database and reported as the same CONFLICT', async () => {
    const world = await forumWorld(t);
    const scheduling = t.app.get(ForumSchedulingService);
    const actor: StaffActor = {
      kind: 'STAFF',
      userId: world.officer.user.id,
      agencyId: world.agency.id,
      role: StaffRole.LIAISON_OFFICER,
      sessionId: 'test',
      email: world.officer.user.email,
    };
    const rival = t.dataSource.createQueryRunner();
    await rival.connect();
    await rival.startTransaction();
    try {
      const held = await scheduling.createInManager(rival.manager, actor, forumInput(world, { title: 'Rival booking' }) as never);
      // The second booking cannot see the uncommitted rival, so it passes the check and waits on the constraint.
      const racing = scheduling.create(actor, forumInput(world, { title: 'Late booking' }) as never).catch((error) => error);
      const sawWait = await eventually(
        async () => {
          const [{ waiting }] = await t.dataSource.query(
            `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
          );
          if (waiting === 0) throw new Error('no session waits on a lock yet');
          return true;
        },
        { intervalMs: 25, timeoutMs: 10_000 },
      ).catch(() => false);
      expect(sawWait).toBe(true);
      await rival.commitTransaction();
      const error = await racing;
      expect(error).toBeInstanceOf(ForumError);
      expect(error.details).toMatchObject({ conflictingForumId: held.id, conflictingForumTitle: 'Rival booking' });
    } finally {
      await rival.release();
    }
  });
});
