import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { StaffActor } from '@app/common';
import { AuditService } from '@app/audit';
import { ForumLookupService, ForumReportsService, ForumStatus, ForumType, type Forum } from '@app/forums';
import { TaskForceMeeting } from './meeting.entities';
import { TaskForceError, mapConstraint } from './task-forces.errors';
import { openTaskForce } from './task-force-access';

export interface MeetingRow {
  forum: Forum;
  taskForceId: string;
  /** Organisations represented, from the forum's completion report (empty until it is completed). */
  organisationIds: string[];
}

/**
 * Task force meetings are forums of type TASK_FORCE_MEETING linked here. Attendance is the
 * forum's completion report (`completeForum`, organisations represented): one source of truth.
 */
@Injectable()
export class MeetingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly forumReports: ForumReportsService,
    private readonly audit: AuditService,
    private readonly forums: ForumLookupService,
  ) {}

  /** Links the forum; a meeting completed before it was linked brings its attendance along. */
  async link(actor: StaffActor, taskForceId: string, forumId: string): Promise<MeetingRow> {
    const forum = await this.dataSource.transaction(async (manager) => {
      const taskForce = await openTaskForce(manager, actor.agencyId, taskForceId);
      const forum = await this.forums.get(actor.agencyId, forumId, manager);
      if (forum.type !== ForumType.TASK_FORCE_MEETING) throw TaskForceError.notAMeeting(forum.type);
      await manager.insert(TaskForceMeeting, { forumId, taskForceId }).catch((e) => mapConstraint(e, { task_force_meetings_pkey: () => TaskForceError.meetingTaken() }));
      await this.audit.record(manager, actor, {
        action: 'taskForce.meeting.link',
        entityType: 'TaskForce',
        entityId: taskForceId,
        summary: `Linked forum "${forum.title}" as a meeting of "${taskForce.name}"`,
        changes: { forumId },
      });
      return forum;
    });
    const represented = meetingHeld(forum) ? await this.forumReports.representedOrganisationsFor(actor.agencyId, [forum.id]) : [];
    return { forum, taskForceId, organisationIds: represented.map((r) => r.id) };
  }

  /** Meetings of the task forces, oldest first, with the organisations their completion reports name. */
  async meetingsFor(agencyId: string, taskForceIds: readonly string[]): Promise<MeetingRow[]> {
    if (!taskForceIds.length) return [];
    const links = await this.dataSource.manager.findBy(TaskForceMeeting, { taskForceId: In([...taskForceIds]) });
    if (!links.length) return [];
    const forums = await this.forums.byIdsByStart(agencyId, links.map((l) => l.forumId));
    const completed = forums.filter(meetingHeld).map((f) => f.id);
    const represented = completed.length ? await this.forumReports.representedOrganisationsFor(agencyId, completed) : [];
    const taskForceOf = new Map(links.map((l) => [l.forumId, l.taskForceId]));
    return forums.map((forum) => ({
      forum,
      taskForceId: taskForceOf.get(forum.id)!,
      organisationIds: represented.filter((r) => r.forumId === forum.id).map((r) => r.id),
    }));
  }
}

/** A meeting counts as held once its forum is completed: the completion report says who came. */
export function meetingHeld(forum: Forum): boolean {
  return forum.status === ForumStatus.COMPLETED;
}

/** Ended without a completion report yet: attendance is unknown, so it counts neither way. */
export function meetingAwaitingReport(forum: Forum, now: Date): boolean {
  return forum.status === ForumStatus.PUBLISHED && forum.endsAt.getTime() <= now.getTime();
}

/** Still to come (not cancelled, not started). */
export function meetingUpcoming(forum: Forum, now: Date): boolean {
  return forum.status !== ForumStatus.CANCELLED && forum.status !== ForumStatus.COMPLETED && forum.startsAt.getTime() > now.getTime();
}
