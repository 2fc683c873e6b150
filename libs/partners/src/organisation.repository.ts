import { EntityManager } from 'typeorm';
import { OrganisationStatus } from './organisation.entity';

/** What a repository runs its SQL on: the data source, or the caller's transaction. */
export type Queryable = Pick<EntityManager, 'query'>;

/** An organisation as the import compares and writes it (columns by their SQL names; `key` is lower(name)). */
export interface StoredOrganisation {
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

/** A contact as the import compares and writes it (`organisation_key` is its organisation's lower(name)). */
export interface StoredContact {
  email: string;
  name: string;
  phone: string | null;
  role_title: string | null;
  preferred_language: string;
  opted_out: boolean;
  organisation_key: string | null;
}

/** A contact reached by an invitation, with the organisation it was reached through (`via`), if any. */
export interface ReachedRow {
  contact_id: string;
  name: string;
  email: string;
  preferred_language: string;
  via: string | null;
  via_name: string | null;
}

/** Who an invitation reaches: contacts by id, every contact of some organisations, and an audience's (null = none). */
export interface ReachQuery {
  contactIds: readonly string[];
  organisationIds: readonly string[];
  /** Active organisations matching every filter that is not null. */
  audience: { types: string[] | null; focusAreas: string[] | null; neighbourhoods: string[] | null } | null;
}

/** A contact (`C`) or an organisation (`O`) by id; an organisation's row has only its id and name. */
export interface CardRow {
  kind: 'C' | 'O';
  id: string;
  name: string;
  email: string | null;
  organisation_id: string | null;
  opted_out: boolean;
  preferred_language: string | null;
}

/** One row of the directory's CSV export: an organisation with one of its contacts (or none). */
export interface ExportRow {
  organisation_name: string;
  organisation_type: string;
  focus_areas: string[];
  neighbourhoods: string[];
  website: string | null;
  organisation_phone: string | null;
  notes: string | null;
  organisation_status: string;
  contact_name: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  contact_role: string | null;
  contact_language: string | null;
  contact_opted_out: boolean | null;
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
// $3: the import's instant (the Clock's), stamped on an opt-out it brings.
const UPSERT_CONTACTS = `
  INSERT INTO contacts (agency_id, organisation_id, name, email, phone, role_title, preferred_language, opted_out_at, opt_out_source)
  SELECT $1, o.id, x.name, x.email, x.phone, x.role_title, x.preferred_language,
         CASE WHEN x.opt_out THEN $3::timestamptz END, CASE WHEN x.opt_out THEN 'import' END
    FROM jsonb_to_recordset($2::jsonb)
      AS x(organisation_key text, name text, email text, phone text, role_title text, preferred_language text, opt_out boolean)
    JOIN organisations o ON o.agency_id = $1 AND lower(o.name) = x.organisation_key
  ON CONFLICT (agency_id, email) DO UPDATE SET
    organisation_id = EXCLUDED.organisation_id, name = EXCLUDED.name, phone = EXCLUDED.phone, role_title = EXCLUDED.role_title,
    preferred_language = EXCLUDED.preferred_language,
    opted_out_at = COALESCE(contacts.opted_out_at, EXCLUDED.opted_out_at),
    opt_out_source = CASE WHEN contacts.opted_out_at IS NULL THEN EXCLUDED.opt_out_source ELSE contacts.opt_out_source END,
    updated_at = now()`;

/**
 * The set-based SQL of the partner directory, an aggregate of `organisations` and their
 * `contacts`: the import's comparison and upserts, the CSV export, the demo rows, and the
 * lookups by id arrays that other features ask through `PartnerLookupService`. Single rows
 * and filtered lists go through TypeORM in the services; `contact.repository.ts` holds what
 * reads contacts alone.
 */
export const OrganisationRepository = {
  /** Which of these ids are organisations of the agency. */
  async idsIn(db: Queryable, agencyId: string, ids: readonly string[]): Promise<string[]> {
    const rows: { id: string }[] = await db.query(`SELECT id FROM organisations WHERE agency_id = $1 AND id = ANY($2::uuid[])`, [agencyId, ids]);
    return rows.map((r) => r.id);
  },

  /**
   * The distinct contacts an invitation reaches, by contact id. One reached through an
   * organisation of `organisationIds` is marked with it (rank 1), whichever other way also
   * reached them, since they take one of that organisation's seats.
   */
  reach(db: Queryable, agencyId: string, q: ReachQuery): Promise<ReachedRow[]> {
    return db.query(
      `WITH reached AS (
          SELECT c.id AS contact_id, NULL::uuid AS via, 2 AS rank
            FROM contacts c WHERE c.agency_id = $1 AND c.id = ANY($2::uuid[])
          UNION ALL
          SELECT c.id, c.organisation_id, 1
            FROM contacts c WHERE c.agency_id = $1 AND c.organisation_id = ANY($3::uuid[])
          UNION ALL
          SELECT c.id, NULL::uuid, 3
            FROM organisations o JOIN contacts c ON c.organisation_id = o.id
           WHERE $4 AND o.agency_id = $1 AND o.status = $8
             AND ($5::text[] IS NULL OR o.type = ANY($5::text[]))
             AND ($6::text[] IS NULL OR o.focus_areas && $6::text[])
             AND ($7::text[] IS NULL OR o.neighbourhoods && $7::text[])
        )
        SELECT DISTINCT ON (r.contact_id) r.contact_id, c.name, c.email, c.preferred_language, r.via, o.name AS via_name
          FROM reached r JOIN contacts c ON c.id = r.contact_id
          LEFT JOIN organisations o ON o.id = r.via
         ORDER BY r.contact_id, r.rank`,
      [
        agencyId,
        q.contactIds,
        q.organisationIds,
        q.audience !== null,
        q.audience?.types ?? null,
        q.audience?.focusAreas ?? null,
        q.audience?.neighbourhoods ?? null,
        OrganisationStatus.ACTIVE,
      ],
    );
  },

  /** Contacts and organisations by id in one statement: contacts first, each kind by name then id. */
  cards(db: Queryable, agencyId: string, contactIds: readonly string[], organisationIds: readonly string[]): Promise<CardRow[]> {
    return db.query(
      `SELECT 'C' AS kind, id, name, email, organisation_id, opted_out_at IS NOT NULL AS opted_out, preferred_language FROM contacts WHERE agency_id = $1 AND id = ANY($2::uuid[])
       UNION ALL
       SELECT 'O', id, name, NULL, NULL, false, NULL FROM organisations WHERE agency_id = $1 AND id = ANY($3::uuid[])
       ORDER BY kind, name, id`,
      [agencyId, contactIds, organisationIds],
    );
  },

  /** The agency's organisations with these lower-cased names. */
  storedOrganisations(db: Queryable, agencyId: string, keys: string[]): Promise<StoredOrganisation[]> {
    return db.query(
      `SELECT lower(name) AS key, name, type, focus_areas, neighbourhoods, website, phone, notes, status
         FROM organisations WHERE agency_id = $1 AND lower(name) = ANY($2::text[])`,
      [agencyId, keys],
    );
  },

  /** The agency's contacts with these emails, with their organisation's key. */
  storedContacts(db: Queryable, agencyId: string, emails: string[]): Promise<StoredContact[]> {
    return db.query(
      `SELECT c.email, c.name, c.phone, c.role_title, c.preferred_language, c.opted_out_at IS NOT NULL AS opted_out,
              lower(o.name) AS organisation_key
         FROM contacts c LEFT JOIN organisations o ON o.id = c.organisation_id
        WHERE c.agency_id = $1 AND c.email = ANY($2::text[])`,
      [agencyId, emails],
    );
  },

  /** One statement per chunk, matching on lower(name). */
  async upsertOrganisations(db: Queryable, agencyId: string, chunk: StoredOrganisation[]): Promise<void> {
    await db.query(UPSERT_ORGANISATIONS, [agencyId, JSON.stringify(chunk)]);
  },

  /** One statement per chunk, matching on email; `opt_out` only ever adds an opt-out, dated `now`. */
  async upsertContacts(db: Queryable, agencyId: string, chunk: (StoredContact & { opt_out: boolean })[], now: Date): Promise<void> {
    await db.query(UPSERT_CONTACTS, [agencyId, JSON.stringify(chunk), now]);
  },

  /** The directory (or the organisations in `ids`) as export rows, by name then contact email. */
  exportRows(db: Queryable, agencyId: string, ids: string[] | null): Promise<ExportRow[]> {
    return db.query(
      `SELECT o.name AS organisation_name, o.type AS organisation_type, o.focus_areas, o.neighbourhoods, o.website,
              o.phone AS organisation_phone, o.notes, o.status AS organisation_status,
              c.name AS contact_name, c.email AS contact_email, c.phone AS contact_phone, c.role_title AS contact_role,
              c.preferred_language AS contact_language, (c.opted_out_at IS NOT NULL) AS contact_opted_out
         FROM organisations o LEFT JOIN contacts c ON c.organisation_id = o.id
        WHERE o.agency_id = $1 AND ($2::uuid[] IS NULL OR o.id = ANY($2::uuid[]))
        ORDER BY lower(o.name), o.id, c.email`,
      [agencyId, ids],
    );
  },

  async insertDemoOrganisation(
    db: Queryable,
    agencyId: string,
    o: { name: string; type: string; focusAreas: string[]; neighbourhoods: string[]; website: string | null; phone: string | null; notes: string | null },
  ): Promise<string> {
    const [{ id }] = (await db.query(
      `INSERT INTO organisations (agency_id, name, type, focus_areas, neighbourhoods, website, phone, notes)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [agencyId, o.name, o.type, o.focusAreas, o.neighbourhoods, o.website, o.phone, o.notes],
    )) as { id: string }[];
    return id;
  },

  async insertDemoContact(
    db: Queryable,
    agencyId: string,
    organisationId: string,
    c: { name: string; email: string; roleTitle: string; language: string; optedOutAt: Date | null; optOutSource: string | null },
  ): Promise<void> {
    await db.query(
      `INSERT INTO contacts (agency_id, organisation_id, name, email, role_title, preferred_language, opted_out_at, opt_out_source)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [agencyId, organisationId, c.name, c.email, c.roleTitle, c.language, c.optedOutAt, c.optOutSource],
    );
  },
};
