import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { pgError } from '@app/database';
import { StaffAccountsService } from '@app/staff';
import { ForumError } from './forum.errors';
import { ConflictRow, ForumsRepository } from './forums.repository';
import { describeLocal } from './local-time';

/** What a forum would occupy: a venue and hosts over a period. */
export interface Booking {
  /** The forum itself when it already exists (it never conflicts with itself). */
  forumId?: string | null;
  venueId: string | null;
  hostIds: string[];
  startsAt: Date;
  endsAt: Date;
  /** A series whose own occurrences are not in the way (previewing a change to it). */
  ignoreSeriesId?: string | null;
}

const NO_FORUM = '00000000-0000-0000-0000-000000000000';

/** PostgreSQL's exclusion_violation: `forums_venue_overlap` or `forum_hosts_overlap` refused a row. */
export function isDoubleBooking(error: unknown): boolean {
  return pgError(error).code === '23P01';
}

/** deadlock_detected: what two overlapping bookings racing each other's exclusion checks can get. */
export function isDeadlock(error: unknown): boolean {
  return pgError(error).code === '40P01';
}

/**
 * Finds what a booking collides with: any live (not cancelled) forum at the same venue
 * or with one of the same hosts over an overlapping period. The service asks first so
 * the officer gets a message naming the other forum; the exclusion constraints catch
 * the race where two bookings pass this check at the same moment.
 */
@Injectable()
export class ForumConflicts {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly forums: ForumsRepository,
    private readonly staff: StaffAccountsService,
  ) {}

  /** Throws a CONFLICT naming the first forum in the way, if any. */
  async assertFree(manager: EntityManager, booking: Booking, fields = { venue: 'input.venueId', hosts: 'input.hostIds' }): Promise<void> {
    const conflict = await this.find(manager, booking, fields);
    if (conflict) throw conflict;
  }

  /** The CONFLICT for a booking, or null when nothing is in the way. */
  async find(manager: EntityManager, booking: Booking, fields = { venue: 'input.venueId', hosts: 'input.hostIds' }): Promise<ForumError | null> {
    const window = { startsAt: booking.startsAt, endsAt: booking.endsAt, forumId: booking.forumId ?? NO_FORUM, ignoreSeriesId: booking.ignoreSeriesId ?? null };
    if (booking.venueId) {
      const row = await this.forums.firstVenueConflict(manager, window, booking.venueId);
      if (row) return ForumError.venueConflict(row.venue_name, this.describe(row), fields.venue);
    }
    if (booking.hostIds.length) {
      const row = await this.forums.firstHostConflict(manager, window, booking.hostIds);
      if (row) {
        const [host] = await this.staff.findByIds(row.agency_id, [row.host_id], manager);
        return ForumError.hostConflict(host?.name ?? 'A host', row.host_id, this.describe(row), fields.hosts);
      }
    }
    return null;
  }

  /**
   * After the database refused a double booking (and rolled the transaction back), names
   * the forum that won the race, as the friendly check would have.
   */
  async explainDoubleBooking(booking: Booking, fields = { venue: 'input.venueId', hosts: 'input.hostIds' }): Promise<ForumError> {
    return (await this.find(this.dataSource.manager, booking, fields)) ?? ForumError.scheduleConflict();
  }

  private describe(row: ConflictRow) {
    const startsAt = new Date(row.starts_at);
    return { id: row.id, title: row.title, when: describeLocal(startsAt, row.time_zone), startsAt: startsAt.toISOString(), timeZone: row.time_zone };
  }
}
