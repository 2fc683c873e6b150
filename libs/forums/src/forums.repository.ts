import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

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

/**
 * The forums table's raw SQL: what the query builder cannot say plainly (period overlap
 * with `&&`, dates as text, a bulk move between series). Every query runs in the caller's
 * transaction.
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

  /** Occurrences from `fromKey` that are not the old series' to change any more (done, detached or started) join the new one. */
  async moveSettledOccurrences(manager: EntityManager, fromSeriesId: string, toSeriesId: string, fromKey: string): Promise<void> {
    await manager.query(
      `UPDATE forums SET series_id = $1
        WHERE series_id = $2 AND series_occurrence_key >= $3
          AND (status NOT IN ('DRAFT', 'PUBLISHED') OR series_detached OR starts_at <= now())`,
      [toSeriesId, fromSeriesId, fromKey],
    );
  }
}
