import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { InputError, NotFoundError, StaffActor } from '@app/common';
import { AuditService } from '@app/audit';
import { Forum, ForumStatus, ForumType } from '@app/forums';
import { Organisation } from '@app/partners';
import { MeetingAttendance, TaskForceMeeting } from './meeting.entities';
import { TaskForceError, mapConstraint } from './task-forces.errors';
import { findTaskForce, openTaskForce } from './task-force-access';

export interface MeetingRow {
  forum: Forum;
  taskForceId: string;
  organisationIds: string[];
}

/**
 * Task force meetings are forums of type TASK_FORCE_MEETING linked here. Attendance by
 * organisation is recorded here for now; once the forum completion report (organisations
 * represented) is merged, it can be read from there instead.
 */
@Injectable()
export class MeetingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async link(actor: StaffActor, taskForceId: string, forumId: string): Promise<Forum> {
    return this.dataSource.transaction(async (manager) => {
      const taskForce = await openTaskForce(manager, actor.agencyId, taskForceId);
      const forum = await manager.findOneBy(Forum, { id: forumId, agencyId: actor.agencyId });
      if (!forum) throw new NotFoundError('Forum', forumId);
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
  }

  /** Replaces the organisations recorded as present at a meeting that has started. */
  async recordAttendance(actor: StaffActor, forumId: string, organisationIds: string[]): Promise<Forum> {
    return this.dataSource.transaction(async (manager) => {
      const meeting = await manager.findOneBy(TaskForceMeeting, { forumId });
      const forum = meeting ? await manager.findOneBy(Forum, { id: forumId, agencyId: actor.agencyId }) : null;
      if (!meeting || !forum) throw new NotFoundError('TaskForceMeeting', forumId);
      const taskForce = await findTaskForce(manager, actor.agencyId, meeting.taskForceId, true);
      if (forum.status === ForumStatus.CANCELLED) throw new InputError('forumId', 'The meeting was cancelled');
      if (forum.startsAt.getTime() > Date.now()) throw new InputError('forumId', 'The meeting has not started yet');
      const ids = [...new Set(organisationIds)];
      const found = ids.length ? await manager.findBy(Organisation, { id: In(ids), agencyId: actor.agencyId }) : [];
      const missing = ids.findIndex((id) => !found.some((o) => o.id === id));
      if (missing >= 0) throw new InputError(`organisationIds.${missing}`, 'is not an organisation of this agency');
      await manager.delete(MeetingAttendance, { forumId });
      if (ids.length) await manager.insert(MeetingAttendance, ids.map((organisationId) => ({ forumId, organisationId })));
      await this.audit.record(manager, actor, {
        action: 'taskForce.meeting.attendance',
        entityType: 'TaskForce',
        entityId: taskForce.id,
        summary: `Recorded ${ids.length} organisation(s) at "${forum.title}"`,
        changes: { forumId, organisationIds: ids },
      });
      return forum;
    });
  }

  /** Meetings of the task forces, oldest first, with the organisations recorded as present. */
  async meetingsFor(agencyId: string, taskForceIds: readonly string[]): Promise<MeetingRow[]> {
    if (!taskForceIds.length) return [];
    const links = await this.dataSource.manager.findBy(TaskForceMeeting, { taskForceId: In([...taskForceIds]) });
    if (!links.length) return [];
    const forums = await this.dataSource.manager.find(Forum, { where: { agencyId, id: In(links.map((l) => l.forumId)) }, order: { startsAt: 'ASC' } });
    const attendance = await this.dataSource.manager.findBy(MeetingAttendance, { forumId: In(forums.map((f) => f.id)) });
    const taskForceOf = new Map(links.map((l) => [l.forumId, l.taskForceId]));
    return forums.map((forum) => ({
      forum,
      taskForceId: taskForceOf.get(forum.id)!,
      organisationIds: attendance.filter((a) => a.forumId === forum.id).map((a) => a.organisationId),
    }));
  }
}

/** A meeting counts as held once it has ended and was not cancelled. */
export function meetingHeld(forum: Forum, now: Date): boolean {
  return forum.status !== ForumStatus.CANCELLED && forum.endsAt.getTime() <= now.getTime();
}
