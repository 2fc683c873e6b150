import { Queryable } from './organisation.repository';

/** A contact as other features are shown it (columns by their SQL names). */
export interface ContactCardRow {
  id: string;
  name: string;
  email: string;
  organisation_id: string | null;
  opted_out: boolean;
  preferred_language: string;
}

/** Whether a contact may be mailed, as the two columns that decide it. */
export interface ContactMailStateRow {
  id: string;
  opted_out: boolean;
  undeliverable: boolean;
}

/**
 * The SQL of `contacts` alone: answers by id arrays for the features that store contact ids
 * (one statement whatever the number of ids). Queries that join a contact's organisation
 * are the aggregate's, in `organisation.repository.ts`.
 */
export const ContactRepository = {
  /** Which of these ids are contacts of the agency. */
  async idsIn(db: Queryable, agencyId: string, ids: readonly string[]): Promise<string[]> {
    const rows: { id: string }[] = await db.query(`SELECT id FROM contacts WHERE agency_id = $1 AND id = ANY($2::uuid[])`, [agencyId, ids]);
    return rows.map((r) => r.id);
  },

  /** Ids of the agency's contacts whose name or email matches the LIKE `pattern`. */
  async idsMatching(db: Queryable, agencyId: string, pattern: string): Promise<string[]> {
    const rows: { id: string }[] = await db.query(`SELECT id FROM contacts WHERE agency_id = $1 AND (name ILIKE $2 OR email ILIKE $2)`, [agencyId, pattern]);
    return rows.map((r) => r.id);
  },

  /** Each of these contacts' opt-out and bounce flags (unknown ids, or another agency's, are absent). */
  mailStates(db: Queryable, agencyId: string, ids: readonly string[]): Promise<ContactMailStateRow[]> {
    return db.query(
      `SELECT id, opted_out_at IS NOT NULL AS opted_out, undeliverable_at IS NOT NULL AS undeliverable FROM contacts WHERE agency_id = $1 AND id = ANY($2::uuid[])`,
      [agencyId, [...ids]],
    );
  },

  /** Of these contacts, the ones whose address takes mail (not undeliverable), opted out or not. */
  deliverable(db: Queryable, agencyId: string, ids: readonly string[]): Promise<Omit<ContactCardRow, 'organisation_id'>[]> {
    return db.query(
      `SELECT id, name, email, preferred_language, opted_out_at IS NOT NULL AS opted_out FROM contacts
        WHERE agency_id = $1 AND id = ANY($2::uuid[]) AND undeliverable_at IS NULL`,
      [agencyId, [...ids]],
    );
  },

  /** Every contact of the agency, by name then id. */
  all(db: Queryable, agencyId: string): Promise<ContactCardRow[]> {
    return db.query(
      `SELECT id, name, email, organisation_id, opted_out_at IS NOT NULL AS opted_out, preferred_language FROM contacts WHERE agency_id = $1 ORDER BY name, id`,
      [agencyId],
    );
  },
};
