import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { Clock, NotFoundError } from '@app/common';
import { Forum } from './forum.entity';
import { CommunityConcern } from './reports/community-concern.entity';
import { ForumsRepository, SeatsRow } from './forums.repository';
import { Venue } from './venue.entity';

/** A forum locked for seat changes, with the seats it has (its override, else its venue's; null = unlimited). */
export interface ForumSeats {
  forum: Forum;
  capacity: number | null;
}

/** An upcoming published forum with its seats, for demo data. */
export interface UpcomingForum {
  id: string;
  title: string;
  capacity: number | null;
  startsAt: Date;
}

/**
 * Reads of forums and concerns for the features built on them (invitations; task-force
 * meetings are forums and problems take up concerns), in the caller's transaction when it
 * passes its EntityManager, so a row lock taken here is held until the caller commits.
 */
@Injectable()
export class ForumLookupService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly forums: ForumsRepository,
    private readonly clock: Clock,
  ) {}

  /** The agency's forum; NotFoundError('Forum') when there is none. */
  async get(agencyId: string, id: string, manager: EntityManager = this.dataSource.manager): Promise<Forum> {
    const forum = await manager.findOneBy(Forum, { id, agencyId });
    if (!forum) throw new NotFoundError('Forum', id);
    return forum;
  }

  /** The agency's forums with these ids, earliest start first (unknown ids are left out). */
  byIdsByStart(agencyId: string, ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Forum[]> {
    if (!ids.length) return Promise.resolve([]);
    return manager.find(Forum, { where: { agencyId, id: In([...ids]) }, order: { startsAt: 'ASC' } });
  }

  /** Whether the agency has this community concern. */
  concernExists(agencyId: string, id: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    return manager.existsBy(CommunityConcern, { id, agencyId });
  }

  /** The forum (of the agency, when one is given), or null. */
  find(manager: EntityManager, forumId: string, agencyId?: string): Promise<Forum | null> {
    return manager.findOneBy(Forum, agencyId ? { id: forumId, agencyId } : { id: forumId });
  }

  /** A forum's venue, or null. */
  venue(manager: EntityManager, venueId: string): Promise<Venue | null> {
    return manager.findOneBy(Venue, { id: venueId });
  }

  /**
   * Locks the forum row for a change of seats (`FOR NO KEY UPDATE`, which still lets rows
   * referencing the forum be inserted) and reads its capacity; null when there is no such forum.
   */
  async lockForSeats(manager: EntityManager, forumId: string): Promise<ForumSeats | null> {
    const row = await this.forums.lockSeats(manager, forumId);
    if (!row) return null;
    const forum = await manager.findOneByOrFail(Forum, { id: forumId });
    return { forum, capacity: seatsOf(row) };
  }

  /** The seats of a forum of the agency (null = unlimited); undefined when the agency has no such forum. */
  async capacity(manager: EntityManager, agencyId: string, forumId: string): Promise<{ capacity: number | null } | undefined> {
    const row = await this.forums.seats(manager, agencyId, forumId);
    return row ? { capacity: seatsOf(row) } : undefined;
  }

  /** The agency's upcoming published forums (task-force meetings aside), the smallest rooms first. */
  async upcomingSmallestFirst(manager: EntityManager, agencyId: string, limit: number): Promise<UpcomingForum[]> {
    const rows = await this.forums.upcomingSmallestFirst(manager, agencyId, limit, this.clock.now());
    return rows.map((r) => ({ id: r.id, title: r.title, capacity: seatsOf(r), startsAt: r.starts_at }));
  }
}

/** Seats as a number (PostgreSQL may hand an integer expression back as text); null = unlimited. */
function seatsOf(row: SeatsRow): number | null {
  return row.capacity === null ? null : Number(row.capacity);
}
