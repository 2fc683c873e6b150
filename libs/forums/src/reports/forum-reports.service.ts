import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { InputError, PageArgs, StaffActor, paginate, whereContainsText, errorText } from '@app/common';
import { PartnerLookupService } from '@app/partners';
import { Forum } from '../forum.entity';
import { ForumReport, ForumReportOrganisation } from './forum-report.entity';
import { CommunityConcern, ConcernPriority } from './community-concern.entity';

export interface ConcernInput {
  topic: string;
  neighbourhood?: string | null;
  description: string;
  priority: ConcernPriority;
}

export interface CompletionReport {
  attendanceCount: number;
  organisationIds?: string[];
  summary?: string | null;
  minutes?: string | null;
  concerns?: ConcernInput[];
}

export interface ConcernFilter {
  topic?: string;
  neighbourhood?: string;
  priority?: ConcernPriority;
  forumId?: string;
  /** Raised at forums starting at or after this instant. */
  from?: Date;
  /** ...and before this one. */
  to?: Date;
  text?: string;
}

/** Completion reports and the community concerns they raise. */
@Injectable()
export class ForumReportsService {
  constructor(
    @InjectRepository(ForumReport) private readonly reports: Repository<ForumReport>,
    @InjectRepository(ForumReportOrganisation) private readonly represented: Repository<ForumReportOrganisation>,
    @InjectRepository(CommunityConcern) private readonly concerns: Repository<CommunityConcern>,
    private readonly organisations: PartnerLookupService,
  ) {}

  /** Writes the report of `forum` in the completing transaction; validates every part first. */
  async write(manager: EntityManager, actor: StaffActor, forum: Forum, report: CompletionReport, neighbourhoods: string[]): Promise<void> {
    if (!Number.isInteger(report.attendanceCount) || report.attendanceCount < 0) {
      throw new InputError('input.attendanceCount', errorText('must be a whole number, zero or more'));
    }
    const organisationIds = [...new Set(report.organisationIds ?? [])];
    if (organisationIds.length) {
      const found = await this.organisations.namesOf(actor.agencyId, organisationIds, manager);
      const missing = organisationIds.find((id) => !found.some((o) => o.id === id));
      if (missing) throw new InputError('input.organisationIds', errorText('{missing} is not an organisation of this agency', { missing }), 'UNKNOWN_ORGANISATION');
    }
    const concerns = (report.concerns ?? []).map((concern, index) => {
      const field = `input.concerns.${index}`;
      if (!concern.topic?.trim()) throw new InputError(`${field}.topic`, errorText('must not be empty'));
      if (!concern.description?.trim()) throw new InputError(`${field}.description`, errorText('must not be empty'));
      if (!Object.values(ConcernPriority).includes(concern.priority)) throw new InputError(`${field}.priority`, errorText('must be LOW, MEDIUM, HIGH or URGENT'));
      const neighbourhood = concern.neighbourhood?.trim() || null;
      if (neighbourhood && !neighbourhoods.includes(neighbourhood)) {
        throw new InputError(`${field}.neighbourhood`, errorText('must be one of the agency\'s neighbourhoods'), 'UNKNOWN_NEIGHBOURHOOD');
      }
      return manager.create(CommunityConcern, {
        agencyId: actor.agencyId,
        forumId: forum.id,
        topic: concern.topic.trim().replace(/\s+/g, ' ').toLowerCase(),
        neighbourhood,
        description: concern.description.trim(),
        priority: concern.priority,
        raisedAt: forum.startsAt,
      });
    });
    await manager.insert(ForumReport, {
      forumId: forum.id,
      agencyId: actor.agencyId,
      attendanceCount: report.attendanceCount,
      summary: report.summary?.trim() ?? '',
      minutes: report.minutes?.trim() || null,
      submittedBy: actor.userId,
    });
    if (organisationIds.length) {
      await manager.insert(
        ForumReportOrganisation,
        organisationIds.map((organisationId) => ({ forumId: forum.id, organisationId, agencyId: actor.agencyId })),
      );
    }
    if (concerns.length) await manager.save(concerns);
  }

  /** Concerns across the agency's forums, most recently raised first. */
  listConcerns(actor: StaffActor, filter: ConcernFilter, page: PageArgs) {
    const query = this.concerns.createQueryBuilder('concern').where('concern.agencyId = :agencyId', { agencyId: actor.agencyId });
    if (filter.topic?.trim()) query.andWhere('lower(concern.topic) = :topic', { topic: filter.topic.trim().toLowerCase() });
    if (filter.neighbourhood) query.andWhere('concern.neighbourhood = :neighbourhood', { neighbourhood: filter.neighbourhood });
    if (filter.priority) query.andWhere('concern.priority = :priority', { priority: filter.priority });
    if (filter.forumId) query.andWhere('concern.forumId = :forumId', { forumId: filter.forumId });
    if (filter.from) query.andWhere('concern.raisedAt >= :from', { from: filter.from });
    if (filter.to) query.andWhere('concern.raisedAt < :to', { to: filter.to });
    whereContainsText(query, ['concern.description', 'concern.topic'], filter.text);
    return paginate(query, page, { property: 'raisedAt', direction: 'DESC' });
  }

  reportsFor(agencyId: string, forumIds: readonly string[]): Promise<ForumReport[]> {
    return this.reports.findBy({ agencyId, forumId: In([...forumIds]) });
  }

  /** The agency's concerns with these ids (others are left out), in no particular order. */
  concernsByIds(agencyId: string, ids: readonly string[]): Promise<CommunityConcern[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.concerns.findBy({ agencyId, id: In([...ids]) });
  }

  /** Concerns of each forum, most pressing first. */
  concernsFor(agencyId: string, forumIds: readonly string[]): Promise<CommunityConcern[]> {
    return this.concerns
      .createQueryBuilder('concern')
      .where('concern.agencyId = :agencyId AND concern.forumId IN (:...forumIds)', { agencyId, forumIds: [...forumIds] })
      .orderBy(`array_position(ARRAY['URGENT', 'HIGH', 'MEDIUM', 'LOW'], concern.priority)`)
      .addOrderBy('concern.topic')
      .addOrderBy('concern.id')
      .getMany();
  }

  /** Organisations represented at each forum, as { forumId, id, name } rows. */
  async representedOrganisationsFor(agencyId: string, forumIds: readonly string[]): Promise<{ forumId: string; id: string; name: string }[]> {
    const links = await this.represented.findBy({ agencyId, forumId: In([...forumIds]) });
    // Partners names them, in its order (by name); each name is listed for every forum that had it.
    const names = await this.organisations.namesOf(agencyId, [...new Set(links.map((l) => l.organisationId))]);
    return names.flatMap(({ id, name }) => links.filter((l) => l.organisationId === id).map((l) => ({ forumId: l.forumId, id, name })));
  }
}
