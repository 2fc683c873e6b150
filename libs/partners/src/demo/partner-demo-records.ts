import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Contact } from '../contact.entity';
import { Organisation, OrganisationType } from '../organisation.entity';

/** A partner another feature's demo part needs when the directory is thin. */
export interface DemoPartner {
  name: string;
  type: OrganisationType;
  contact: { name: string; email: string };
}

/** Partner rows for other features' demo parts, in the demo transaction, so only this lib writes its tables. */
@Injectable()
export class PartnerDemoRecords {
  /** The agency's organisations by name, each with its first contact (by name) that may be mailed, or null. */
  async organisationsWithContact(manager: EntityManager, agencyId: string): Promise<{ organisation: Organisation; contact: Contact | null }[]> {
    const organisations = await manager.find(Organisation, { where: { agencyId }, order: { name: 'ASC' } });
    const contacts = await manager.find(Contact, { where: { agencyId }, order: { name: 'ASC' } });
    return organisations.map((organisation) => ({ organisation, contact: contacts.find((c) => c.organisationId === organisation.id && !c.optedOutAt) ?? null }));
  }

  /** Adds each partner whose name (ignoring case) the agency's directory lacks, with its contact. */
  async addMissing(manager: EntityManager, agencyId: string, partners: readonly DemoPartner[]): Promise<void> {
    const names = new Set((await manager.find(Organisation, { where: { agencyId } })).map((o) => o.name.toLowerCase()));
    for (const p of partners.filter((f) => !names.has(f.name.toLowerCase()))) {
      const organisation = await manager.save(manager.create(Organisation, { agencyId, name: p.name, type: p.type }));
      await manager.save(manager.create(Contact, { agencyId, organisationId: organisation.id, name: p.contact.name, email: p.contact.email }));
    }
  }
}
