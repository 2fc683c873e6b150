import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { StaffUser } from './staff-user.entity';

export interface StaffScope {
  /** Only staff of this agency (another agency's ids are left out). */
  agencyId?: string;
  /** Read inside the caller's transaction. */
  manager?: EntityManager;
}

/** Reads of staff accounts for other libs: names, addresses and status of people by id. */
@Injectable()
export class StaffDirectory {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Staff users with these ids, in one query (unknown ids are left out). */
  byIds(ids: readonly string[], scope: StaffScope = {}): Promise<StaffUser[]> {
    if (!ids.length) return Promise.resolve([]);
    const manager = scope.manager ?? this.dataSource.manager;
    return manager.findBy(StaffUser, { id: In([...new Set(ids)]), ...(scope.agencyId ? { agencyId: scope.agencyId } : {}) });
  }

  /** One staff user, or null. */
  async byId(id: string, scope: StaffScope = {}): Promise<StaffUser | null> {
    const [user] = await this.byIds([id], scope);
    return user ?? null;
  }
}
