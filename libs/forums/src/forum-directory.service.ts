import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { NotFoundError } from '@app/common';
import { Forum } from './forum.entity';
import { CommunityConcern } from './reports/community-concern.entity';

/**
 * Reads of forums and concerns for other libs (task-force meetings are forums; problems take
 * up concerns), scoped to one agency. Methods taking a manager read inside the caller's transaction.
 */
@Injectable()
export class ForumDirectory {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The agency's forum; NotFoundError('Forum') when there is none. */
  async get(agencyId: string, id: string, manager: EntityManager = this.dataSource.manager): Promise<Forum> {
    const forum = await manager.findOneBy(Forum, { id, agencyId });
    if (!forum) throw new NotFoundError('Forum', id);
    return forum;
  }

  /** The agency's forums with these ids, earliest start first (unknown ids are left out). */
  byIdsByStart(agencyId: string, ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Forum[]> {
    if (!ids.length) return Promise.resolve([]);
    return manager.find(Forum, { where: { agencyId, id: In([...ids]) }, order: { startsAt: 'ASC' } });
  }

  /** Whether the agency has this community concern. */
  concernExists(agencyId: string, id: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    return manager.existsBy(CommunityConcern, { id, agencyId });
  }
}
