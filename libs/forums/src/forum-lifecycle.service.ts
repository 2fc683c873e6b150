import { Injectable } from '@nestjs/common';
import { Clock, InputError, StaffActor, errorText } from '@app/common';
import { AgenciesService } from '@app/agencies';
import { AuditService } from '@app/audit';
import { Forum } from './forum.entity';
import { ForumStatus } from './forum.enums';
import { ForumError } from './forum.errors';
import { ForumChangeRunner, ForumTransaction } from './forum-change-runner';
import { ForumSchedulingService } from './forum-scheduling.service';
import { CompletionReport, ForumReportsService } from './reports/forum-reports.service';

/**
 * The forum lifecycle: DRAFT → PUBLISHED → COMPLETED or CANCELLED (a draft may be
 * cancelled too). Anything else is a CONFLICT naming the current state.
 */
@Injectable()
export class ForumLifecycleService {
  constructor(
    private readonly runner: ForumChangeRunner,
    private readonly scheduling: ForumSchedulingService,
    private readonly reports: ForumReportsService,
    private readonly audit: AuditService,
    private readonly agencies: AgenciesService,
    private readonly clock: Clock,
  ) {}

  publish(actor: StaffActor, id: string): Promise<Forum> {
    return this.runner.run(actor, async (tx) => {
      const forum = await this.scheduling.lockForum(tx.manager, actor.agencyId, id);
      return this.publishIn(tx, forum);
    });
  }

  /** Publishes a locked forum inside a running forum transaction. */
  async publishIn(tx: ForumTransaction, forum: Forum): Promise<Forum> {
    if (forum.status !== ForumStatus.DRAFT) throw ForumError.invalidTransition('publish', forum.status, [ForumStatus.DRAFT]);
    if (forum.startsAt.getTime() <= this.clock.now().getTime()) throw ForumError.alreadyStarted('publish', forum.status);
    forum.status = ForumStatus.PUBLISHED;
    forum.publishedAt = this.clock.now();
    const saved = await tx.manager.save(forum);
    await this.audit.record(tx.manager, tx.actor, {
      action: 'forum.publish',
      entityType: 'Forum',
      entityId: forum.id,
      summary: `Published "${forum.title}"`,
    });
    await tx.notify({ kind: 'PUBLISHED', forum: saved });
    return saved;
  }

  cancel(actor: StaffActor, id: string, reason: string): Promise<Forum> {
    return this.runner.run(actor, async (tx) => {
      const forum = await this.scheduling.lockForum(tx.manager, actor.agencyId, id);
      return this.cancelIn(tx, forum, reason);
    });
  }

  /**
   * Cancels a locked forum inside a running forum transaction; frees its venue and hosts.
   * `reason` is recorded and shown to staff; invitees and the public calendar are told
   * `publicReason`, by default the same. A cancellation the system words (a date a series change
   * dropped) records its explanation, in English, and tells the public only what the officer
   * wrote, if anything: they read the forum in their own language.
   */
  async cancelIn(tx: ForumTransaction, forum: Forum, reason: string, publicReason?: string | null): Promise<Forum> {
    const allowed = [ForumStatus.DRAFT, ForumStatus.PUBLISHED];
    if (!allowed.includes(forum.status)) throw ForumError.invalidTransition('cancel', forum.status, allowed);
    if (!reason?.trim()) throw new InputError('reason', errorText('say why the forum is cancelled'), 'REASON_REQUIRED');
    forum.status = ForumStatus.CANCELLED;
    forum.cancelReason = reason.trim();
    forum.publicCancelReason = publicReason === undefined ? forum.cancelReason : publicReason?.trim() || null;
    forum.cancelledAt = this.clock.now();
    // A cancellation is a new version of the event (RFC 5545 SEQUENCE): calendars ignore a change whose sequence did not rise.
    forum.sequence += 1;
    const saved = await tx.manager.save(forum);
    await this.audit.record(tx.manager, tx.actor, {
      action: 'forum.cancel',
      entityType: 'Forum',
      entityId: forum.id,
      summary: `Cancelled "${forum.title}": ${forum.cancelReason}`,
      changes: { reason: forum.cancelReason, sequence: { from: forum.sequence - 1, to: forum.sequence } },
    });
    await tx.notify({ kind: 'CANCELLED', forum: saved });
    return saved;
  }

  /** Completes a published forum that has started, with its report. */
  complete(actor: StaffActor, id: string, report: CompletionReport): Promise<Forum> {
    return this.runner.run(actor, async (tx) => {
      const forum = await this.scheduling.lockForum(tx.manager, actor.agencyId, id);
      if (forum.status !== ForumStatus.PUBLISHED) throw ForumError.invalidTransition('complete', forum.status, [ForumStatus.PUBLISHED]);
      if (forum.startsAt.getTime() > this.clock.now().getTime()) throw ForumError.notStarted(forum.status);
      const agency = await this.agencies.get(actor.agencyId, tx.manager);
      await this.reports.write(tx.manager, actor, forum, report, agency.neighbourhoods);
      forum.status = ForumStatus.COMPLETED;
      forum.completedAt = this.clock.now();
      const saved = await tx.manager.save(forum);
      await this.audit.record(tx.manager, actor, {
        action: 'forum.complete',
        entityType: 'Forum',
        entityId: forum.id,
        summary: `Completed "${forum.title}" (${report.attendanceCount} attended, ${report.concerns?.length ?? 0} concern(s) raised)`,
        changes: { attendanceCount: report.attendanceCount, organisationIds: report.organisationIds ?? [], concerns: report.concerns?.length ?? 0 },
      });
      await tx.notify({ kind: 'COMPLETED', forum: saved });
      return saved;
    });
  }
}
