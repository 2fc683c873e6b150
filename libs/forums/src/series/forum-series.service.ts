import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock, InputError, NotFoundError, StaffActor, systemActor, errorText } from '@app/common';
import { AuditService } from '@app/audit';
import { Forum } from '../forum.entity';
import { ForumStatus } from '../forum.enums';
import { ForumChanges } from '../forum-input';
import { ForumChangeRunner, ForumTransaction } from '../forum-change-runner';
import { ForumSchedulingService } from '../forum-scheduling.service';
import { ForumLifecycleService } from '../forum-lifecycle.service';
import { ForumSeries, ForumSeriesStatus } from './forum-series.entity';
import { SeriesError, OccurrenceConflict } from './series.errors';
import { ForumSeriesChanges, NewForumSeries, assertHorizon, buildTemplate, templatePatch } from './series-input';
import { addDays, assertLocalDate, assertRecurrenceSpec, joinRule, localDate, nextOccurrenceDates, ruleParts } from './occurrences';
import { SeriesMaterialiser } from './series-materialiser';
import { forumTranslationList } from '../forum-translations';

const REQUIRED = ['title', 'type', 'format', 'visibility', 'signLanguage'] as const;
const LIVE = [ForumStatus.DRAFT, ForumStatus.PUBLISHED];

/**
 * Recurring series: creating one (and its occurrences up to the horizon), extending every
 * active series' horizon (the daily job), whole-series edits and ending a series.
 * "This and following" edits live in SeriesSplitService.
 */
@Injectable()
export class ForumSeriesService {
  private readonly logger = new Logger(ForumSeriesService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly runner: ForumChangeRunner,
    private readonly scheduling: ForumSchedulingService,
    private readonly lifecycle: ForumLifecycleService,
    private readonly materialiser: SeriesMaterialiser,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * A new series and its occurrences up to the horizon, all or nothing. Occurrences that
   * collide with other forums are a CONFLICT naming the first (and listing all) unless
   * `conflictOverride` is given; the override is then set on those occurrences only.
   */
  create(actor: StaffActor, input: NewForumSeries): Promise<ForumSeries> {
    return this.runner.run(actor, async (tx) => {
      const series = await this.insertSeries(tx, input, null);
      const result = await this.materialiser.materialise(tx, series, { mode: 'STRICT', override: input.conflictOverride ?? null });
      await this.audit.record(tx.manager, actor, {
        action: 'forumSeries.create',
        entityType: 'ForumSeries',
        entityId: series.id,
        summary: `Created series "${series.template.title}" (${series.recurrenceRule} at ${series.startTime} ${series.timeZone}) with ${result.created.length} occurrence(s)${
          result.overridden.length ? `, overriding conflicts on ${result.overridden.join(', ')}: ${input.conflictOverride?.reason}` : ''
        }`,
        changes: {
          recurrenceRule: series.recurrenceRule,
          startDate: series.startDate,
          startTime: series.startTime,
          durationMinutes: series.durationMinutes,
          timeZone: series.timeZone,
          horizonDays: series.horizonDays,
          occurrences: result.created.map((f) => f.id),
          ...(result.overridden.length ? { conflictOverride: { reason: input.conflictOverride?.reason, occurrences: result.overridden } } : {}),
        },
      });
      return series;
    });
  }

  /**
   * Validates and writes a series row (occurrences are made by the caller). Used for new
   * series and for the second half of a split, which `previousSeriesId` links back.
   */
  async insertSeries(tx: ForumTransaction, input: NewForumSeries, previousSeriesId: string | null): Promise<ForumSeries> {
    const spec = assertRecurrenceSpec({
      recurrenceRule: input.recurrenceRule,
      startDate: input.startDate,
      startTime: input.startTime,
      durationMinutes: input.durationMinutes,
      timeZone: input.timeZone,
    });
    const horizonDays = assertHorizon(input.horizonDays);
    for (const key of REQUIRED) {
      if (input[key] === null) throw new InputError(`input.${key}`, errorText('is required'), 'REQUIRED');
    }
    if (!input.title?.trim()) throw new InputError('input.title', errorText('must not be empty'));
    // Checked before the series row is written (its venue is a foreign key); occurrences check again.
    if (input.venueId) await this.scheduling.usableVenue(tx.manager, tx.actor.agencyId, input.venueId, 'input.venueId');
    await this.scheduling.validHosts(tx.manager, tx.actor.agencyId, input.hostIds ?? [], 'input.hostIds');
    await this.scheduling.assertTranslations(tx.manager, tx.actor.agencyId, input.translations);
    const series = tx.manager.create(ForumSeries, {
      ...spec,
      agencyId: tx.actor.agencyId,
      status: ForumSeriesStatus.ACTIVE,
      horizonDays,
      publishOccurrences: input.publishOccurrences ?? false,
      template: buildTemplate(input),
      venueId: input.venueId ?? null,
      conflictOverrideReason: input.conflictOverride?.reason.trim() || null,
      skippedDates: [],
      skipReasons: {},
      previousSeriesId,
      createdBy: tx.actor.kind === 'STAFF' ? tx.actor.userId : null,
    });
    // Refuses a rule that would flood the horizon (e.g. daily over two years) before writing anything.
    this.materialiser.dueOrRefuse(series, Boolean(previousSeriesId));
    return tx.manager.save(series);
  }

  /**
   * Extends every active series up to its horizon (the daily `forums.series.extend` job).
   * Each series is its own transaction; what exists already is never created again.
   */
  async extendAll(): Promise<{ series: number; created: number; skipped: number }> {
    const rows = await this.dataSource
      .getRepository(ForumSeries)
      .find({ select: { id: true, agencyId: true }, where: { status: ForumSeriesStatus.ACTIVE }, order: { createdAt: 'ASC', id: 'ASC' } });
    const totals = { series: 0, created: 0, skipped: 0 };
    for (const row of rows) {
      try {
        const result = await this.extend(row.agencyId, row.id);
        totals.series += 1;
        totals.created += result.created;
        totals.skipped += result.skipped;
      } catch (error) {
        // One broken series must not stop the others; the next run tries it again.
        this.logger.error({ err: error, seriesId: row.id }, 'extending a forum series failed');
      }
    }
    return totals;
  }

  /** Extends one series' horizon as the system; occurrences that cannot be booked are left out and audited. */
  extend(agencyId: string, seriesId: string): Promise<{ created: number; skipped: number }> {
    return this.runner.run(systemActor(agencyId, 'forum series horizon'), async (tx) => {
      const series = await this.lockSeries(tx.manager, agencyId, seriesId);
      if (series.status !== ForumSeriesStatus.ACTIVE) return { created: 0, skipped: 0 };
      const result = await this.materialiser.materialise(tx, series, { mode: 'SKIP' });
      if (result.created.length) {
        await this.audit.record(tx.manager, tx.actor, {
          action: 'forumSeries.extend',
          entityType: 'ForumSeries',
          entityId: series.id,
          summary: `Extended "${series.template.title}" through ${series.materialisedThrough}: ${result.created.length} new occurrence(s)`,
          changes: { occurrences: result.created.map((f) => f.id), materialisedThrough: series.materialisedThrough },
        });
      }
      return { created: result.created.length, skipped: result.skipped.length };
    });
  }

  /**
   * Whole-series changes that are not about time: the template changes, and so does every
   * upcoming occurrence that was not moved or edited on its own. A longer horizon
   * materialises at once. Conflicts are reported per occurrence unless overridden.
   */
  update(actor: StaffActor, id: string, changes: ForumSeriesChanges): Promise<ForumSeries> {
    return this.runner.run(actor, async (tx) => {
      const series = await this.lockSeries(tx.manager, actor.agencyId, id);
      if (series.status !== ForumSeriesStatus.ACTIVE) throw SeriesError.notActive(series.status);
      for (const key of REQUIRED) {
        if (changes[key] === null) throw new InputError(`input.${key}`, errorText('cannot be cleared; leave it out to keep it'), 'REQUIRED');
      }
      const before = { template: series.template, venueId: series.venueId, horizonDays: series.horizonDays, publishOccurrences: series.publishOccurrences };
      series.template = { ...series.template, ...templatePatch(changes) };
      if (changes.title !== undefined && !changes.title?.trim()) throw new InputError('input.title', errorText('must not be empty'));
      if (changes.venueId) await this.scheduling.usableVenue(tx.manager, actor.agencyId, changes.venueId, 'input.venueId');
      if (changes.hostIds) await this.scheduling.validHosts(tx.manager, actor.agencyId, changes.hostIds, 'input.hostIds');
      await this.scheduling.assertTranslations(tx.manager, actor.agencyId, changes.translations);
      if (changes.venueId !== undefined) series.venueId = changes.venueId;
      if (changes.horizonDays !== undefined) series.horizonDays = assertHorizon(changes.horizonDays);
      if (changes.publishOccurrences != null) series.publishOccurrences = changes.publishOccurrences;
      if (changes.conflictOverride !== undefined) series.conflictOverrideReason = changes.conflictOverride?.reason.trim() || null;
      // The horizon may have grown: refuse a flood before touching anything.
      this.materialiser.dueOccurrences(series);

      const forumChanges = this.forumChanges(changes);
      const mode = { mode: 'STRICT' as const, override: changes.conflictOverride ?? null };
      const collisions: OccurrenceConflict[] = [];
      const updated: string[] = [];
      const published: string[] = [];
      for (const forum of await this.materialiser.upcoming(tx.manager, series.id)) {
        if (!LIVE.includes(forum.status)) continue;
        if (!forum.seriesDetached && Object.keys(forumChanges).length) {
          const outcome = await this.materialiser.step(tx, forum.seriesOccurrenceKey!, mode, async (override) => {
            // Read again: a first attempt rolled back to its savepoint may have changed the object.
            const fresh = await tx.manager.findOneByOrFail(Forum, { id: forum.id });
            return this.scheduling.updateIn(tx, fresh, override ? { ...forumChanges, conflictOverride: override } : forumChanges);
          });
          if (outcome.kind === 'CONFLICT') collisions.push(outcome.conflict);
          else updated.push(forum.id);
        }
        if (series.publishOccurrences && !before.publishOccurrences && forum.status === ForumStatus.DRAFT) {
          await this.lifecycle.publishIn(tx, await tx.manager.findOneByOrFail(Forum, { id: forum.id }));
          published.push(forum.id);
        }
      }
      if (collisions.length) throw SeriesError.occurrencesConflict(collisions);
      const result = await this.materialiser.materialise(tx, series, mode);
      await this.audit.record(tx.manager, actor, {
        action: 'forumSeries.update',
        entityType: 'ForumSeries',
        entityId: series.id,
        summary: `Updated series "${series.template.title}": ${Object.keys(changes).filter((k) => k !== 'conflictOverride').join(', ') || 'no changes'}; ${updated.length} upcoming occurrence(s) changed${
          changes.conflictOverride ? ` (overriding conflicts: ${changes.conflictOverride.reason})` : ''
        }`,
        changes: {
          before,
          after: { template: series.template, venueId: series.venueId, horizonDays: series.horizonDays, publishOccurrences: series.publishOccurrences },
          updatedOccurrences: updated,
          publishedOccurrences: published,
          createdOccurrences: result.created.map((f) => f.id),
        },
      });
      return series;
    });
  }

  /**
   * Ends a series: every upcoming occurrence (moved ones too) is cancelled with the reason;
   * past ones stay. With `lastDate` (a local date) it ends after that day instead: the rule
   * stops there (UNTIL), occurrences after it are cancelled and those up to it stay; the
   * series is ENDED once that day has passed.
   */
  end(actor: StaffActor, id: string, reason: string, lastDate: string | null = null): Promise<ForumSeries> {
    return this.runner.run(actor, async (tx) => {
      if (!reason?.trim()) throw new InputError('reason', errorText('say why the series ends'), 'REASON_REQUIRED');
      if (lastDate !== null) assertLocalDate(lastDate, 'lastDate');
      const series = await this.lockSeries(tx.manager, actor.agencyId, id);
      if (series.status !== ForumSeriesStatus.ACTIVE) throw SeriesError.notActive(series.status);
      const today = localDate(series.timeZone, 0, this.clock.now());
      if (lastDate !== null && lastDate < series.startDate) throw new InputError('lastDate', errorText('must be on or after the series\' first date, {startDate}', { startDate: series.startDate }), 'END_BEFORE_START');
      const endsLater = lastDate !== null && lastDate >= today;
      const cancelled: string[] = [];
      for (const forum of await this.materialiser.upcoming(tx.manager, series.id)) {
        if (!LIVE.includes(forum.status)) continue;
        if (endsLater && forum.seriesOccurrenceKey && forum.seriesOccurrenceKey <= lastDate) continue;
        await this.lifecycle.cancelIn(tx, forum, reason);
        cancelled.push(forum.id);
      }
      // Only a rule that would go on past the last date changes (a rule ending sooner stays as it is).
      if (lastDate !== null && nextOccurrenceDates(series, addDays(lastDate, 1), 1).dates.length) {
        const parts = ruleParts(series.recurrenceRule);
        parts.delete('COUNT');
        parts.set('UNTIL', lastDate.replace(/-/g, ''));
        series.recurrenceRule = joinRule(parts);
      }
      if (!endsLater) series.status = ForumSeriesStatus.ENDED;
      series.endReason = reason.trim();
      series.endedAt = endsLater ? null : this.clock.now();
      await tx.manager.save(series);
      await this.audit.record(tx.manager, actor, {
        action: 'forumSeries.end',
        entityType: 'ForumSeries',
        entityId: series.id,
        summary: `Ended series "${series.template.title}"${lastDate ? ` after ${lastDate}` : ''}: ${series.endReason} (${cancelled.length} upcoming occurrence(s) cancelled)`,
        changes: { reason: series.endReason, cancelledOccurrences: cancelled, endedOn: today, lastDate, recurrenceRule: series.recurrenceRule },
      });
      return series;
    });
  }

  /** Locks a series of the caller's agency for the rest of the transaction. */
  async lockSeries(manager: EntityManager, agencyId: string, id: string): Promise<ForumSeries> {
    const series = await manager.findOne(ForumSeries, { where: { id, agencyId }, lock: { mode: 'pessimistic_write' } });
    if (!series) throw new NotFoundError('ForumSeries', id);
    return series;
  }

  /** The forum fields a series change carries to its occurrences. */
  forumChanges(changes: Partial<ForumSeriesChanges>): ForumChanges {
    const out: ForumChanges = {};
    const patch = templatePatch(changes);
    for (const [key, value] of Object.entries(patch)) (out as Record<string, unknown>)[key] = value;
    // Given, they replace every occurrence's translations, as they replace the template's.
    if (patch.translations) out.translations = forumTranslationList(patch.translations);
    if (changes.venueId !== undefined) out.venueId = changes.venueId;
    return out;
  }
}
