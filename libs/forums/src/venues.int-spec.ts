import { DomainError, StaffActor } from '@app/common';
import { LibTestModule, createForum, createLibTestModule, createStaffActor, createVenue } from '@app/testing';
import { VenueAccessibilityFeature } from './forum.enums';
import { ForumErrorCode } from './forum.errors';
import { ForumsModule } from './forums.module';
import { VenuesService } from './venues.service';

/** The forums module alone (no GraphQL, no HTTP) against this run's PostgreSQL: venues. */
describe('Venues service (real PostgreSQL)', () => {
  let lib: LibTestModule;
  let venues: VenuesService;
  let actor: StaffActor;

  beforeAll(async () => {
    lib = await createLibTestModule({ imports: [ForumsModule] });
    venues = lib.get(VenuesService);
    actor = await createStaffActor(lib.dataSource);
  });
  afterAll(() => lib.close());

  /** The error a call fails with (thrown at once or rejected), or null. */
  const caught = (call: () => unknown) => Promise.resolve().then(call).then(() => null, (error: unknown) => error as DomainError);

  it('stores a venue tidied: trimmed names, each accessibility feature once, empty notes as none', async () => {
    const venue = await venues.create(actor, {
      name: '  Northgate Library  ',
      address: ' 12 Elm Street ',
      capacity: 40,
      accessibilityFeatures: [VenueAccessibilityFeature.HEARING_LOOP, VenueAccessibilityFeature.HEARING_LOOP, VenueAccessibilityFeature.PARKING],
      notes: '   ',
    });
    expect(await venues.get(actor, venue.id)).toMatchObject({
      name: 'Northgate Library',
      address: '12 Elm Street',
      capacity: 40,
      accessibilityFeatures: [VenueAccessibilityFeature.HEARING_LOOP, VenueAccessibilityFeature.PARKING],
      notes: null,
      archivedAt: null,
    });
  });

  it('refuses a venue without seats or with half its coordinates, naming the field, and writes nothing', async () => {
    const before = (await venues.list(actor, { includeArchived: true }, { first: 1 })).totalCount;
    expect(await caught(() => venues.create(actor, { name: 'Hall', address: '1 Main St', capacity: 0 }))).toMatchObject({
      code: 'NEGATIVE_CAPACITY',
      details: { field: 'input.capacity' },
    });
    expect(await caught(() => venues.create(actor, { name: 'Hall', address: '1 Main St', latitude: 41.9 }))).toMatchObject({
      code: 'PARTIAL_COORDINATES',
      details: { field: 'input.longitude' },
    });
    expect((await venues.list(actor, { includeArchived: true }, { first: 1 })).totalCount).toBe(before);
  });

  it('deletes a venue nothing used, but refuses one a forum used (VENUE_IN_USE) and keeps it', async () => {
    const unused = await createVenue(lib.dataSource, actor.agencyId);
    await venues.delete(actor, unused.id);
    expect(await caught(() => venues.get(actor, unused.id))).toMatchObject({ code: 'VENUE_NOT_FOUND' });

    const used = await createVenue(lib.dataSource, actor.agencyId);
    await createForum(lib.dataSource, actor.agencyId, { venueId: used.id });
    expect(await caught(() => venues.delete(actor, used.id))).toMatchObject({ code: ForumErrorCode.VENUE_IN_USE, details: { forumCount: 1 } });
    expect((await venues.get(actor, used.id)).id).toBe(used.id);
  });

  it('lists archived venues only when asked, and archiving twice changes nothing', async () => {
    const venue = await createVenue(lib.dataSource, actor.agencyId);
    const archived = await venues.setArchived(actor, venue.id, true);
    expect(archived.archivedAt).toBeInstanceOf(Date);
    expect((await venues.setArchived(actor, venue.id, true)).archivedAt).toEqual(archived.archivedAt);
    const ids = async (includeArchived: boolean) =>
      (await venues.list(actor, { includeArchived }, { first: 100 })).edges.map((edge) => edge.node.id);
    expect(await ids(false)).not.toContain(venue.id);
    expect(await ids(true)).toContain(venue.id);
  });
});
