import { Queryable } from './survey.repository';

/** The SQL of `survey_invitations`: personal links, their emails and their use. */
export const SurveyInvitationRepository = {
  /** A new personal link; null when the contact already has one for this survey. */
  async insert(db: Queryable, link: { surveyId: string; agencyId: string; contactId: string; email: string; language: string; tokenHash: string }): Promise<{ id: string } | null> {
    const [inserted] = await db.query(
      `INSERT INTO survey_invitations (survey_id, agency_id, contact_id, email, language, token_hash)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (survey_id, contact_id) DO NOTHING RETURNING id`,
      [link.surveyId, link.agencyId, link.contactId, link.email, link.language, link.tokenHash],
    );
    return inserted ?? null;
  },

  async linkEmail(db: Queryable, invitationId: string, outboundEmailId: string): Promise<void> {
    await db.query(`UPDATE survey_invitations SET outbound_email_id = $2 WHERE id = $1`, [invitationId, outboundEmailId]);
  },

  /** Of these contacts, those who already have a link to the survey. */
  async contactsWithLink(db: Queryable, surveyId: string, contactIds: string[]): Promise<Set<string>> {
    const sent: { contact_id: string }[] = await db.query(`SELECT contact_id FROM survey_invitations WHERE survey_id = $1 AND contact_id = ANY($2::uuid[])`, [surveyId, contactIds]);
    return new Set(sent.map((r) => r.contact_id));
  },

  /**
   * Rewrites the use marks of anonymous links in one batch: the row versions then carry
   * this transaction's id, not the id of the transaction that wrote each response.
   */
  async settleUses(db: Queryable, surveyId: string): Promise<void> {
    await db.query(`UPDATE survey_invitations SET use_settled = true WHERE survey_id = $1 AND NOT use_settled`, [surveyId]);
  },

  /** The outbox rows of a survey's personal links, for their delivery state. */
  async emailIds(db: Queryable, agencyId: string, surveyId: string): Promise<string[]> {
    const rows: { id: string }[] = await db.query(`SELECT outbound_email_id AS id FROM survey_invitations WHERE survey_id = $1 AND agency_id = $2 AND outbound_email_id IS NOT NULL`, [surveyId, agencyId]);
    return rows.map((r) => r.id);
  },

  /** Personal links sent and answered, of every language or only of `language`. */
  async counts(db: Queryable, surveyId: string, language?: string): Promise<{ sent: number; answered: number }> {
    const [invitations] = await db.query(
      `SELECT count(*)::int AS sent, count(*) FILTER (WHERE used)::int AS answered FROM survey_invitations WHERE survey_id = $1 AND ($2::text IS NULL OR language = $2)`,
      [surveyId, language ?? null],
    );
    return invitations;
  },
};
