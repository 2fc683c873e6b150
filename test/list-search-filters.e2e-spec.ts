import { StaffRole } from '@app/common';
import { ConcernPriority, ForumStatus, ForumType } from '@app/forums';
import { OrganisationStatus, OrganisationType } from '@app/partners';
import { StaffStatus } from '@app/staff';
import { TestApp, createAgency, createForum, createOrganisation, createSignedInStaff, createStaff, createTestApp, createVenue, testConfig } from '@app/testing';

/**
 * Every list with a text search, searched and filtered at once: the text search must
 * combine with each of the list's other filters (and with all of them together).
 */
describe('Text search combined with the other filters of a list', () => {
  let t: TestApp;
  let token: string;
  let agencyId: string;
  let hostId: string;

  beforeAll(async () => {
    t = await createTestApp(testConfig());
    const agency = await createAgency(t.dataSource);
    agencyId = agency.id;
    const officer = await createSignedInStaff(t.dataSource, t.graphql, agencyId, StaffRole.LIAISON_OFFICER);
    token = officer.token;
    hostId = officer.user.id;
  });
  afterAll(() => t.close());

  async function names(field: string, filter: Record<string, unknown>, nameField: string): Promise<string[]> {
    const res = await t.graphql.request(
      `query($filter: ${filterType(field)}) { ${field}(filter: $filter, first: 100) { edges { node { ${nameField} } } } }`,
      { filter },
      { token },
    );
    expect(res.errors).toBeUndefined();
    return res.data![field].edges.map((e: { node: Record<string, string> }) => e.node[nameField]).sort();
  }

  function filterType(field: string): string {
    return { organisations: 'OrganisationFilterInput', forums: 'ForumFilterInput', venues: 'VenueFilterInput', communityConcerns: 'CommunityConcernFilterInput', staffUsers: 'StaffFilterInput' }[field]!;
  }

  /** Each filter alone beside the text, then all of them together. */
  function combinations(filters: Record<string, unknown>): Record<string, unknown>[] {
    return [...Object.entries(filters).map(([key, value]) => ({ [key]: value })), filters];
  }

  it('organisations: text with type, status, focus area and neighbourhood', async () => {
    await createOrganisation(t.dataSource, agencyId, {
      name: 'Old Town Alliance',
      type: OrganisationType.NGO,
      focusAreas: ['youth safety'],
      neighbourhoods: ['Old Town'],
    });
    await createOrganisation(t.dataSource, agencyId, { name: 'Old Town Archive', type: OrganisationType.BUSINESS_ASSOCIATION, status: OrganisationStatus.ARCHIVED });
    await createOrganisation(t.dataSource, agencyId, { name: 'Northgate Allies', neighbourhoods: ['Northgate'] });
    for (const filter of combinations({ type: 'NGO', status: 'ACTIVE', focusArea: 'Youth Safety', neighbourhood: 'Old Town' })) {
      expect(await names('organisations', { text: 'old town a', ...filter }, 'name')).toEqual(['Old Town Alliance']);
    }
  });

  it('forums: text with dates, type, status, neighbourhood, topic and host', async () => {
    const startsAt = new Date(Date.now() + 10 * 24 * 3_600_000);
    const wanted = { startsAt, type: ForumType.LISTENING_SESSION, neighbourhood: 'Eastbrook', topics: ['noise'] };
    await createForum(t.dataSource, agencyId, { ...wanted, title: 'Eastbrook noise listening session' }, [hostId]);
    await createForum(t.dataSource, agencyId, { ...wanted, title: 'Eastbrook noise, draft', status: ForumStatus.DRAFT });
    await createForum(t.dataSource, agencyId, { title: 'Eastbrook noise, elsewhere', startsAt: new Date(startsAt.getTime() + 3_600_000), neighbourhood: 'Old Town' });
    const filters = {
      from: new Date(startsAt.getTime() - 60_000).toISOString(),
      to: new Date(startsAt.getTime() + 60_000).toISOString(),
      type: 'LISTENING_SESSION',
      status: 'PUBLISHED',
      neighbourhood: 'Eastbrook',
      topic: 'Noise',
      hostId,
    };
    for (const filter of combinations(filters)) {
      expect(await names('forums', { text: 'noise', ...filter }, 'title')).toContain('Eastbrook noise listening session');
    }
    expect(await names('forums', { text: 'noise', ...filters }, 'title')).toEqual(['Eastbrook noise listening session']);
  });

  it('venues: text with archived ones included', async () => {
    await createVenue(t.dataSource, agencyId, { name: 'Cedar Hall', address: '5 Cedar Road' });
    await createVenue(t.dataSource, agencyId, { name: 'Cedar Annex', address: '7 Cedar Road', archivedAt: new Date() });
    expect(await names('venues', { text: 'cedar', includeArchived: true }, 'name')).toEqual(['Cedar Annex', 'Cedar Hall']);
    expect(await names('venues', { text: 'cedar', includeArchived: false }, 'name')).toEqual(['Cedar Hall']);
  });

  it('staff: text in the name or email with role and status (the hosts picker)', async () => {
    await createStaff(t.dataSource, agencyId, StaffRole.LIAISON_OFFICER, { name: 'Dana Okafor' });
    await createStaff(t.dataSource, agencyId, StaffRole.ADMIN, { name: 'Sam Reyes', email: `okafor-admin-${Date.now()}@test.example` });
    await createStaff(t.dataSource, agencyId, StaffRole.LIAISON_OFFICER, { name: 'Lee Okafor', status: StaffStatus.DEACTIVATED });
    expect(await names('staffUsers', { text: 'OKAFOR' }, 'name')).toEqual(['Dana Okafor', 'Lee Okafor', 'Sam Reyes']);
    for (const filter of combinations({ role: 'LIAISON_OFFICER', status: 'ACTIVE' })) {
      expect(await names('staffUsers', { text: 'okafor', ...filter }, 'name')).toEqual(
        filter.role && filter.status ? ['Dana Okafor'] : filter.role ? ['Dana Okafor', 'Lee Okafor'] : ['Dana Okafor', 'Sam Reyes'],
      );
    }
  });

  it('community concerns: text with topic, neighbourhood, priority, forum and dates', async () => {
    const forum = await createForum(t.dataSource, agencyId, { status: ForumStatus.COMPLETED });
    const raisedAt = new Date('2026-02-03T18:00:00Z');
    await t.dataSource.query(
      `INSERT INTO community_concerns (agency_id, forum_id, raised_at, topic, neighbourhood, description, priority)
       VALUES ($1, $2, $3, 'parking', 'Northgate', $4, $5), ($1, $2, $3, 'parking', 'Northgate', $6, $7)`,
      [agencyId, forum.id, raisedAt, 'Lorries parked on the school run', ConcernPriority.HIGH, 'Lorries parked overnight', ConcernPriority.LOW],
    );
    const filters = {
      topic: 'Parking',
      neighbourhood: 'Northgate',
      priority: 'HIGH',
      forumId: forum.id,
      from: '2026-02-03T00:00:00Z',
      to: '2026-02-04T00:00:00Z',
    };
    for (const filter of combinations(filters)) {
      expect(await names('communityConcerns', { text: 'school', ...filter }, 'description')).toEqual(['Lorries parked on the school run']);
    }
  });
});
