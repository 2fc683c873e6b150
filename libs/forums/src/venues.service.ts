import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { Clock, InputError, NotFoundError, PageArgs, StaffActor, paginate, whereContainsText, errorText } from '@app/common';
import { AuditService, diff } from '@app/audit';
import { Venue } from './venue.entity';
import { Forum } from './forum.entity';
import { ForumScheduleChange } from './forum-schedule-change.entity';
import { ForumSeries } from './series/forum-series.entity';
import { VenueAccessibilityFeature } from './forum.enums';
import { ForumError } from './forum.errors';

export interface VenueFields {
  name: string;
  address: string;
  capacity?: number | null;
  accessibilityFeatures?: VenueAccessibilityFeature[];
  latitude?: number | null;
  longitude?: number | null;
  notes?: string | null;
}

export interface VenueFilter {
  text?: string;
  includeArchived?: boolean;
}

/** The places forums are held. A venue in use is archived, never deleted. */
@Injectable()
export class VenuesService {
  constructor(
    @InjectRepository(Venue) private readonly venues: Repository<Venue>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  list(actor: StaffActor, filter: VenueFilter, page: PageArgs) {
    const query = this.venues.createQueryBuilder('venue').where('venue.agencyId = :agencyId', { agencyId: actor.agencyId });
    if (!filter.includeArchived) query.andWhere('venue.archivedAt IS NULL');
    whereContainsText(query, ['venue.name', 'venue.address'], filter.text);
    return paginate(query, page, { property: 'createdAt', direction: 'DESC' });
  }

  async get(actor: Pick<StaffActor, 'agencyId'>, id: string): Promise<Venue> {
    const venue = await this.venues.findOneBy({ id, agencyId: actor.agencyId });
    if (!venue) throw new NotFoundError('Venue', id);
    return venue;
  }

  /** For field resolvers: venues by id in one query, scoped to the agency. */
  async byIds(agencyId: string, ids: readonly string[]): Promise<Venue[]> {
    return this.venues.findBy({ agencyId, id: In([...ids]) });
  }

  create(actor: StaffActor, fields: VenueFields): Promise<Venue> {
    const values = this.normalise(fields);
    return this.dataSource.transaction(async (manager) => {
      const venue = await manager.save(manager.create(Venue, { ...values, agencyId: actor.agencyId }));
      await this.audit.record(manager, actor, {
        action: 'venue.create',
        entityType: 'Venue',
        entityId: venue.id,
        summary: `Added venue ${venue.name}`,
        changes: { ...values },
      });
      return venue;
    });
  }

  update(actor: StaffActor, id: string, fields: Partial<VenueFields>): Promise<Venue> {
    return this.dataSource.transaction(async (manager) => {
      const venue = await this.lock(manager, actor, id);
      const values = this.normalise({ ...venue, ...fields });
      const changes = diff(venue, values);
      Object.assign(venue, values);
      const saved = await manager.save(venue);
      await this.audit.record(manager, actor, {
        action: 'venue.update',
        entityType: 'Venue',
        entityId: id,
        summary: `Updated venue ${venue.name}: ${Object.keys(changes).join(', ') || 'no changes'}`,
        changes,
      });
      return saved;
    });
  }

  /** Archived venues stay on the forums that used them but cannot be booked again. */
  setArchived(actor: StaffActor, id: string, archived: boolean): Promise<Venue> {
    return this.dataSource.transaction(async (manager) => {
      const venue = await this.lock(manager, actor, id);
      if (Boolean(venue.archivedAt) === archived) return venue;
      venue.archivedAt = archived ? this.clock.now() : null;
      const saved = await manager.save(venue);
      await this.audit.record(manager, actor, {
        action: archived ? 'venue.archive' : 'venue.unarchive',
        entityType: 'Venue',
        entityId: id,
        summary: `${archived ? 'Archived' : 'Unarchived'} venue ${venue.name}`,
      });
      return saved;
    });
  }

  /** Only a venue no forum (past, future or cancelled) or series ever used can be deleted. */
  delete(actor: StaffActor, id: string): Promise<Venue> {
    return this.dataSource.transaction(async (manager) => {
      const venue = await this.lock(manager, actor, id);
      const used = await manager.countBy(Forum, { venueId: id });
      const inHistory = await manager.countBy(ForumScheduleChange, { previousVenueId: id });
      const inSeries = await manager.countBy(ForumSeries, { venueId: id });
      if (used + inHistory + inSeries > 0) throw ForumError.venueInUse(used + inHistory + inSeries);
      await manager.delete(Venue, { id });
      await this.audit.record(manager, actor, {
        action: 'venue.delete',
        entityType: 'Venue',
        entityId: id,
        summary: `Deleted venue ${venue.name}`,
      });
      return venue;
    });
  }

  private async lock(manager: EntityManager, actor: StaffActor, id: string): Promise<Venue> {
    // The lock also serialises a delete against a booking of the same venue (see ForumSchedulingService).
    const venue = await manager.findOne(Venue, { where: { id, agencyId: actor.agencyId }, lock: { mode: 'pessimistic_write' } });
    if (!venue) throw new NotFoundError('Venue', id);
    return venue;
  }

  private normalise(fields: VenueFields): VenueFields {
    const name = (fields.name ?? '').trim();
    const address = (fields.address ?? '').trim();
    if (!name) throw new InputError('input.name', errorText('must not be empty'));
    if (!address) throw new InputError('input.address', errorText('must not be empty'));
    // A venue with no seats cannot host a forum; an unknown capacity is null, not 0.
    if (fields.capacity != null && fields.capacity < 1) throw new InputError('input.capacity', errorText('must be at least 1 seat (leave it empty when you do not know)'), 'NEGATIVE_CAPACITY');
    const latitude = fields.latitude ?? null;
    const longitude = fields.longitude ?? null;
    if ((latitude === null) !== (longitude === null)) {
      throw new InputError(latitude === null ? 'input.latitude' : 'input.longitude', errorText('give both latitude and longitude, or neither'), 'PARTIAL_COORDINATES');
    }
    if (latitude !== null && (latitude < -90 || latitude > 90)) throw new InputError('input.latitude', errorText('must be between -90 and 90'));
    if (longitude !== null && (longitude < -180 || longitude > 180)) throw new InputError('input.longitude', errorText('must be between -180 and 180'));
    return {
      name,
      address,
      capacity: fields.capacity ?? null,
      accessibilityFeatures: [...new Set(fields.accessibilityFeatures ?? [])],
      latitude,
      longitude,
      notes: fields.notes?.trim() || null,
    };
  }
}
