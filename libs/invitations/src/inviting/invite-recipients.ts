import { EntityManager } from 'typeorm';

export interface AudienceFilter {
  organisationTypes?: string[];
  focusAreas?: string[];
  neighbourhoods?: string[];
}

/** One contact the invitation resolves to, after de-duplication. */
export interface ResolvedRecipient {
  contactId: string;
  name: string;
  email: string;
  /** Not among the partners' mailable contacts (set by the caller from `mailableContacts`). */
  optedOut: boolean;
  alreadyInvited: boolean;
  /** Invited before while opted out, so never mailed. */
  skippedBefore: boolean;
  organisationInvitationId: string | null;
  organisationName: string | null;
  seats: number | null;
}

function filterOrNull(values?: string[]): string[] | null {
  return values && values.length ? values : null;
}

/**
 * Resolves explicit contacts, the contacts of invited organisations and an audience
 * (active organisations matching every given filter) into distinct contacts, in one
 * query whatever the size. A contact reached through an organisation invitation is
 * linked to it, so they count towards its seats.
 */
export async function resolveRecipients(
  manager: EntityManager,
  params: { agencyId: string; forumId: string; contactIds: string[]; organisationIds: string[]; audience: AudienceFilter | null },
): Promise<Omit<ResolvedRecipient, 'optedOut'>[]> {
  const { audience } = params;
  const rows: {
    contact_id: string;
    name: string;
    email: string;
    already: boolean;
    skipped_before: boolean;
    org_inv_id: string | null;
    org_name: string | null;
    seats: number | null;
  }[] = await manager.query(
    `WITH reached AS (
        SELECT c.id AS contact_id, NULL::uuid AS org_inv_id, 2 AS rank
          FROM contacts c WHERE c.agency_id = $1 AND c.id = ANY($3::uuid[])
        UNION ALL
        SELECT c.id, oi.id, 1
          FROM forum_organisation_invitations oi JOIN contacts c ON c.organisation_id = oi.organisation_id
         WHERE oi.forum_id = $2 AND oi.organisation_id = ANY($4::uuid[]) AND c.agency_id = $1
        UNION ALL
        SELECT c.id, NULL::uuid, 3
          FROM organisations o JOIN contacts c ON c.organisation_id = o.id
         WHERE $5 AND o.agency_id = $1 AND o.status = 'ACTIVE'
           AND ($6::text[] IS NULL OR o.type = ANY($6::text[]))
           AND ($7::text[] IS NULL OR o.focus_areas && $7::text[])
           AND ($8::text[] IS NULL OR o.neighbourhoods && $8::text[])
      )
      SELECT DISTINCT ON (r.contact_id)
             r.contact_id, c.name, c.email,
             EXISTS (SELECT 1 FROM invitations i WHERE i.forum_id = $2 AND i.contact_id = r.contact_id) AS already,
             EXISTS (SELECT 1 FROM invitations i WHERE i.forum_id = $2 AND i.contact_id = r.contact_id AND i.skipped_reason IS NOT NULL) AS skipped_before,
             r.org_inv_id, o.name AS org_name, oi.seats
        FROM reached r
        JOIN contacts c ON c.id = r.contact_id
        LEFT JOIN forum_organisation_invitations oi ON oi.id = r.org_inv_id
        LEFT JOIN organisations o ON o.id = oi.organisation_id
       ORDER BY r.contact_id, r.rank`,
    [
      params.agencyId,
      params.forumId,
      params.contactIds,
      params.organisationIds,
      audience !== null,
      filterOrNull(audience?.organisationTypes),
      filterOrNull(audience?.focusAreas),
      filterOrNull(audience?.neighbourhoods),
    ],
  );
  return rows.map((r) => ({
    contactId: r.contact_id,
    name: r.name,
    email: r.email,
    alreadyInvited: r.already,
    skippedBefore: r.skipped_before,
    organisationInvitationId: r.org_inv_id,
    organisationName: r.org_name,
    seats: r.seats,
  }));
}
