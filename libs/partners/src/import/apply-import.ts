import { EntityManager } from 'typeorm';
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

interface StoredOrganisation {
  key: string;
  name: string;
  type: string;
  focus_areas: string[];
  neighbourhoods: string[];
  website: string | null;
  phone: string | null;
  notes: string | null;
  status: string;
}

interface StoredContact {
  email: string;
  name: string;
  phone: string | null;
  role_title: string | null;
  preferred_language: string;
  opted_out: boolean;
  organisation_key: string | null;
}

/** Rows per statement: large enough to be set-based, small enough to report progress. */
export const WRITE_CHUNK = 1_000;

/**
 * Compares the file with what is stored (two queries whatever the size) and, unless it is a
 * dry run, writes only what changed with multi-row upserts, in the caller's transaction.
 * Organisations match on lower(name), contacts on email. An opt-out is never cleared.
 */
export async function applyImport(
  manager: EntityManager,
  agencyId: string,
  file: ValidatedImport,
  options: { dryRun: boolean; onProgress: (fraction: number) => Promise<void> },
): Promise<ImportCounts> {
  const storedOrgs = new Map<string, StoredOrganisation>(
    (
      (await manager.query(
        `SELECT lower(name) AS key, name, type, focus_areas, neighbourhoods, website, phone, notes, status
           FROM organisations WHERE agency_id = $1 AND lower(name) = ANY($2::text[])`,
        [agencyId, file.organisations.map((o) => o.key)],
      )) as StoredOrganisation[]
    ).map((o) => [o.key, o]),
  );
  const storedContacts = new Map<string, StoredContact>(
    (
      (await manager.query(
        `SELECT c.email, c.name, c.phone, c.role_title, c.preferred_language, c.opted_out_at IS NOT NULL AS opted_out,
                lower(o.name) AS organisation_key
           FROM contacts c LEFT JOIN organisations o ON o.id = c.organisation_id
          WHERE c.agency_id = $1 AND c.email = ANY($2::text[])`,
        [agencyId, file.contacts.map((c) => c.email)],
      )) as StoredContact[]
    ).map((c) => [c.email, c]),
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
    await manager.query(UPSERT_ORGANISATIONS, [agencyId, JSON.stringify(chunk)]);
    done += chunk.length;
    await options.onProgress(done / total);
  }
  for (let i = 0; i < contactWrites.length; i += WRITE_CHUNK) {
    const chunk = contactWrites.slice(i, i + WRITE_CHUNK);
    await manager.query(UPSERT_CONTACTS, [agencyId, JSON.stringify(chunk)]);
    done += chunk.length;
    await options.onProgress(done / total);
  }
  return counts;
}

// jsonb_to_recordset turns one JSON parameter into rows (JSON arrays become text[]), so a chunk
// is one statement and one round trip whatever its size, with no bind-parameter limit.
const UPSERT_ORGANISATIONS = `
  INSERT INTO organisations (agency_id, name, type, focus_areas, neighbourhoods, website, phone, notes, status)
  SELECT $1, x.name, x.type, x.focus_areas, x.neighbourhoods, x.website, x.phone, x.notes, x.status
    FROM jsonb_to_recordset($2::jsonb)
      AS x(name text, type text, focus_areas text[], neighbourhoods text[], website text, phone text, notes text, status text)
  ON CONFLICT (agency_id, lower(name)) DO UPDATE SET
    name = EXCLUDED.name, type = EXCLUDED.type, focus_areas = EXCLUDED.focus_areas, neighbourhoods = EXCLUDED.neighbourhoods,
    website = EXCLUDED.website, phone = EXCLUDED.phone, notes = EXCLUDED.notes, status = EXCLUDED.status, updated_at = now()`;

// The opt-out columns only ever gain a value: an existing opt-out is kept as it was.
const UPSERT_CONTACTS = `
  INSERT INTO contacts (agency_id, organisation_id, name, email, phone, role_title, preferred_language, opted_out_at, opt_out_source)
  SELECT $1, o.id, x.name, x.email, x.phone, x.role_title, x.preferred_language,
         CASE WHEN x.opt_out THEN now() END, CASE WHEN x.opt_out THEN 'import' END
    FROM jsonb_to_recordset($2::jsonb)
      AS x(organisation_key text, name text, email text, phone text, role_title text, preferred_language text, opt_out boolean)
    JOIN organisations o ON o.agency_id = $1 AND lower(o.name) = x.organisation_key
  ON CONFLICT (agency_id, email) DO UPDATE SET
    organisation_id = EXCLUDED.organisation_id, name = EXCLUDED.name, phone = EXCLUDED.phone, role_title = EXCLUDED.role_title,
    preferred_language = EXCLUDED.preferred_language,
    opted_out_at = COALESCE(contacts.opted_out_at, EXCLUDED.opted_out_at),
    opt_out_source = CASE WHEN contacts.opted_out_at IS NULL THEN EXCLUDED.opt_out_source ELSE contacts.opt_out_source END,
    updated_at = now()`;

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
