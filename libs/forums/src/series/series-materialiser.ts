import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock, DomainError, ErrorKind, InputError, errorText } from '@app/common';
import type { LanguageCode } from '@app/common';
import { AuditService } from '@app/audit';
import { pgError } from '@app/database';
import { Forum } from '../forum.entity';
import { ConflictOverride } from '../forum-input';
import { ForumConflicts, isDeadlock, isDoubleBooking } from '../forum-conflicts';
import { ForumTransaction } from '../forum-change-runner';
import { ForumError } from '../forum.errors';
import { ForumsRepository } from '../forums.repository';
import { ForumSchedulingService } from '../forum-scheduling.service';
import { ForumLifecycleService } from '../forum-lifecycle.service';
import { ForumSeries, SkipReason } from './forum-series.entity';
import { OccurrenceConflict, SeriesError } from './series.errors';
import { occurrenceInput } from './series-input';
import { Occurrence, localDate, nextOccurrenceDates, occurrenceDates, occurrenceOn } from './occurrences';

/**
 * How a step that may collide with other forums is handled:
 * - STRICT (an officer is acting): every conflict is collected and reported as one CONFLICT,
 *   unless an override reason is given; then only the colliding occurrences carry it.
 * - SKIP (the horizon job): a colliding or no longer bookable occurrence is left out, remembered
 *   on the series (never retried) and audited.
 */
export type ConflictMode = { mode: 'STRICT'; override: ConflictOverride | null } | { mode: 'SKIP' };

export interface MaterialiseResult {
  created: Forum[];
  overridden: string[];
  skipped: { date: string; reason: string; why: SkipReason }[];
}

function isUniqueViolation(error: unknown): boolean {
  return pgError(error).code === '23505';
}

function isConflict(error: unknown): error is DomainError {
  return error instanceof DomainError && error.kind === ErrorKind.CONFLICT;
}

/** What a refusal says about the date it refused, kept on the series. */
export function skipReason(error: DomainError): SkipReason {
  const id = error.details.conflictingForumId;
  const title = error.details.conflictingForumTitle;
  return {
    code: error.code,
    message: error.message,
    conflictingForumId: typeof id === 'string' ? id : null,
    conflictingForumTitle: typeof title === 'string' ? title : null,
  };
}

/**
 * Turns a series' rule into forums up to its horizon, and runs per-occurrence steps in
 * savepoints so one collision (found by the friendly check, or by the exclusion
 * constraints in a race) is reported or skipped without losing the others.
 */
@Injectable()
export class SeriesMaterialiser {
  constructor(
    private readonly scheduling: ForumSchedulingService,
    private readonly lifecycle: ForumLifecycleService,
    private readonly conflicts: ForumConflicts,
    private readonly audit: AuditService,
    private readonly forums: ForumsRepository,
    private readonly clock: Clock,
  ) {}

  /** The occurrences the series should have from today (or its start) through its horizon. */
  dueOccurrences(series: ForumSeries, now = this.clock.now()): Occurrence[] {
    const today = localDate(series.timeZone, 0, now);
    const from = series.startDate > today ? series.startDate : today;
    const dates = occurrenceDates(series, from, this.horizonEnd(series, now));
    return dates.map((date) => occurrenceOn(series, date)).filter((o) => o.startsAt.getTime() > now.getTime());
  }

  /**
   * The due occurrences of a new series; none at all within its horizon is refused, naming
   * the start date (a continuation of a split series may have none yet).
   */
  dueOrRefuse(series: ForumSeries, continuation = false): Occurrence[] {
    const due = this.dueOccurrences(series);
    if (!due.length && !continuation) {
      const today = localDate(series.timeZone, 0, this.clock.now());
      const [next] = nextOccurrenceDates(series, series.startDate > today ? series.startDate : today, 1).dates;
      if (!next || next < today) throw new InputError('input.recurrenceRule', errorText('has no upcoming dates: every date it gives is past'), 'RECURRENCE_HAS_NO_OCCURRENCES');
      throw new InputError(
        'input.startDate',
        errorText('the first occurrence ({next}) is not within the {horizonDays}-day horizon; lengthen horizonDays or start later', { next, horizonDays: series.horizonDays }),
        'NO_OCCURRENCE_IN_HORIZON',
      );
    }
    return due;
  }

  horizonEnd(series: ForumSeries, now = this.clock.now()): string {
    return localDate(series.timeZone, series.horizonDays, now);
  }

  /**
   * Creates the occurrences of a locked series that do not exist yet: a date that already
   * has a forum (live, moved or cancelled) or was skipped before is never created again.
   */
  async materialise(tx: ForumTransaction, series: ForumSeries, conflicts: ConflictMode): Promise<MaterialiseResult> {
    const { manager } = tx;
    const due = this.dueOccurrences(series);
    const result: MaterialiseResult = { created: [], overridden: [], skipped: [] };
    if (due.length) {
      const keys = await this.forums.occurrenceKeysFrom(manager, series.id, due[0].key);
      const taken = new Set([...keys, ...series.skippedDates]);
      const collisions: OccurrenceConflict[] = [];
      const enabled = await this.scheduling.enabledLanguages(manager, series.agencyId);
      for (const occurrence of due.filter((o) => !taken.has(o.key))) {
        const outcome = await this.step(tx, occurrence.key, conflicts, (override) => this.createOccurrence(tx, series, occurrence, enabled, override));
        if (outcome.kind === 'DONE' && outcome.value) result.created.push(outcome.value);
        if (outcome.kind === 'DONE' && outcome.overridden) result.overridden.push(occurrence.key);
        if (outcome.kind === 'CONFLICT') collisions.push(outcome.conflict);
        if (outcome.kind === 'SKIPPED') result.skipped.push({ date: occurrence.key, reason: outcome.why.message, why: outcome.why });
      }
      if (collisions.length) throw SeriesError.occurrencesConflict(collisions);
      if (result.skipped.length) {
        series.skippedDates = [...series.skippedDates, ...result.skipped.map((s) => s.date)].sort();
        series.skipReasons = { ...series.skipReasons, ...Object.fromEntries(result.skipped.map((s) => [s.date, s.why])) };
        await this.audit.record(manager, tx.actor, {
          action: 'forumSeries.skipOccurrences',
          entityType: 'ForumSeries',
          entityId: series.id,
          summary: `Left out ${result.skipped.length} occurrence(s) of "${series.template.title}" that could not be booked`,
          changes: { skipped: result.skipped.map(({ date, reason }) => ({ date, reason })) },
        });
      }
    }
    series.materialisedThrough = this.horizonEnd(series);
    await manager.save(series);
    return result;
  }

  /**
   * Runs one occurrence's step in a savepoint. A collision is retried with the override in
   * STRICT mode when one is given, collected when not; SKIP mode leaves the occurrence out.
   * Another writer creating the same occurrence at the same moment counts as done.
   */
  async step<T>(
    tx: ForumTransaction,
    date: string,
    mode: ConflictMode,
    work: (override: ConflictOverride | null) => Promise<T>,
  ): Promise<
    | { kind: 'DONE'; value: T | null; overridden: boolean }
    | { kind: 'CONFLICT'; conflict: OccurrenceConflict }
    | { kind: 'SKIPPED'; why: SkipReason }
  > {
    const first = await this.attempt(tx, null, work);
    if (first.ok) return { kind: 'DONE', value: first.value, overridden: false };
    if (first.duplicate) return { kind: 'DONE', value: null, overridden: false };
    const error = first.error;
    if (mode.mode === 'SKIP') {
      // A collision, or a venue archived / host gone since the series was made.
      if (error instanceof DomainError) return { kind: 'SKIPPED', why: skipReason(error) };
      throw error;
    }
    if (!isConflict(error)) throw error;
    if (!mode.override) {
      return {
        kind: 'CONFLICT',
        conflict: {
          occurrenceDate: date,
          message: error.message,
          field: error.details.field,
          conflictingForumId: error.details.conflictingForumId,
          conflictingForumTitle: error.details.conflictingForumTitle,
        },
      };
    }
    const second = await this.attempt(tx, mode.override, work);
    if (second.ok) return { kind: 'DONE', value: second.value, overridden: true };
    if (second.duplicate) return { kind: 'DONE', value: null, overridden: false };
    throw second.error;
  }

  private async attempt<T>(
    tx: ForumTransaction,
    override: ConflictOverride | null,
    work: (override: ConflictOverride | null) => Promise<T>,
  ): Promise<{ ok: true; value: T } | { ok: false; duplicate: boolean; error: unknown }> {
    const { manager } = tx;
    for (let attempt = 1; ; attempt++) {
      await manager.query('SAVEPOINT series_occurrence');
      try {
        const value = await work(override);
        await manager.query('RELEASE SAVEPOINT series_occurrence');
        return { ok: true, value };
      } catch (error) {
        await manager.query('ROLLBACK TO SAVEPOINT series_occurrence');
        await manager.query('RELEASE SAVEPOINT series_occurrence');
        // Two writers inserting overlapping bookings at the same instant can each wait on the
        // other's exclusion check; PostgreSQL breaks the tie by failing one insert. Trying
        // again waits for the winner to commit, and then meets the usual 23P01 below.
        if (isDeadlock(error) && attempt < 3) continue;
        return this.failure(tx, error);
      }
    }
  }

  private async failure(tx: ForumTransaction, error: unknown): Promise<{ ok: false; duplicate: boolean; error: unknown }> {
    if (isUniqueViolation(error)) return { ok: false, duplicate: true, error };
    // The exclusion constraints refused a double booking another officer just made:
    // name the forum that won, as the friendly check does.
    if (isDoubleBooking(error) && tx.booking) {
      return { ok: false, duplicate: false, error: (await this.conflicts.find(tx.manager, tx.booking, tx.bookingFields)) ?? ForumError.scheduleConflict() };
    }
    if (isDeadlock(error)) return { ok: false, duplicate: false, error: ForumError.scheduleConflict() };
    return { ok: false, duplicate: false, error };
  }

  /** One occurrence as a forum (with its audit entry), published if the series publishes. */
  private async createOccurrence(tx: ForumTransaction, series: ForumSeries, occurrence: Occurrence, enabled: readonly LanguageCode[], override: ConflictOverride | null): Promise<Forum> {
    const input = occurrenceInput(series, occurrence, enabled, override);
    const booking = { venueId: input.venueId ?? null, hostIds: input.hostIds ?? [], startsAt: occurrence.startsAt, endsAt: occurrence.endsAt };
    tx.booking = booking;
    tx.bookingFields = { venue: 'input.venueId', hosts: 'input.hostIds' };
    const forum = await this.scheduling.createInManager(tx.manager, tx.actor, input);
    forum.seriesId = series.id;
    forum.seriesOccurrenceKey = occurrence.key;
    await tx.manager.update(Forum, { id: forum.id }, { seriesId: series.id, seriesOccurrenceKey: occurrence.key });
    if (series.publishOccurrences) return this.lifecycle.publishIn(tx, forum);
    return forum;
  }

  /** Upcoming occurrences of a series from a local date on, locked, soonest first. */
  async upcoming(manager: EntityManager, seriesId: string, fromKey: string | null = null): Promise<Forum[]> {
    const query = manager
      .createQueryBuilder(Forum, 'forum')
      .setLock('pessimistic_write')
      .where('forum.seriesId = :seriesId', { seriesId })
      .andWhere('forum.startsAt > :now', { now: this.clock.now() })
      .orderBy('forum.startsAt', 'ASC');
    if (fromKey) query.andWhere('forum.seriesOccurrenceKey >= :fromKey', { fromKey });
    return query.getMany();
  }
}
