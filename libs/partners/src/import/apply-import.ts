import { OrganisationRepository, Queryable, StoredContact, StoredOrganisation } from '../organisation.repository';
import { ImportedContact, ImportedOrganisation, ValidatedImport } from './validate-rows';

export interface ImportCounts {
  organisationsCreated: number;
  organisationsUpdated: number;
  organisationsUnchanged: number;
  contactsCreated: number;
  contactsUpdated: number;
  contactsUnchanged: number;
  optOutsRecorded: number;
}

/** Rows per statement: large enough to be set-based, small enough to report progress. */
export const WRITE_CHUNK = 1_000;

/**
 * Compares the file with what is stored (two queries whatever the size) and, unless it is a
 * dry run, writes only what changed with multi-row upserts, in the caller's transaction.
 * Organisations match on lower(name), contacts on email. An opt-out is never cleared.
 */
export async function applyImport(
  manager: Queryable,
  agencyId: string,
  file: ValidatedImport,
  options: { dryRun: boolean; onProgress: (fraction: number) => Promise<void>; now: Date },
): Promise<ImportCounts> {
  const storedOrgs = new Map<string, StoredOrganisation>(
    (await OrganisationRepository.storedOrganisations(manager, agencyId, file.organisations.map((o) => o.key))).map((o) => [o.key, o]),
  );
  const storedContacts = new Map<string, StoredContact>(
    (await OrganisationRepository.storedContacts(manager, agencyId, file.contacts.map((c) => c.email))).map((c) => [c.email, c]),
  );

  const counts: ImportCounts = {
    organisationsCreated: 0,
    organisationsUpdated: 0,
    organisationsUnchanged: 0,
    contactsCreated: 0,
    contactsUpdated: 0,
    contactsUnchanged: 0,
    optOutsRecorded: 0,
  };
  const orgWrites: StoredOrganisation[] = [];
  for (const org of file.organisations) {
    const stored = storedOrgs.get(org.key);
    const next = mergeOrganisation(org, stored);
    if (!stored) counts.organisationsCreated++;
    else if (sameJson(next, stored)) {
      counts.organisationsUnchanged++;
      continue;
    } else counts.organisationsUpdated++;
    orgWrites.push(next);
  }
  const contactWrites: (StoredContact & { opt_out: boolean })[] = [];
  for (const contact of file.contacts) {
    const stored = storedContacts.get(contact.email);
    const next = mergeContact(contact, stored);
    const optOut = contact.optedOut && !stored?.opted_out;
    if (optOut) counts.optOutsRecorded++;
    if (!stored) counts.contactsCreated++;
    else if (!optOut && sameJson(next, stored)) {
      counts.contactsUnchanged++;
      continue;
    } else counts.contactsUpdated++;
    contactWrites.push({ ...next, opt_out: optOut });
  }
  if (options.dryRun) return counts;

  const total = orgWrites.length + contactWrites.length;
  let done = 0;
  for (let i = 0; i < orgWrites.length; i += WRITE_CHUNK) {
    const chunk = orgWrites.slice(i, i + WRITE_CHUNK);
    await OrganisationRepository.upsertOrganisations(manager, agencyId, chunk);
    done += chunk.length;
    await options.onProgress(done / total);
  }
  for (let i = 0; i < contactWrites.length; i += WRITE_CHUNK) {
    const chunk = contactWrites.slice(i, i + WRITE_CHUNK);
    await OrganisationRepository.upsertContacts(manager, agencyId, chunk, options.now);
    done += chunk.length;
    await options.onProgress(done / total);
  }
  return counts;
}

/** The organisation as it will be stored: the file's values, and the stored ones for columns the file leaves out. */
function mergeOrganisation(org: ImportedOrganisation, stored: StoredOrganisation | undefined): StoredOrganisation {
  return {
    key: org.key,
    name: org.name,
    type: org.type,
    focus_areas: org.focusAreas ?? stored?.focus_areas ?? [],
    neighbourhoods: org.neighbourhoods ?? stored?.neighbourhoods ?? [],
    website: pick(org.website, stored?.website),
    phone: pick(org.phone, stored?.phone),
    notes: pick(org.notes, stored?.notes),
    status: org.status ?? stored?.status ?? 'ACTIVE',
  };
}

function mergeContact(contact: ImportedContact, stored: StoredContact | undefined): StoredContact {
  return {
    email: contact.email,
    name: contact.name,
    phone: pick(contact.phone, stored?.phone),
    role_title: pick(contact.roleTitle, stored?.role_title),
    preferred_language: contact.preferredLanguage ?? stored?.preferred_language ?? 'en',
    opted_out: stored?.opted_out ?? false,
    organisation_key: contact.organisationKey,
  };
}

function pick<T>(fromFile: T | null | undefined, stored: T | null | undefined): T | null {
  return fromFile !== undefined ? fromFile : (stored ?? null);
}

function sameJson<T extends object>(a: T, b: T): boolean {
  return Object.keys(a).every((k) => JSON.stringify((a as Record<string, unknown>)[k]) === JSON.stringify((b as Record<string, unknown>)[k]));
}
