import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { Contact } from './contact.entity';
import { Organisation } from './organisation.entity';

/**
 * Reads of organisations and contacts for other libs, by id, scoped to one agency. Methods
 * take an optional manager to read inside the caller's transaction. `mailable` applies the
 * same rule as `ContactsService.mailableContacts`: an opted-out contact is never a recipient.
 */
@Injectable()
export class PartnerDirectory {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The agency's organisation, or null. */
  organisation(agencyId: string, id: string, manager: EntityManager = this.dataSource.manager): Promise<Organisation | null> {
    return manager.findOneBy(Organisation, { id, agencyId });
  }

  /** The agency's contacts with these ids, by name (unknown ids are left out); only those of `organisationId` when given. */
  contacts(agencyId: string, ids: readonly string[], options: { organisationId?: string; manager?: EntityManager } = {}): Promise<Contact[]> {
    if (!ids.length) return Promise.resolve([]);
    const manager = options.manager ?? this.dataSource.manager;
    return manager.find(Contact, {
      where: { agencyId, id: In([...new Set(ids)]), ...(options.organisationId ? { organisationId: options.organisationId } : {}) },
      order: { name: 'ASC', id: 'ASC' },
    });
  }

  /** Of these contacts of the agency, the ones that may be mailed (not opted out), by name. */
  mailable(agencyId: string, ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Contact[]> {
    if (!ids.length) return Promise.resolve([]);
    return manager.find(Contact, { where: { agencyId, id: In([...new Set(ids)]), optedOutAt: IsNull() }, order: { name: 'ASC', id: 'ASC' } });
  }
}
