import { EventBus } from '@app/events';
import type { ForumChange } from '@app/forums';
import { TestApp, createForum, createTestApp, testConfig } from '@app/testing';
import { FORUM_FIELDS, createForumOverApi, forumWorld, localIn, publish } from './support/forums';

const RESCHEDULE = `mutation($id: ID!, $input: RescheduleForumInput!) { rescheduleForum(id: $id, input: $input) { ${FORUM_FIELDS} } }`;
const CANCEL = `mutation($id: ID!, $reason: String!) { cancelForum(id: $id, reason: $reason) { id status cancelReason } }`;
const COMPLETE = `mutation($id: ID!, $input: CompleteForumInput!) { completeForum(id: $id, input: $input) { id status } }`;
const HOUR = 3_600_000;

describe('Forum lifecycle', () => {
  let t: TestApp;
  let changes: ForumChange[];

  beforeAll(async () => {
    // Many officers sign in from one address in these tests.
    t = await createTestApp(testConfig({ LOGIN_RATE_LIMIT: '1000' }));
    // Watches what dependent features are told, while the real event bus still runs.
    const bus = t.app.get(EventBus);
    const publish = bus.publish.bind(bus);
    jest.spyOn(bus, 'publish').mockImplementation(async (name, payload, tx) => {
      if (name === 'forum.changed') changes.push(payload as ForumChange);
      return publish(name, payload, tx);
    });
  });
  beforeEach(() => {
    changes = [];
  });
  afterAll(() => t.close());

  it('goes DRAFT → PUBLISHED → CANCELLED with a reason, telling dependent features each step', async () => {
    const world = await forumWorld(t);
    const forum = await createForumOverApi(t, world);
    expect(await publish(t, forum.id, world.officer.token)).toEqual({ id: forum.id, status: 'PUBLISHED' });
    const cancelled = await t.graphql.data(CANCEL, { id: forum.id, reason: 'Venue flooded' }, world.officer.token);
    expect(cancelled.cancelForum).toEqual({ id: forum.id, status: 'CANCELLED', cancelReason: 'Venue flooded' });
    expect(changes.map((c) => [c.kind, c.forum.id])).toEqual([
      ['PUBLISHED', forum.id],
      ['CANCELLED', forum.id],
    ]);
    const actions = await t.dataSource.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY created_at`, [forum.id]);
    expect(actions.map((a: { action: string }) => a.action)).toEqual(['forum.create', 'forum.publish', 'forum.cancel']);
  });

  it('a draft may be cancelled too', async () => {
    const world = await forumWorld(t);
    const forum = await createForumOverApi(t, world);
    const cancelled = await t.graphql.data(CANCEL, { id: forum.id, reason: 'Merged with the March forum' }, world.officer.token);
    expect(cancelled.cancelForum.status).toBe('CANCELLED');
  });

  it('refuses invalid transitions with CONFLICT naming the current state', async () => {
    const world = await forumWorld(t);
    const forum = await createForumOverApi(t, world);
    await t.graphql.data(CANCEL, { id: forum.id, reason: 'Not needed' }, world.officer.token);
    const attempts = [
      t.graphql.request(`mutation($id: ID!) { publishForum(id: $id) { id } }`, { id: forum.id }, { token: world.officer.token }),
      t.graphql.request(CANCEL, { id: forum.id, reason: 'again' }, { token: world.officer.token }),
      t.graphql.request(COMPLETE, { id: forum.id, input: { attendanceCount: 3 } }, { token: world.officer.token }),
      t.graphql.request(RESCHEDULE, { id: forum.id, input: { start: localIn(20, 18), end: localIn(20, 19) } }, { token: world.officer.token }),
      t.graphql.request(`mutation($id: ID!) { updateForum(id: $id, input: { title: "x" }) { id } }`, { id: forum.id }, { token: world.officer.token }),
    ];
    for (const res of await Promise.all(attempts)) {
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'FORUM_INVALID_TRANSITION', currentStatus: 'CANCELLED' });
      expect(res.errors?.[0].message).toContain('CANCELLED');
    }
    const draft = await createForumOverApi(t, world, { start: localIn(30, 18), end: localIn(30, 20) });
    const completeDraft = await t.graphql.request(COMPLETE, { id: draft.id, input: { attendanceCount: 3 } }, { token: world.officer.token });
    expect(completeDraft.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentStatus: 'DRAFT' });
    await publish(t, draft.id, world.officer.token);
    const republish = await t.graphql.request(`mutation($id: ID!) { publishForum(id: $id) { id } }`, { id: draft.id }, { token: world.officer.token });
    expect(republish.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentStatus: 'PUBLISHED' });
    expect(changes.filter((c) => c.kind === 'CANCELLED')).toHaveLength(1);
  });

  it('rescheduling a published forum keeps its id, raises its sequence and keeps the earlier times', async () => {
    const world = await forumWorld(t);
    const forum = await createForumOverApi(t, world);
    await publish(t, forum.id, world.officer.token);
    const first = (await t.graphql.data(RESCHEDULE, { id: forum.id, input: { start: localIn(12, 17), end: localIn(12, 19), reason: 'Room clash' } }, world.officer.token))
      .rescheduleForum;
    const second = (await t.graphql.data(RESCHEDULE, { id: forum.id, input: { start: localIn(14, 17), end: localIn(14, 19) } }, world.officer.token)).rescheduleForum;
    expect(second.id).toBe(forum.id);
    expect(first.sequence).toBe(1);
    expect(second.sequence).toBe(2);
    expect(second.startsAtLocal).toBe(localIn(14, 17));
    expect(second.scheduleHistory).toEqual([
      { sequence: 0, previousStartsAt: forum.startsAt, previousEndsAt: forum.endsAt, previousTimeZone: 'America/Chicago', reason: 'Room clash' },
      { sequence: 1, previousStartsAt: first.startsAt, previousEndsAt: first.endsAt, previousTimeZone: 'America/Chicago', reason: null },
    ]);
    const rescheduled = changes.filter((c) => c.kind === 'RESCHEDULED');
    expect(rescheduled).toHaveLength(2);
    expect(rescheduled[0]).toMatchObject({ previous: { startsAt: new Date(forum.startsAt), endsAt: new Date(forum.endsAt), sequence: 0 } });
  });

  it('rescheduling a draft moves it without history or sequence', async () => {
    const world = await forumWorld(t);
    const forum = await createForumOverApi(t, world);
    const moved = (await t.graphql.data(RESCHEDULE, { id: forum.id, input: { start: localIn(11, 9), end: localIn(11, 10) } }, world.officer.token)).rescheduleForum;
    expect([moved.sequence, moved.scheduleHistory, moved.startsAtLocal]).toEqual([0, [], localIn(11, 9)]);
    expect(changes.map((c) => c.kind)).toEqual(['UPDATED']);
  });

  it('only a forum that has not started may be rescheduled, and not into the past', async () => {
    const world = await forumWorld(t);
    const started = await createForum(t.dataSource, world.agency.id, { startsAt: new Date(Date.now() - HOUR), venueId: world.venueId });
    const late = await t.graphql.request(RESCHEDULE, { id: started.id, input: { start: localIn(5, 18), end: localIn(5, 19) } }, { token: world.officer.token });
    expect(late.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'FORUM_ALREADY_STARTED' });
    const forum = await createForumOverApi(t, world);
    const past = await t.graphql.request(RESCHEDULE, { id: forum.id, input: { start: localIn(-2, 18), end: localIn(-2, 19) } }, { token: world.officer.token });
    expect(past.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.start' });
  });

  it('completing requires the forum to have started, and records the report', async () => {
    const world = await forumWorld(t);
    const upcoming = await createForumOverApi(t, world);
    await publish(t, upcoming.id, world.officer.token);
    const early = await t.graphql.request(COMPLETE, { id: upcoming.id, input: { attendanceCount: 10 } }, { token: world.officer.token });
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'FORUM_NOT_STARTED', currentStatus: 'PUBLISHED' });

    const held = await createForum(t.dataSource, world.agency.id, { startsAt: new Date(Date.now() - 3 * HOUR), venueId: world.venueId });
    const [org] = await t.dataSource.query(
      `INSERT INTO organisations (agency_id, name, type) VALUES ($1, 'Eastbrook Tenants Union', 'NEIGHBOURHOOD_ASSOCIATION') RETURNING id`,
      [world.agency.id],
    );
    const done = await t.graphql.data(
      COMPLETE,
      {
        id: held.id,
        input: {
          attendanceCount: 42,
          organisationIds: [org.id],
          summary: 'Well attended.',
          minutes: '18:00 welcome; 18:10 open floor',
          concerns: [
            { topic: 'Traffic Safety', neighbourhood: 'Eastbrook', description: 'Speeding on Elm St near the school', priority: 'HIGH' },
            { topic: 'lighting', description: 'Dark underpass on 5th', priority: 'MEDIUM' },
          ],
        },
      },
      world.officer.token,
    );
    expect(done.completeForum.status).toBe('COMPLETED');
    const read = await t.graphql.data(
      `query($id: ID!) { forum(id: $id) { status report { attendanceCount summary minutes representedOrganisations { id name } } concerns { topic neighbourhood priority description } } }`,
      { id: held.id },
      world.analyst.token,
    );
    expect(read.forum).toEqual({
      status: 'COMPLETED',
      report: { attendanceCount: 42, summary: 'Well attended.', minutes: '18:00 welcome; 18:10 open floor', representedOrganisations: [{ id: org.id, name: 'Eastbrook Tenants Union' }] },
      concerns: [
        { topic: 'traffic safety', neighbourhood: 'Eastbrook', priority: 'HIGH', description: 'Speeding on Elm St near the school' },
        { topic: 'lighting', neighbourhood: null, priority: 'MEDIUM', description: 'Dark underpass on 5th' },
      ],
    });
    expect(changes.map((c) => c.kind)).toEqual(['PUBLISHED', 'COMPLETED']);
  });

  it('refuses a report naming unknown organisations or neighbourhoods, and completes nothing', async () => {
    const world = await forumWorld(t);
    const held = await createForum(t.dataSource, world.agency.id, { startsAt: new Date(Date.now() - 3 * HOUR), venueId: world.venueId });
    const otherAgencyOrg = await t.dataSource.query(
      `INSERT INTO organisations (agency_id, name, type) SELECT id, 'Elsewhere NGO', 'NGO' FROM agencies WHERE id <> $1 LIMIT 1 RETURNING id`,
      [world.agency.id],
    );
    const badOrg = await t.graphql.request(COMPLETE, { id: held.id, input: { attendanceCount: 5, organisationIds: [otherAgencyOrg[0].id] } }, { token: world.officer.token });
    expect(badOrg.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.organisationIds' });
    const badPlace = await t.graphql.request(
      COMPLETE,
      { id: held.id, input: { attendanceCount: 5, concerns: [{ topic: 'noise', neighbourhood: 'Atlantis', description: 'Loud', priority: 'LOW' }] } },
      { token: world.officer.token },
    );
    expect(badPlace.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.concerns.0.neighbourhood' });
    const negative = await t.graphql.request(COMPLETE, { id: held.id, input: { attendanceCount: -1 } }, { token: world.officer.token });
    expect(negative.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.attendanceCount' });
    const [row] = await t.dataSource.query(`SELECT status FROM forums WHERE id = $1`, [held.id]);
    expect(row.status).toBe('PUBLISHED');
  });

  it('editing a forum tells dependent features which fields changed, and is audited', async () => {
    const world = await forumWorld(t);
    const forum = await createForumOverApi(t, world);
    await publish(t, forum.id, world.officer.token);
    changes = [];
    await t.graphql.data(
      `mutation($id: ID!) { updateForum(id: $id, input: { title: "Eastbrook town hall (new title)", signLanguage: true, hostIds: [] }) { id } }`,
      { id: forum.id },
      world.officer.token,
    );
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ kind: 'UPDATED' });
    expect(changes[0].kind === 'UPDATED' && changes[0].fields.sort()).toEqual(['signLanguage', 'title']);
    const [entry] = await t.dataSource.query(`SELECT changes FROM audit_log WHERE entity_id = $1 AND action = 'forum.update'`, [forum.id]);
    expect(entry.changes.title).toEqual({ from: 'Eastbrook town hall', to: 'Eastbrook town hall (new title)' });
  });
});
