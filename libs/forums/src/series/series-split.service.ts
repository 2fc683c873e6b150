import { Injectable } from '@nestjs/common';
import { Clock, StaffActor } from '@app/common';
import type { LanguageCode } from '@app/common';
import { AuditService } from '@app/audit';
import { Forum } from '../forum.entity';
import { ForumStatus } from '../forum.enums';
import { ForumChangeRunner } from '../forum-change-runner';
import { ForumSchedulingService } from '../forum-scheduling.service';
import { ForumLifecycleService } from '../forum-lifecycle.service';
import { ForumsRepository } from '../forums.repository';
import { ForumSeries, ForumSeriesStatus } from './forum-series.entity';
import { OccurrenceConflict, SeriesError } from './series.errors';
import { ForumSeriesSplit, NewForumSeries, translationsFor } from './series-input';
import { addDays, joinRule, occurrenceDates, occurrenceOn, ruleParts } from './occurrences';
import { SeriesMaterialiser } from './series-materialiser';
import { ForumSeriesService } from './forum-series.service';

const LIVE = [ForumStatus.DRAFT, ForumStatus.PUBLISHED];

/**
 * "This and following" edits. The old series ends the day before the chosen occurrence
 * (UNTIL; a COUNT carries over as what was left of it) and a new series, linked back to
 * it, starts on that occurrence's date with the changes. Upcoming occurrences from that
 * date on that were not moved or edited on their own:
 * - keep their forum (id, RSVPs, history) when the new rule still has their date: they
 *   join the new series, take the changed details and, if the time changed, are
 *   rescheduled (a published one's sequence rises and attendees are told);
 * - are cancelled when the new rule no longer has their date.
 * Moved, edited-alone, cancelled and already held occurrences are left as they are but
 * join the new series, so it never books their dates again. Earlier occurrences stay
 * with the old series, untouched.
 */
@Injectable()
export class SeriesSplitService {
  constructor(
    private readonly runner: ForumChangeRunner,
    private readonly scheduling: ForumSchedulingService,
    private readonly lifecycle: ForumLifecycleService,
    private readonly series: ForumSeriesService,
    private readonly materialiser: SeriesMaterialiser,
    private readonly audit: AuditService,
    private readonly forums: ForumsRepository,
    private readonly clock: Clock,
  ) {}

  updateFrom(actor: StaffActor, forumId: string, input: ForumSeriesSplit): Promise<ForumSeries> {
    return this.runner.run(actor, async (tx) => {
      const { manager } = tx;
      const forum = await this.scheduling.lockForum(manager, actor.agencyId, forumId);
      if (!forum.seriesId || !forum.seriesOccurrenceKey) throw SeriesError.notAnOccurrence();
      if (forum.startsAt.getTime() <= this.clock.now().getTime() || forum.status === ForumStatus.COMPLETED) throw SeriesError.occurrenceHeld();
      const old = await this.series.lockSeries(manager, actor.agencyId, forum.seriesId);
      if (old.status !== ForumSeriesStatus.ACTIVE) throw SeriesError.notActive(old.status);
      const from = forum.seriesOccurrenceKey;
      const reason = input.reason?.trim() || null;

      const enabled = await this.scheduling.enabledLanguages(manager, actor.agencyId);
      const next = await this.series.insertSeries(tx, this.continuation(old, from, input, enabled), old.id);
      next.skippedDates = old.skippedDates.filter((d) => d >= from);
      next.skipReasons = Object.fromEntries(Object.entries(old.skipReasons).filter(([d]) => d >= from));
      await manager.save(next);

      const oldRule = ruleParts(old.recurrenceRule);
      oldRule.delete('COUNT');
      oldRule.set('UNTIL', addDays(from, -1).replace(/-/g, ''));
      const before = { recurrenceRule: old.recurrenceRule };
      old.recurrenceRule = joinRule(oldRule);
      old.skippedDates = old.skippedDates.filter((d) => d < from);
      old.skipReasons = Object.fromEntries(Object.entries(old.skipReasons).filter(([d]) => d < from));
      old.status = ForumSeriesStatus.ENDED;
      old.endedAt = this.clock.now();
      old.endReason = `Continued from ${from} by series ${next.id}${reason ? `: ${reason}` : ''}`;
      await manager.save(old);

      // Occurrences that are not the series' to change any more join the new series as they are.
      await this.forums.moveSettledOccurrences(manager, old.id, next.id, from, this.clock.now());

      const keep = new Set(this.materialiser.dueOccurrences(next).map((o) => o.key));
      const changes = this.series.forumChanges(input);
      const mode = { mode: 'STRICT' as const, override: input.conflictOverride ?? null };
      const collisions: OccurrenceConflict[] = [];
      const kept: string[] = [];
      const cancelled: string[] = [];
      for (const occurrence of await this.materialiser.upcoming(manager, old.id, from)) {
        if (!LIVE.includes(occurrence.status) || occurrence.seriesDetached) continue;
        const key = occurrence.seriesOccurrenceKey!;
        if (!keep.has(key)) {
          await this.lifecycle.cancelIn(tx, occurrence, `The series changed from ${from}; ${key} is no longer one of its dates${reason ? ` (${reason})` : ''}`, reason);
          cancelled.push(occurrence.id);
          continue;
        }
        const outcome = await this.materialiser.step(tx, key, mode, (override) => this.carryOver(tx, occurrence.id, next, key, changes, override, reason));
        if (outcome.kind === 'CONFLICT') collisions.push(outcome.conflict);
        else kept.push(occurrence.id);
      }
      if (collisions.length) throw SeriesError.occurrencesConflict(collisions);
      const created = await this.materialiser.materialise(tx, next, mode);

      await this.audit.record(manager, actor, {
        action: 'forumSeries.split',
        entityType: 'ForumSeries',
        entityId: old.id,
        summary: `Changed "${old.template.title}" from ${from} on: continued by series ${next.id}; ${kept.length} occurrence(s) kept, ${cancelled.length} cancelled, ${created.created.length} created${
          input.conflictOverride ? ` (overriding conflicts: ${input.conflictOverride.reason})` : ''
        }`,
        changes: {
          from,
          reason,
          recurrenceRule: { from: before.recurrenceRule, to: old.recurrenceRule },
          newSeriesId: next.id,
          newSeries: { recurrenceRule: next.recurrenceRule, startTime: next.startTime, durationMinutes: next.durationMinutes, timeZone: next.timeZone },
          keptOccurrences: kept,
          cancelledOccurrences: cancelled,
          createdOccurrences: created.created.map((f) => f.id),
        },
      });
      return next;
    });
  }

  /** The new series' input: the old one's settings with the changes, starting on the split date. */
  private continuation(old: ForumSeries, from: string, input: ForumSeriesSplit, enabled: readonly LanguageCode[]): NewForumSeries {
    let rule = input.recurrenceRule ?? old.recurrenceRule;
    if (!input.recurrenceRule) {
      const parts = ruleParts(old.recurrenceRule);
      const count = parts.get('COUNT');
      if (count) {
        const held = occurrenceDates(old, old.startDate, addDays(from, -1), Number.MAX_SAFE_INTEGER).length;
        parts.set('COUNT', String(Math.max(1, Number(count) - held)));
        rule = joinRule(parts);
      }
    }
    const details = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
    return {
      ...old.template,
      translations: translationsFor(old.template.translations, enabled),
      venueId: old.venueId,
      ...details,
      title: input.title ?? old.template.title,
      type: input.type ?? old.template.type,
      format: input.format ?? old.template.format,
      recurrenceRule: rule,
      timeZone: input.timeZone ?? old.timeZone,
      startDate: from,
      startTime: input.startTime ?? old.startTime,
      durationMinutes: input.durationMinutes ?? old.durationMinutes,
      horizonDays: old.horizonDays,
      publishOccurrences: old.publishOccurrences,
      conflictOverride: input.conflictOverride ?? null,
    };
  }

  /** Moves one kept occurrence into the new series: new details, then new times if they changed. */
  private async carryOver(
    tx: Parameters<ForumSchedulingService['rescheduleIn']>[0],
    forumId: string,
    next: ForumSeries,
    key: string,
    changes: ReturnType<ForumSeriesService['forumChanges']>,
    override: { reason: string } | null,
    reason: string | null,
  ): Promise<Forum> {
    // Read again: a first attempt rolled back to its savepoint may have changed the object.
    let forum = await tx.manager.findOneByOrFail(Forum, { id: forumId });
    forum.seriesId = next.id;
    await tx.manager.update(Forum, { id: forumId }, { seriesId: next.id });
    const occurrence = occurrenceOn(next, key);
    const moves = forum.startsAt.getTime() !== occurrence.startsAt.getTime() || forum.endsAt.getTime() !== occurrence.endsAt.getTime() || forum.timeZone !== next.timeZone;
    // When the times change too, the reschedule below sends the one calendar update (new place included).
    if (Object.keys(changes).length) forum = await this.scheduling.updateIn(tx, forum, override ? { ...changes, conflictOverride: override } : changes, 'input', { rescheduleFollows: moves });
    if (moves) {
      forum = await this.scheduling.rescheduleIn(tx, forum, {
        start: occurrence.start,
        end: occurrence.end,
        timeZone: next.timeZone,
        reason: reason ?? 'The series changed',
        conflictOverride: override,
      });
    }
    return forum;
  }
}
