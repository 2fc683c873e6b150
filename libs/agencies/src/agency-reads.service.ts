import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { NotFoundError } from '@app/common';
import { Agency } from './agency.entity';

/**
 * What other libs read of an agency inside their own statement or transaction, so they never
 * name the agencies table themselves.
 */
@Injectable()
export class AgencyReadsService {
  /**
   * An SQL condition, true while the agency whose id is in `agencyIdColumn` is not suspended:
   * for public reads that hide a suspended agency's rows within the caller's one statement.
   */
  notSuspended(agencyIdColumn: string): string {
    return `NOT EXISTS (SELECT 1 FROM agencies a WHERE a.id = ${agencyIdColumn} AND a.suspended_at IS NOT NULL)`;
  }

  /** The agency's neighbourhoods, read with the caller's manager (so inside its transaction and snapshot). */
  async neighbourhoods(manager: EntityManager, agencyId: string): Promise<string[]> {
    const agency = await manager.findOne(Agency, { where: { id: agencyId }, select: { id: true, neighbourhoods: true } });
    if (!agency) throw new NotFoundError('Agency', agencyId);
    return agency.neighbourhoods;
  }
}
