import { Queryable } from '../organisation.repository';

/** The SQL of `organisation_imports` (the row itself is loaded and updated through TypeORM). */
export const OrganisationImportRepository = {
  /** One import per agency at a time: a transaction-scoped lock, so two uploads cannot interleave their upserts. */
  async lockAgency(db: Queryable, agencyId: string): Promise<void> {
    await db.query(`SELECT pg_advisory_xact_lock(hashtext('organisation-import'), hashtext($1))`, [agencyId]);
  },

  /** The import's status as this transaction sees it. */
  async status(db: Queryable, importId: string): Promise<string> {
    const [{ status }] = (await db.query(`SELECT status FROM organisation_imports WHERE id = $1`, [importId])) as { status: string }[];
    return status;
  },
};
