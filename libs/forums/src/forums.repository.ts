import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ForumStatus, ForumType } from './forum.enums';

/** A live forum found in the way of a booking (times as PostgreSQL returns them). */
export interface ConflictRow {
  id: string;
  agency_id: string;
  title: string;
  starts_at: Date;
  time_zone: string;
}

/** What a conflict check compares against: the period, the forum itself (never in its own way) and a series to ignore. */
export interface ConflictWindow {
  startsAt: Date;
  endsAt: Date;
  forumId: string;
  ignoreSeriesId: string | null;
}

/** A forum's seats as PostgreSQL returns them: its override, else its venue's (null = unlimited). */
export interface SeatsRow {
  capacity: number | string | null;
}

/** An upcoming forum with its seats (times and seats as PostgreSQL returns them). */
export interface UpcomingRow extends SeatsRow {
  id: string;
  title: string;
  starts_at: Date;
}

/**
 * The forums table's raw SQL: what the query builder cannot say plainly (period overlap
 * with `&&`, dates as text, a bulk move between series, a row lock that lets referencing
 * rows in, seats falling back to the venue's). Every query runs in the caller's transaction.
 * A rule about the present takes the injected `Clock`'s instant as a parameter, never the
 * database's `now()`, so tests that set the clock see the same rule.
 */
@Injectable()
export class ForumsRepository {
  /** The first live forum at `venueId` overlapping the window, with the venue's name. */
  async firstVenueConflict(manager: EntityManager, window: ConflictWindow, venueId: string): Promise<(ConflictRow & { venue_name: string }) | undefined> {
    const [row] = await manager.query(
      `SELECT f.id, f.agency_id, f.title, f.starts_at, f.time_zone, v.name AS venue_name
         FROM forums f JOIN venues v ON v.id = f.venue_id
        WHERE f.venue_id = $4 AND f.status <> 'CANCELLED' AND f.period && tstzrange($1, $2, '[)') AND f.id <> $3
          AND ($5::uuid IS NULL OR f.series_id IS DISTINCT FROM $5::uuid)
        ORDER BY f.starts_at LIMIT 1`,
      [window.startsAt, window.endsAt, window.forumId, venueId, window.ignoreSeriesId],
    );
    return row;
  }

  /** The first live forum hosted by one of `hostIds` overlapping the window, with that host's id. */
  async firstHostConflict(manager: EntityManager, window: ConflictWindow, hostIds: string[]): Promise<(ConflictRow & { host_id: string }) | undefined> {
    const [row] = await manager.query(
      `SELECT f.id, f.agency_id, f.title, f.starts_at, f.time_zone, h.staff_user_id AS host_id
         FROM forum_hosts h JOIN forums f ON f.id = h.forum_id
        WHERE h.staff_user_id = ANY($4::uuid[]) AND f.status <> 'CANCELLED' AND f.period && tstzrange($1, $2, '[)') AND f.id <> $3
          AND ($5::uuid IS NULL OR f.series_id IS DISTINCT FROM $5::uuid)
        ORDER BY f.starts_at LIMIT 1`,
      [window.startsAt, window.endsAt, window.forumId, hostIds, window.ignoreSeriesId],
    );
    return row;
  }

  /** Occurrence dates (YYYY-MM-DD) a series already has a forum for, from `fromKey` on. */
  async occurrenceKeysFrom(manager: EntityManager, seriesId: string, fromKey: string): Promise<string[]> {
    const rows: { key: string }[] = await manager.query(
      `SELECT to_char(series_occurrence_key, 'YYYY-MM-DD') AS key FROM forums WHERE series_id = $1 AND series_occurrence_key >= $2`,
      [seriesId, fromKey],
    );
    return rows.map((r) => r.key);
  }

  /** Occurrences from `fromKey` that are not the old series' to change any more (done, detached or started by `now`) join the new one. */
  async moveSettledOccurrences(manager: EntityManager, fromSeriesId: string, toSeriesId: string, fromKey: string, now: Date): Promise<void> {
    await manager.query(
      `UPDATE forums SET series_id = $1
        WHERE series_id = $2 AND series_occurrence_key >= $3
          AND (status NOT IN ('DRAFT', 'PUBLISHED') OR series_detached OR starts_at <= $4)`,
      [toSeriesId, fromSeriesId, fromKey, now],
    );
  }

  /**
   * Locks the forum row for a change of seats and reads them; undefined when there is no such
   * forum. `FOR NO KEY UPDATE` still lets rows referencing the forum (invitations) be inserted.
   */
  async lockSeats(manager: EntityManager, forumId: string): Promise<SeatsRow | undefined> {
    const [row] = await manager.query(
      `SELECT f.id, COALESCE(f.capacity_override, v.capacity) AS capacity
         FROM forums f LEFT JOIN venues v ON v.id = f.venue_id
        WHERE f.id = $1 FOR NO KEY UPDATE OF f`,
      [forumId],
    );
    return row;
  }

  /** The seats of the agency's forum, without a lock; undefined when the agency has no such forum. */
  async seats(manager: EntityManager, agencyId: string, forumId: string): Promise<SeatsRow | undefined> {
    const [row] = await manager.query(
      `SELECT f.id, COALESCE(f.capacity_override, v.capacity) AS capacity FROM forums f LEFT JOIN venues v ON v.id = f.venue_id
        WHERE f.id = $1 AND f.agency_id = $2`,
      [forumId, agencyId],
    );
    return row;
  }

  /** The agency's published forums starting after `now` (task-force meetings aside), the fewest seats first, then the soonest. */
  upcomingSmallestFirst(manager: EntityManager, agencyId: string, limit: number, now: Date): Promise<UpcomingRow[]> {
    return manager.query(
      `SELECT f.id, f.title, COALESCE(f.capacity_override, v.capacity) AS capacity, f.starts_at
         FROM forums f LEFT JOIN venues v ON v.id = f.venue_id
        WHERE f.agency_id = $1 AND f.status = $3 AND f.starts_at > $5 AND f.type <> $4
        ORDER BY COALESCE(f.capacity_override, v.capacity) NULLS LAST, f.starts_at LIMIT $2`,
      [agencyId, limit, ForumStatus.PUBLISHED, ForumType.TASK_FORCE_MEETING, now],
    );
  }
}
