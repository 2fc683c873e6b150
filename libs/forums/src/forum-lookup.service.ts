import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { NotFoundError } from '@app/common';
import { Forum } from './forum.entity';
import { CommunityConcern } from './reports/community-concern.entity';
import { ForumStatus, ForumType } from './forum.enums';
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
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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
    const [row]: { capacity: number | string | null }[] = await manager.query(
      `SELECT f.id, COALESCE(f.capacity_override, v.capacity) AS capacity
         FROM forums f LEFT JOIN venues v ON v.id = f.venue_id
        WHERE f.id = $1 FOR NO KEY UPDATE OF f`,
      [forumId],
    );
    if (!row) return null;
    const forum = await manager.findOneByOrFail(Forum, { id: forumId });
    return { forum, capacity: row.capacity === null ? null : Number(row.capacity) };
  }

  /** The seats of a forum of the agency (null = unlimited); undefined when the agency has no such forum. */
  async capacity(manager: EntityManager, agencyId: string, forumId: string): Promise<{ capacity: number | null } | undefined> {
    const [row]: { capacity: number | string | null }[] = await manager.query(
      `SELECT f.id, COALESCE(f.capacity_override, v.capacity) AS capacity FROM forums f LEFT JOIN venues v ON v.id = f.venue_id
        WHERE f.id = $1 AND f.agency_id = $2`,
      [forumId, agencyId],
    );
    return row ? { capacity: row.capacity === null ? null : Number(row.capacity) } : undefined;
  }

  /** The agency's upcoming published forums (task-force meetings aside), the smallest rooms first. */
  async upcomingSmallestFirst(manager: EntityManager, agencyId: string, limit: number): Promise<UpcomingForum[]> {
    const rows: { id: string; title: string; capacity: number | string | null; starts_at: Date }[] = await manager.query(
      `SELECT f.id, f.title, COALESCE(f.capacity_override, v.capacity) AS capacity, f.starts_at
         FROM forums f LEFT JOIN venues v ON v.id = f.venue_id
        WHERE f.agency_id = $1 AND f.status = $3 AND f.starts_at > now() AND f.type <> $4
        ORDER BY COALESCE(f.capacity_override, v.capacity) NULLS LAST, f.starts_at LIMIT $2`,
      [agencyId, limit, ForumStatus.PUBLISHED, ForumType.TASK_FORCE_MEETING],
    );
    return rows.map((r) => ({ id: r.id, title: r.title, capacity: r.capacity === null ? null : Number(r.capacity), startsAt: r.starts_at }));
  }
}
