import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock, InputError, NotFoundError, StaffActor, errorText } from '@app/common';
import { ForumConflicts } from '../forum-conflicts';
import { ForumSchedulingService } from '../forum-scheduling.service';
import { ForumSeries, SkipReason } from './forum-series.entity';
import { assertHorizon } from './series-input';
import { assertRecurrenceSpec, localDate, nextOccurrenceDates, occurrenceOn } from './occurrences';
import { SeriesMaterialiser, skipReason } from './series-materialiser';

/** What saving would do with one date of the rule. */
export enum PreviewOutcome {
  /** Created as a forum when the series is saved. */
  SCHEDULED = 'SCHEDULED',
  /** Beyond the horizon: the daily job creates it when the horizon reaches it. */
  LATER = 'LATER',
  /** Already started or over: never created. */
  PAST = 'PAST',
  /** A venue or host is taken then: saving is refused unless overridden; the daily job skips it. */
  CONFLICT = 'CONFLICT',
}

export interface SeriesPreviewRequest {
  recurrenceRule: string;
  startDate: string;
  startTime: string;
  durationMinutes: number;
  timeZone: string;
  venueId?: string | null;
  hostIds?: string[] | null;
  horizonDays?: number | null;
  /** Previewing a change to this series: its own occurrences are not in the way. */
  seriesId?: string | null;
  /** How many dates to show, 1 to 50 (default 10). */
  limit?: number | null;
}

export interface PreviewOccurrence {
  /** The local date the rule gives (the occurrence's key). */
  date: string;
  startsAt: Date;
  endsAt: Date;
  /** Wall-clock start and end in the series' zone. */
  startsAtLocal: string;
  endsAtLocal: string;
  outcome: PreviewOutcome;
  /** Why a CONFLICT or PAST date would not be booked. */
  reason: SkipReason | null;
}

export interface SeriesPreview {
  recurrenceRule: string;
  timeZone: string;
  /** The last local date occurrences are created through at once. */
  horizonEnd: string;
  occurrences: PreviewOccurrence[];
  /** The rule gives more dates after the last one shown. */
  hasMore: boolean;
}

/**
 * The next occurrences a series would have, read exactly as creating it reads them (the
 * same validation, rule expansion, horizon and conflict check), without writing anything.
 */
@Injectable()
export class SeriesPreviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scheduling: ForumSchedulingService,
    private readonly conflicts: ForumConflicts,
    private readonly materialiser: SeriesMaterialiser,
    private readonly clock: Clock,
  ) {}

  preview(actor: Pick<StaffActor, 'agencyId'>, input: SeriesPreviewRequest, now = this.clock.now()): Promise<SeriesPreview> {
    const spec = assertRecurrenceSpec({
      recurrenceRule: input.recurrenceRule,
      startDate: input.startDate,
      startTime: input.startTime,
      durationMinutes: input.durationMinutes,
      timeZone: input.timeZone,
    });
    const horizonDays = assertHorizon(input.horizonDays);
    const limit = input.limit ?? 10;
    if (!Number.isInteger(limit) || limit < 1 || limit > 50) throw new InputError('input.limit', errorText('must be a whole number from 1 to 50'), 'INVALID_LIMIT');
    // Read-only; a transaction because the venue check reads it FOR SHARE, as booking does.
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      if (input.seriesId && !(await manager.findOneBy(ForumSeries, { id: input.seriesId, agencyId: actor.agencyId }))) {
        throw new NotFoundError('ForumSeries', input.seriesId);
      }
      if (input.venueId) await this.scheduling.usableVenue(manager, actor.agencyId, input.venueId, 'input.venueId');
      const hostIds = await this.scheduling.validHosts(manager, actor.agencyId, input.hostIds ?? [], 'input.hostIds');
      const transient = manager.create(ForumSeries, { ...spec, horizonDays, agencyId: actor.agencyId });
      // The same refusals as saving: a rule that floods the horizon, or nothing due within it.
      this.materialiser.dueOrRefuse(transient, Boolean(input.seriesId));
      const horizonEnd = this.materialiser.horizonEnd(transient, now);
      const today = localDate(spec.timeZone, 0, now);
      const { dates, more } = nextOccurrenceDates(spec, spec.startDate > today ? spec.startDate : today, limit);
      const occurrences: PreviewOccurrence[] = [];
      for (const date of dates) {
        const occurrence = occurrenceOn(spec, date);
        const when = { date, startsAt: occurrence.startsAt, endsAt: occurrence.endsAt, startsAtLocal: occurrence.start, endsAtLocal: occurrence.end };
        if (occurrence.startsAt.getTime() <= now.getTime()) {
          occurrences.push({ ...when, outcome: PreviewOutcome.PAST, reason: null });
          continue;
        }
        const conflict = await this.conflicts.find(manager, {
          venueId: input.venueId ?? null,
          hostIds,
          startsAt: occurrence.startsAt,
          endsAt: occurrence.endsAt,
          ignoreSeriesId: input.seriesId ?? null,
        });
        const outcome = conflict ? PreviewOutcome.CONFLICT : date > horizonEnd ? PreviewOutcome.LATER : PreviewOutcome.SCHEDULED;
        occurrences.push({ ...when, outcome, reason: conflict ? skipReason(conflict) : null });
      }
      return { recurrenceRule: spec.recurrenceRule, timeZone: spec.timeZone, horizonEnd, occurrences, hasMore: more };
    });
  }
}
