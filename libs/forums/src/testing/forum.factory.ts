import { DataSource } from 'typeorm';
import { randomBytes } from 'node:crypto';
import { Forum } from '../forum.entity';
import { ForumHost } from '../forum-host.entity';
import { Venue } from '../venue.entity';
import { ForumFormat, ForumStatus, ForumType, ForumVisibility } from '../forum.enums';

const HOUR = 3_600_000;

/** A venue written straight to the database (for tests that are not about venues). */
export async function createVenue(dataSource: DataSource, agencyId: string, overrides: Partial<Venue> = {}): Promise<Venue> {
  const repo = dataSource.getRepository(Venue);
  return repo.save(
    repo.create({
      agencyId,
      name: `Community Hall ${randomBytes(3).toString('hex')}`,
      address: '100 Main Street',
      capacity: 80,
      accessibilityFeatures: [],
      ...overrides,
    }),
  );
}

/**
 * A forum written straight to the database (for tests that are not about scheduling):
 * by default published, public, in person at a new venue, a week from now for two hours.
 */
export async function createForum(
  dataSource: DataSource,
  agencyId: string,
  overrides: Partial<Forum> = {},
  hostIds: string[] = [],
): Promise<Forum> {
  const startsAt = overrides.startsAt ?? new Date(Date.now() + 7 * 24 * HOUR);
  const venueId =
    overrides.venueId !== undefined || overrides.format === ForumFormat.ONLINE ? (overrides.venueId ?? null) : (await createVenue(dataSource, agencyId)).id;
  const repo = dataSource.getRepository(Forum);
  const forum = await repo.save(
    repo.create({
      agencyId,
      title: `Town hall ${randomBytes(3).toString('hex')}`,
      type: ForumType.TOWN_HALL,
      description: 'An open meeting with the neighbourhood team.',
      topics: ['traffic safety'],
      timeZone: 'America/Chicago',
      format: ForumFormat.IN_PERSON,
      visibility: ForumVisibility.PUBLIC,
      status: ForumStatus.PUBLISHED,
      publishedAt: new Date(),
      agenda: [],
      ...overrides,
      // A cancelled forum tells the public its reason, as `cancelIn` does unless told otherwise.
      publicCancelReason: overrides.publicCancelReason !== undefined ? overrides.publicCancelReason : (overrides.cancelReason ?? null),
      startsAt,
      endsAt: overrides.endsAt ?? new Date(startsAt.getTime() + 2 * HOUR),
      venueId,
    }),
  );
  if (hostIds.length) await dataSource.getRepository(ForumHost).insert(hostIds.map((staffUserId) => ({ forumId: forum.id, staffUserId })));
  return forum;
}
