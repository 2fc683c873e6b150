import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { NotFoundError } from '@app/common';
import { Agency } from './agency.entity';

/**
 * Reads of agencies for other libs: one agency (its time zone, branding and sender for mail),
 * or every agency for jobs that run per agency. Methods taking a manager read inside the
 * caller's transaction, so a caller holding row locks needs no second connection.
 */
@Injectable()
export class AgencyDirectory {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The agency; NotFoundError('Agency') when there is none. */
  async get(agencyId: string, manager: EntityManager = this.dataSource.manager): Promise<Agency> {
    const agency = await manager.findOneBy(Agency, { id: agencyId });
    if (!agency) throw new NotFoundError('Agency', agencyId);
    return agency;
  }

  /** The agency's IANA time zone (the zone its "today" is counted in). */
  async timeZone(agencyId: string, manager?: EntityManager): Promise<string> {
    return (await this.get(agencyId, manager)).timeZone;
  }

  /** Every agency, or only `agencyId` when given (an unknown id gives none). */
  all(agencyId?: string, manager: EntityManager = this.dataSource.manager): Promise<Agency[]> {
    return manager.find(Agency, agencyId ? { where: { id: agencyId } } : {});
  }
}
