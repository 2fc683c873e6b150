import { Clock, SettableClock, StaffRole } from '@app/common';
import { ForumStatus } from '@app/forums';
import { TestApp, createAgency, createForum, createSignedInStaff, createTestApp, testConfig } from '@app/testing';
import { seedFailedInvitation, seedImport, seedReplyNeedingReading } from './support/home-rows';

const DAY = 86_400_000;

/** The lists the console's home page reads in one query: each scoped to the agency and paginated. */
describe('Lists for the officer’s home page', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(testConfig({ LOGIN_RATE_LIMIT: '1000' }));
  });
  afterAll(() => t.close());

  async function world() {
    const agency = await createAgency(t.dataSource);
    const officer = await createSignedInStaff(t.dataSource, t.graphql, agency.id, StaffRole.LIAISON_OFFICER);
    const other = await createAgency(t.dataSource);
    const otherOfficer = await createSignedInStaff(t.dataSource, t.graphql, other.id, StaffRole.LIAISON_OFFICER);
    return { agency, officer, other, otherOfficer };
  }

  it('organisationImports filters by state (in progress: QUEUED and RUNNING) and kind, within the agency', async () => {
    const { agency, officer, other, otherOfficer } = await world();
    const running = await seedImport(t.dataSource, agency.id, officer.user.id, 'RUNNING', 40);
    const queued = await seedImport(t.dataSource, agency.id, officer.user.id, 'QUEUED', 0);
    const dry = await seedImport(t.dataSource, agency.id, officer.user.id, 'RUNNING', 10, true);
    await seedImport(t.dataSource, agency.id, officer.user.id, 'DONE', 100);
    await seedImport(t.dataSource, other.id, otherOfficer.user.id, 'RUNNING', 50);
    const query = `query($filter: OrganisationImportFilterInput, $first: Int) { organisationImports(filter: $filter, first: $first) {
      totalCount pageInfo { hasNextPage } edges { node { id status progress dryRun } } } }`;

    const inProgress = (await t.graphql.data(query, { filter: { status: ['QUEUED', 'RUNNING'] } }, officer.token)).organisationImports;
    expect(inProgress.totalCount).toBe(3);
    expect(inProgress.edges.map((e: any) => e.node.id).sort()).toEqual([running, queued, dry].sort());

    const realOnes = (await t.graphql.data(query, { filter: { status: ['QUEUED', 'RUNNING'], dryRun: false }, first: 1 }, officer.token)).organisationImports;
    expect(realOnes.totalCount).toBe(2);
    expect(realOnes.pageInfo.hasNextPage).toBe(true);

    const bad = await t.graphql.request(query, { filter: { status: ['SOMEWHERE'] } }, { token: officer.token });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('failedInvitations lists refused invitation emails across forums with the reason and the forum, newest first, only the agency’s', async () => {
    const { agency, officer, other } = await world();
    const forumA = await createForum(t.dataSource, agency.id, { title: 'Harbour listening session' });
    const forumB = await createForum(t.dataSource, agency.id, { title: 'Youth advisory board' });
    const first = await seedFailedInvitation(t.dataSource, agency.id, forumA.id, '550 Mailbox does not exist', 'Ada Bounce');
    const second = await seedFailedInvitation(t.dataSource, agency.id, forumB.id, '552 Mailbox full', 'Ben Bounce');
    const otherForum = await createForum(t.dataSource, other.id);
    await seedFailedInvitation(t.dataSource, other.id, otherForum.id, '550 elsewhere');
    await t.dataSource.query(`UPDATE invitations SET created_at = now() - interval '1 hour' WHERE id = $1`, [first.invitationId]);
    const query = `query($first: Int, $after: String, $forumId: ID) { failedInvitations(first: $first, after: $after, forumId: $forumId) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id contactName email delivery { status error } forum { id title } } } } }`;

    const page1 = (await t.graphql.data(query, { first: 1 }, officer.token)).failedInvitations;
    expect(page1.totalCount).toBe(2);
    expect(page1.edges[0].node).toMatchObject({
      id: second.invitationId,
      contactName: 'Ben Bounce',
      delivery: { status: 'FAILED', error: '552 Mailbox full' },
      forum: { id: forumB.id, title: 'Youth advisory board' },
    });
    const page2 = (await t.graphql.data(query, { first: 1, after: page1.pageInfo.endCursor }, officer.token)).failedInvitations;
    expect(page2.edges.map((e: any) => e.node.forum.title)).toEqual(['Harbour listening session']);
    expect(page2.pageInfo.hasNextPage).toBe(false);

    const oneForum = (await t.graphql.data(query, { forumId: forumA.id }, officer.token)).failedInvitations;
    expect(oneForum.edges.map((e: any) => e.node.contactName)).toEqual(['Ada Bounce']);
  });

  it('forums(filter: { awaitingReport: true }) lists published forums that have ended without a report', async () => {
    const { agency, officer } = await world();
    const ended = await createForum(t.dataSource, agency.id, { title: 'Ended, no report', startsAt: new Date(Date.now() - 3 * DAY) });
    await createForum(t.dataSource, agency.id, { title: 'Completed', startsAt: new Date(Date.now() - 4 * DAY), status: ForumStatus.COMPLETED, completedAt: new Date() });
    await createForum(t.dataSource, agency.id, { title: 'Cancelled', startsAt: new Date(Date.now() - 2 * DAY), status: ForumStatus.CANCELLED, cancelledAt: new Date(), cancelReason: 'Storm' });
    const stillOn = await createForum(t.dataSource, agency.id, { title: 'Still on', startsAt: new Date(Date.now() - 3_600_000), endsAt: new Date(Date.now() + 3_600_000) });
    await createForum(t.dataSource, agency.id, { title: 'Upcoming' });
    const awaiting = async () =>
      (await t.graphql.data(`{ forums(filter: { awaitingReport: true }) { totalCount edges { node { id title } } } }`, {}, officer.token)).forums.edges.map((e: any) => e.node.id);
    expect(await awaiting()).toEqual([ended.id]);
    // "Ended" is by the API's clock: two hours on, the forum still on has ended too.
    const clock = t.app.get(Clock) as SettableClock;
    clock.set(new Date(Date.now() + 2 * 3_600_000));
    try {
      expect(await awaiting()).toEqual([ended.id, stillOn.id]);
    } finally {
      clock.reset();
    }
  });

  it('replies needing reading and community concerns name their forum', async () => {
    const { agency, officer } = await world();
    const upcoming = await createForum(t.dataSource, agency.id, { title: 'Parks and lighting' });
    await seedReplyNeedingReading(t.dataSource, agency.id, upcoming.id, 'Re: invitation', 'Can I bring my neighbour?');
    const past = await createForum(t.dataSource, agency.id, { title: 'Traffic town hall', startsAt: new Date(Date.now() - 3 * DAY) });
    await t.graphql.data(
      `mutation($id: ID!) { completeForum(id: $id, input: { attendanceCount: 12, concerns: [{ topic: "speeding", description: "Cars race on Elm", priority: HIGH }] }) { id } }`,
      { id: past.id },
      officer.token,
    );
    const data = await t.graphql.data(
      `{ rsvpRepliesNeedingReading { totalCount edges { node { subject forum { id title } } } }
         communityConcerns { edges { node { topic forum { id title status } } } } }`,
      {},
      officer.token,
    );
    expect(data.rsvpRepliesNeedingReading.edges[0].node).toEqual({ subject: 'Re: invitation', forum: { id: upcoming.id, title: 'Parks and lighting' } });
    expect(data.communityConcerns.edges[0].node).toEqual({ topic: 'speeding', forum: { id: past.id, title: 'Traffic town hall', status: 'COMPLETED' } });
  });

  it('a venue needs at least one seat: capacity 0 is refused on the capacity field, an unknown capacity is left empty', async () => {
    const { officer } = await world();
    const zero = await t.graphql.request(`mutation { createVenue(input: { name: "Hall", address: "1 Main St", capacity: 0 }) { id } }`, {}, { token: officer.token });
    expect(zero.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.capacity' });
    const created = await t.graphql.data(`mutation { createVenue(input: { name: "Hall", address: "1 Main St" }) { id capacity } }`, {}, officer.token);
    expect(created.createVenue.capacity).toBeNull();
    const update = await t.graphql.request(`mutation($id: ID!) { updateVenue(id: $id, input: { capacity: 0 }) { id } }`, { id: created.createVenue.id }, { token: officer.token });
    expect(update.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.capacity' });
  });
});
