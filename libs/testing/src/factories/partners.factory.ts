import { DataSource } from 'typeorm';
import { randomBytes } from 'node:crypto';
import { Contact, Organisation, OrganisationStatus, OrganisationType } from '@app/partners';

/** An organisation written straight to the database (for tests that are not about the directory). */
export async function createOrganisation(dataSource: DataSource, agencyId: string, overrides: Partial<Organisation> = {}): Promise<Organisation> {
  const repo = dataSource.getRepository(Organisation);
  return repo.save(
    repo.create({
      agencyId,
      name: `Partner ${randomBytes(4).toString('hex')}`,
      type: OrganisationType.NGO,
      focusAreas: [],
      neighbourhoods: [],
      status: OrganisationStatus.ACTIVE,
      ...overrides,
    }),
  );
}

/** A contact of an organisation; email unique per call unless given. */
export async function createContact(dataSource: DataSource, organisation: Organisation, overrides: Partial<Contact> = {}): Promise<Contact> {
  const repo = dataSource.getRepository(Contact);
  const tag = randomBytes(4).toString('hex');
  return repo.save(
    repo.create({
      agencyId: organisation.agencyId,
      organisationId: organisation.id,
      name: `Contact ${tag}`,
      email: `contact-${tag}@partner.example`,
      preferredLanguage: 'en',
      ...overrides,
    }),
  );
}
