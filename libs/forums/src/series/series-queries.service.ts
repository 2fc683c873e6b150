import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { NotFoundError, PageArgs, StaffActor, paginate } from '@app/common';
import { Forum } from '../forum.entity';
import { ForumSeries, ForumSeriesStatus } from './forum-series.entity';

/** Reading series: one, the agency's list, a series' occurrences, and the batch lookup for Forum.series. */
@Injectable()
export class SeriesQueriesService {
  constructor(
    @InjectRepository(ForumSeries) private readonly series: Repository<ForumSeries>,
    @InjectRepository(Forum) private readonly forums: Repository<Forum>,
  ) {}

  async get(actor: Pick<StaffActor, 'agencyId'>, id: string): Promise<ForumSeries> {
    const series = await this.series.findOneBy({ id, agencyId: actor.agencyId });
    if (!series) throw new NotFoundError('ForumSeries', id);
    return series;
  }

  /** The agency's series, newest first. */
  list(actor: StaffActor, page: PageArgs, status?: ForumSeriesStatus) {
    const query = this.series.createQueryBuilder('series').where('series.agencyId = :agencyId', { agencyId: actor.agencyId });
    if (status) query.andWhere('series.status = :status', { status });
    return paginate(query, page, { property: 'createdAt', direction: 'DESC' });
  }

  /** A series' occurrences (every status, moved ones included), soonest first. */
  occurrences(agencyId: string, seriesId: string, page: PageArgs) {
    const query = this.forums
      .createQueryBuilder('forum')
      .where('forum.agencyId = :agencyId AND forum.seriesId = :seriesId', { agencyId, seriesId });
    return paginate(query, page, { property: 'startsAt', direction: 'ASC' });
  }

  byIds(agencyId: string, ids: readonly string[]): Promise<ForumSeries[]> {
    return this.series.findBy({ agencyId, id: In([...ids]) });
  }
}
