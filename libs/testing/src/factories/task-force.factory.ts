import { DataSource } from 'typeorm';
import { randomBytes } from 'node:crypto';
import { Contact, Organisation, OrganisationType } from '@app/partners';

/** A partner organisation written straight to the database (for task-force tests). */
export async function createPartnerOrganisation(dataSource: DataSource, agencyId: string, overrides: Partial<Organisation> = {}): Promise<Organisation> {
  const repo = dataSource.getRepository(Organisation);
  return repo.save(repo.create({ agencyId, name: `Partner ${randomBytes(4).toString('hex')}`, type: OrganisationType.NGO, ...overrides }));
}

/** A contact of an organisation written straight to the database. */
export async function createPartnerContact(dataSource: DataSource, agencyId: string, organisationId: string | null, overrides: Partial<Contact> = {}): Promise<Contact> {
  const repo = dataSource.getRepository(Contact);
  const tag = randomBytes(4).toString('hex');
  return repo.save(repo.create({ agencyId, organisationId, name: `Contact ${tag}`, email: `contact-${tag}@partner.example`, ...overrides }));
}
