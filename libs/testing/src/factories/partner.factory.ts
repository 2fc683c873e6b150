import { DataSource } from 'typeorm';
import { randomBytes } from 'node:crypto';
import { Contact, Organisation, OrganisationStatus, OrganisationType } from '@app/partners';

/** A partner organisation written straight to the database (for tests that are not about the directory). */
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

/** A contact with a unique address at the sink's domain; opted in unless told otherwise. */
export async function createContact(dataSource: DataSource, agencyId: string, overrides: Partial<Contact> = {}): Promise<Contact> {
  const repo = dataSource.getRepository(Contact);
  const suffix = randomBytes(5).toString('hex');
  return repo.save(
    repo.create({
      agencyId,
      name: `Contact ${suffix}`,
      email: `contact-${suffix}@partners.example`,
      preferredLanguage: 'en',
      ...overrides,
    }),
  );
}

/** Many contacts in one statement (for large-audience tests and benchmarks). */
export async function createContacts(dataSource: DataSource, agencyId: string, count: number, organisationId: string | null = null): Promise<string[]> {
  const run = randomBytes(4).toString('hex');
  const rows: { id: string }[] = await dataSource.query(
    `INSERT INTO contacts (agency_id, organisation_id, name, email)
     SELECT $1, $2, 'Contact ' || n, 'bulk-' || $3 || '-' || n || '@partners.example' FROM generate_series(1, $4) AS n
     RETURNING id`,
    [agencyId, organisationId, run, count],
  );
  return rows.map((r) => r.id);
}
