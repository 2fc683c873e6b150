import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { Clock, NotFoundError, PageArgs, StaffActor, paginate, whereContainsText } from '@app/common';
import { StaffAccountsService } from '@app/staff';
import type { StaffUser } from '@app/staff';
import { Forum } from './forum.entity';
import { ForumHost } from './forum-host.entity';
import { ForumScheduleChange } from './forum-schedule-change.entity';
import { ForumStatus, ForumType } from './forum.enums';

export interface ForumFilter {
  /** Forums starting at or after this instant... */
  from?: Date;
  /** ...and before this one. */
  to?: Date;
  type?: ForumType;
  status?: ForumStatus;
  neighbourhood?: string;
  topic?: string;
  hostId?: string;
  /** Words in the title or description. */
  text?: string;
  /** Only published forums that have ended and have no completion report yet. */
  awaitingReport?: boolean;
}

/** Reading forums: the filtered list, one forum, and the batched lookups field resolvers use. */
@Injectable()
export class ForumQueriesService {
  constructor(
    @InjectRepository(Forum) private readonly forums: Repository<Forum>,
    @InjectRepository(ForumHost) private readonly hosts: Repository<ForumHost>,
    @InjectRepository(ForumScheduleChange) private readonly changes: Repository<ForumScheduleChange>,
    private readonly staff: StaffAccountsService,
    private readonly clock: Clock,
  ) {}

  /** The agency's forums, soonest first. */
  list(actor: StaffActor, filter: ForumFilter, page: PageArgs) {
    const query = this.forums.createQueryBuilder('forum').where('forum.agencyId = :agencyId', { agencyId: actor.agencyId });
    if (filter.from) query.andWhere('forum.startsAt >= :from', { from: filter.from });
    if (filter.to) query.andWhere('forum.startsAt < :to', { to: filter.to });
    if (filter.type) query.andWhere('forum.type = :type', { type: filter.type });
    if (filter.status) query.andWhere('forum.status = :status', { status: filter.status });
    if (filter.neighbourhood) query.andWhere('forum.neighbourhood = :neighbourhood', { neighbourhood: filter.neighbourhood });
    if (filter.topic?.trim()) query.andWhere(':topic = ANY(forum.topics)', { topic: filter.topic.trim().replace(/\s+/g, ' ').toLowerCase() });
    if (filter.hostId) {
      query.andWhere('EXISTS (SELECT 1 FROM forum_hosts h WHERE h.forum_id = forum.id AND h.staff_user_id = :hostId)', { hostId: filter.hostId });
    }
    if (filter.awaitingReport) query.andWhere("forum.status = 'PUBLISHED' AND forum.endsAt < :now", { now: this.clock.now() });
    whereContainsText(query, ['forum.title', 'forum.description'], filter.text);
    return paginate(query, page, { property: 'startsAt', direction: 'ASC' });
  }

  async get(actor: Pick<StaffActor, 'agencyId'>, id: string): Promise<Forum> {
    const forum = await this.forums.findOneBy({ id, agencyId: actor.agencyId });
    if (!forum) throw new NotFoundError('Forum', id);
    return forum;
  }

  /** For DataLoaders: many forums of one agency in one query (unknown ids are absent). */
  byIds(agencyId: string, ids: readonly string[]): Promise<Forum[]> {
    return ids.length ? this.forums.findBy({ agencyId, id: In([...ids]) }) : Promise.resolve([]);
  }

  /** Hosts of each forum, as { forumId, host } pairs, in one query. */
  async hostsFor(agencyId: string, forumIds: readonly string[]): Promise<{ forumId: string; host: StaffUser }[]> {
    const links = await this.hosts.findBy({ agencyId, forumId: In([...forumIds]) });
    if (!links.length) return [];
    const people = await this.staff.findByIds(agencyId, [...new Set(links.map((l) => l.staffUserId))]);
    const byId = new Map(people.map((p) => [p.id, p]));
    return links
      .filter((l) => byId.has(l.staffUserId))
      .map((l) => ({ forumId: l.forumId, host: byId.get(l.staffUserId)! }))
      .sort((a, b) => a.host.name.localeCompare(b.host.name));
  }

  /** Earlier times of each forum, oldest first. */
  scheduleHistoryFor(agencyId: string, forumIds: readonly string[]): Promise<ForumScheduleChange[]> {
    return this.changes.find({ where: { agencyId, forumId: In([...forumIds]) }, order: { sequence: 'ASC' } });
  }
}
