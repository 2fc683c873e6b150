import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Forum } from '../forum.entity';
import { ForumFormat, ForumStatus, ForumType, ForumVisibility } from '../forum.enums';
import { ForumHost } from '../forum-host.entity';
import { ForumReport, ForumReportOrganisation } from '../reports/forum-report.entity';
import { CommunityConcern } from '../reports/community-concern.entity';

/** An online forum another feature's demo part writes (e.g. a task force's monthly meeting). */
export interface DemoOnlineForum {
  agencyId: string;
  title: string;
  type: ForumType;
  description: string;
  topics: string[];
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  onlineUrl: string;
  visibility: ForumVisibility;
  agenda: { title: string }[];
  publishedAt: Date;
  /** Hosts it, and created it. */
  hostId: string;
  /** Completed with this report; published (to come) without one. */
  report?: { completedAt: Date; attendanceCount: number; summary: string; organisationIds: string[] };
}

/**
 * Forum rows for other features' demo parts, written in the demo transaction, so the forum
 * tables are written only by this lib. Plain inserts, like the forums' own demo part: the demo
 * history is set down as it happened, not replayed through scheduling (no audit, no mail).
 */
@Injectable()
export class ForumDemoRecords {
  /** Writes the forum with its host (and, when completed, its report and the organisations represented); returns its id. */
  async addOnlineForum(manager: EntityManager, demo: DemoOnlineForum): Promise<string> {
    const { report } = demo;
    const forum = await manager.save(
      manager.create(Forum, {
        agencyId: demo.agencyId,
        title: demo.title,
        type: demo.type,
        description: demo.description,
        topics: demo.topics,
        startsAt: demo.startsAt,
        endsAt: demo.endsAt,
        timeZone: demo.timeZone,
        format: ForumFormat.ONLINE,
        onlineUrl: demo.onlineUrl,
        visibility: demo.visibility,
        status: report ? ForumStatus.COMPLETED : ForumStatus.PUBLISHED,
        publishedAt: demo.publishedAt,
        completedAt: report?.completedAt ?? null,
        agenda: demo.agenda,
        createdBy: demo.hostId,
      }),
    );
    // The database refuses a double-booked host (forum_hosts_overlap): callers pick distinct slots.
    await manager.insert(ForumHost, { forumId: forum.id, staffUserId: demo.hostId });
    if (!report) return forum.id;
    await manager.insert(ForumReport, {
      forumId: forum.id,
      agencyId: demo.agencyId,
      attendanceCount: report.attendanceCount,
      summary: report.summary,
      minutes: null,
      submittedBy: demo.hostId,
    });
    if (report.organisationIds.length) {
      await manager.insert(ForumReportOrganisation, report.organisationIds.map((organisationId) => ({ forumId: forum.id, organisationId, agencyId: demo.agencyId })));
    }
    return forum.id;
  }

  /** Concerns on these topics raised at the agency's completed forums of `type`, oldest first (at most `limit`). */
  concernsRaisedAt(manager: EntityManager, agencyId: string, type: ForumType, topics: string[], limit: number): Promise<CommunityConcern[]> {
    return manager
      .createQueryBuilder(CommunityConcern, 'c')
      .innerJoin(Forum, 'f', 'f.id = c.forumId')
      .where('c.agencyId = :agencyId AND f.type = :type AND f.status = :status', { agencyId, type, status: ForumStatus.COMPLETED })
      .andWhere('c.topic IN (:...topics)', { topics })
      .orderBy('c.raisedAt', 'ASC')
      .limit(limit)
      .getMany();
  }
}
