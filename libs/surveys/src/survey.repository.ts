import { EntityManager } from 'typeorm';

/** What a repository runs its SQL on: the data source, or the caller's transaction. */
export type Queryable = Pick<EntityManager, 'query'>;

const SURVEY_COLUMNS = `id, agency_id AS "agencyId", family_id AS "familyId", version, copied_from_id AS "copiedFromId", slug, title, introduction,
  closing_message AS "closingMessage", languages, fallback_to_english AS "fallbackToEnglish", anonymous, results_public AS "resultsPublic", public_link AS "publicLink",
  personal_invitations AS "personalInvitations", forum_id AS "forumId", opens_at AS "opensAt", closes_at AS "closesAt", status,
  published_at AS "publishedAt", closed_at AS "closedAt", results_dirty AS "resultsDirty", created_by AS "createdBy",
  created_at AS "createdAt", updated_at AS "updatedAt"`;

/** The SQL of the `surveys` table (whole-entity loads and saves go through TypeORM's entity manager). */
export const SurveyRepository = {
  /**
   * Surveys by slug as entity-shaped rows, in one statement, leaving out those `agencyActive`
   * (an SQL condition on `surveys.agency_id`, from the agencies lib) refuses.
   */
  bySlugs(db: Queryable, slugs: string[], agencyActive: string): Promise<Record<string, unknown>[]> {
    return db.query(`SELECT ${SURVEY_COLUMNS} FROM surveys WHERE slug = ANY($1) AND ${agencyActive}`, [slugs]);
  },

  /** Marks the stored results stale (a no-op when they already are). */
  async markResultsDirty(db: Queryable, surveyId: string): Promise<void> {
    await db.query(`UPDATE surveys SET results_dirty = true WHERE id = $1 AND NOT results_dirty`, [surveyId]);
  },

  /** Clears the stale mark before a recomputation; false when there is no such survey. */
  async clearResultsDirty(db: Queryable, surveyId: string): Promise<boolean> {
    const [rows] = await db.query(`UPDATE surveys SET results_dirty = false WHERE id = $1 RETURNING anonymous`, [surveyId]);
    return Boolean(rows?.length);
  },

  /** Surveys whose results are stale, least recently edited first. */
  async dirtyIds(db: Queryable, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await db.query(`SELECT id FROM surveys WHERE results_dirty ORDER BY updated_at LIMIT $1`, [limit]);
    return rows.map((r) => r.id);
  },

  /** What a results pass starts from: the agency and the survey's edit version (its `updated_at`). */
  async forResults(db: Queryable, surveyId: string): Promise<{ agencyId: string; version: string }> {
    const [row] = await db.query(`SELECT agency_id AS "agencyId", updated_at::text AS version FROM surveys WHERE id = $1`, [surveyId]);
    return row;
  },

  /** The highest version in a survey's family (copies count up from it). */
  async maxVersion(db: Queryable, familyId: string): Promise<number> {
    const [{ max }] = await db.query(`SELECT max(version) AS max FROM surveys WHERE family_id = $1`, [familyId]);
    return Number(max);
  },

  /** Moves `updated_at`, by which pages cache a survey's questions. */
  async touch(db: Queryable, surveyId: string): Promise<void> {
    await db.query(`UPDATE surveys SET updated_at = clock_timestamp() WHERE id = $1`, [surveyId]);
  },

  /** The demo's published survey (results stale, so the first pass computes them). */
  async insertDemo(
    db: Queryable,
    survey: { id: string; agencyId: string; slug: string; title: object; introduction: object; closingMessage: object; languages: string[]; createdBy: string | null; publishedAt: Date },
  ): Promise<void> {
    await db.query(
      `INSERT INTO surveys (id, agency_id, family_id, slug, title, introduction, closing_message, languages, anonymous, results_public, status, published_at, created_by, results_dirty)
       VALUES ($1, $2, $1, $3, $4, $5, $6, $7, true, true, 'PUBLISHED', $9, $8, true)`,
      [survey.id, survey.agencyId, survey.slug, survey.title, survey.introduction, survey.closingMessage, survey.languages, survey.createdBy, survey.publishedAt],
    );
  },
};
