import { DataSource } from 'typeorm';
import { randomBytes } from 'node:crypto';
import { Contact } from '../contact.entity';
import { Organisation, OrganisationStatus, OrganisationType } from '../organisation.entity';

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

/**
 * A contact, opted in unless told otherwise, with a unique address: of an organisation when
 * given one, else an individual partner of the agency whose id is given.
 */
export async function createContact(dataSource: DataSource, owner: Pick<Organisation, 'id' | 'agencyId'> | string, overrides: Partial<Contact> = {}): Promise<Contact> {
  const repo = dataSource.getRepository(Contact);
  const tag = randomBytes(5).toString('hex');
  const [agencyId, organisationId] = typeof owner === 'string' ? [owner, null] : [owner.agencyId, owner.id];
  return repo.save(
    repo.create({
      agencyId,
      organisationId,
      name: `Contact ${tag}`,
      email: `contact-${tag}@partner.example`,
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
     SELECT $1, $2, 'Contact ' || n, 'bulk-' || $3 || '-' || n || '@partner.example' FROM generate_series(1, $4) AS n
     RETURNING id`,
    [agencyId, organisationId, run, count],
  );
  return rows.map((r) => r.id);
}
