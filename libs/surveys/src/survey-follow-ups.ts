import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor, Clock } from '@app/common';
import { OnEvent, UnitOfWorkContext } from '@app/events';
import type { Forum } from '@app/forums';
import { ForumChange, ForumStatus } from '@app/forums';
import { OutboxService, QueuedEmail } from '@app/mail';
import { AttendanceService } from '@app/invitations';
import type { InvitationsAttended } from '@app/invitations';
import { Survey, availability } from './survey.entity';
import { SurveyStatus } from './survey.enums';
import { SurveyDistributionService } from './survey-distribution.service';
import { SurveyInvitationRepository } from './survey-invitation.repository';

/**
 * A completed forum's follow-up surveys go to its attendees by personal link, in the
 * completing transaction: those checked in, else those who said they were attending. A
 * later check-in sends the survey to that person too; nobody gets a survey twice (one
 * personal link per survey and contact, enforced by the database).
 */
@Injectable()
export class SurveyFollowUps {
  constructor(
    private readonly attendance: AttendanceService,
    private readonly distribution: SurveyDistributionService,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  @OnEvent('forum.changed')
  async onForumChange(change: ForumChange, tx: UnitOfWorkContext): Promise<void> {
    const { manager, actor } = tx;
    if (change.kind === 'COMPLETED') this.outbox.dispatchAfterCommit(tx, await this.send(manager, actor, change.forum, await this.attendance.attendeeContactIds(manager, change.forum.id)));
  }

  /** A check-in after completion sends that person the survey too. */
  @OnEvent('invitations.attended')
  async onAttended(attended: InvitationsAttended, tx: UnitOfWorkContext): Promise<void> {
    if (attended.forum.status === ForumStatus.COMPLETED) this.outbox.dispatchAfterCommit(tx, await this.send(tx.manager, tx.actor, attended.forum, attended.contactIds));
  }

  private async send(manager: EntityManager, actor: Actor, forum: Forum, contactIds: string[]): Promise<QueuedEmail[]> {
    if (contactIds.length === 0) return [];
    const surveys = await manager.find(Survey, {
      where: { agencyId: forum.agencyId, forumId: forum.id, status: SurveyStatus.PUBLISHED, personalInvitations: true },
      order: { createdAt: 'ASC' },
    });
    const queued: QueuedEmail[] = [];
    for (const survey of surveys.filter((s) => availability(s, this.clock.now()) !== 'CLOSED')) {
      const fresh = await this.notYetSent(manager, survey.id, contactIds);
      if (fresh.length) queued.push(...(await this.distribution.distributeIn(manager, actor, survey.id, fresh)).emails);
    }
    return queued;
  }

  /** Skips people who already have a link, so a repeated check-in writes nothing (not even an audit entry). */
  private async notYetSent(manager: EntityManager, surveyId: string, contactIds: string[]): Promise<string[]> {
    const already = await SurveyInvitationRepository.contactsWithLink(manager, surveyId, contactIds);
    return contactIds.filter((id) => !already.has(id));
  }
}
