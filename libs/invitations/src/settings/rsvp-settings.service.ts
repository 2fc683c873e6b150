import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { InputError, NotFoundError, StaffActor, errorText } from '@app/common';
import { AuditService, diff } from '@app/audit';
import { UnitOfWork } from '@app/events';
import { ForumLookupService } from '@app/forums';
import type { Forum } from '@app/forums';
import { PromotionMode } from '../invitation.enums';
import { DEFAULT_RSVP_SETTINGS, ForumRsvpSettings } from '../forum-rsvp-settings.entity';
import { ReminderScheduler } from '../reminders/reminder-scheduler';
import { InvitationsRepository } from '../invitations.repository';

export interface RsvpSettingsInput {
  promotionMode?: PromotionMode;
  offerWindowMinutes?: number;
  reminderOffsetsMinutes?: number[];
  nudgeBeforeDeadlineMinutes?: number;
}

/** A forum's RSVP choices (waitlist promotion, reminder times). */
@Injectable()
export class RsvpSettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly reminders: ReminderScheduler,
    private readonly forums: ForumLookupService,
    private readonly invitations: InvitationsRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async get(actor: StaffActor, forumId: string): Promise<ForumRsvpSettings> {
    await this.forumOf(this.dataSource.manager, actor, forumId);
    return (await this.dataSource.manager.findOneBy(ForumRsvpSettings, { forumId })) ?? this.defaults(actor, forumId);
  }

  async set(actor: StaffActor, forumId: string, input: RsvpSettingsInput): Promise<ForumRsvpSettings> {
    const offsets = input.reminderOffsetsMinutes;
    if (offsets && (offsets.length > 5 || offsets.some((o) => !Number.isInteger(o) || o < 1 || o > 60 * 24 * 60))) {
      throw new InputError('input.reminderOffsetsMinutes', errorText('Give up to 5 reminder times, each 1 minute to 60 days before the start'), 'INVALID_REMINDERS');
    }
    return this.unitOfWork.run(actor, async (tx) => {
      const manager = tx.manager;
      const forum = await this.forumOf(manager, actor, forumId);
      const before = (await manager.findOneBy(ForumRsvpSettings, { forumId })) ?? this.defaults(actor, forumId);
      const after = manager.create(ForumRsvpSettings, {
        ...before,
        ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined && v !== null)),
        reminderOffsetsMinutes: offsets ? [...new Set(offsets)].sort((a, b) => b - a) : before.reminderOffsetsMinutes,
      });
      await manager.save(after);
      await this.audit.record(manager, actor, {
        action: 'forum.rsvp_settings.update',
        entityType: 'Forum',
        entityId: forumId,
        summary: `Changed RSVP settings of "${forum.title}"`,
        changes: diff(before, after),
      });
      // Only forums that already invited people have reminders to keep in step.
      const invited = await this.invitations.anyFor(manager, forumId);
      const jobs = invited ? await this.reminders.ensureForForum(manager, forum) : [];
      tx.afterCommit(() => this.reminders.dispatch(jobs));
      return after;
    });
  }

  private defaults(actor: StaffActor, forumId: string): ForumRsvpSettings {
    return Object.assign(new ForumRsvpSettings(), { forumId, agencyId: actor.agencyId, ...DEFAULT_RSVP_SETTINGS, reminderOffsetsMinutes: [...DEFAULT_RSVP_SETTINGS.reminderOffsetsMinutes] });
  }

  private async forumOf(manager: EntityManager, actor: StaffActor, forumId: string): Promise<Forum> {
    const forum = await this.forums.find(manager, forumId, actor.agencyId);
    if (!forum) throw new NotFoundError('Forum', forumId);
    return forum;
  }
}
