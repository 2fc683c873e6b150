import { EntityManager } from 'typeorm';
import { MailRecipient } from '../email/invitation-mail.composer';
import { openRsvpToken } from '../rsvp-token';

/**
 * The people behind some invitations, ready to be mailed: never a contact who opted
 * out, never a skipped invitation. `where` is SQL over `i` (invitations) with `$1` the
 * forum id and further parameters after it.
 */
export async function recipientsWhere(
  manager: EntityManager,
  secret: string,
  forumId: string,
  where: string,
  params: unknown[] = [],
): Promise<MailRecipient[]> {
  const rows: { id: string; name: string; email: string; token_sealed: string; response: string | null; org_name: string | null; seats: number | null }[] =
    await manager.query(
      `SELECT i.id, c.name, c.email, i.token_sealed, i.response, o.name AS org_name, oi.seats
         FROM invitations i
         JOIN contacts c ON c.id = i.contact_id
         LEFT JOIN forum_organisation_invitations oi ON oi.id = i.organisation_invitation_id
         LEFT JOIN organisations o ON o.id = oi.organisation_id
        WHERE i.forum_id = $1 AND i.token_sealed IS NOT NULL AND c.opted_out_at IS NULL AND (${where})
        ORDER BY i.created_at, i.id`,
      [forumId, ...params],
    );
  return rows.map((r) => ({
    invitationId: r.id,
    name: r.name,
    email: r.email,
    token: openRsvpToken(r.token_sealed, secret),
    response: r.response,
    organisation: r.org_name ? { name: r.org_name, seats: r.seats ?? 0 } : null,
  }));
}

export function recipientsByIds(manager: EntityManager, secret: string, forumId: string, ids: string[]): Promise<MailRecipient[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return recipientsWhere(manager, secret, forumId, 'i.id = ANY($2::uuid[])', [ids]);
}
