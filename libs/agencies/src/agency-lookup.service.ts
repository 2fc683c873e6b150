import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Agency } from './agency.entity';

/** Reads an agency inside the caller's transaction (e.g. its name and branding for the mail it sends). */
@Injectable()
export class AgencyLookupService {
  /** The agency; throws (TypeORM's EntityNotFoundError) when there is none, as every row's agency exists. */
  get(manager: EntityManager, agencyId: string): Promise<Agency> {
    return manager.findOneByOrFail(Agency, { id: agencyId });
  }
}
