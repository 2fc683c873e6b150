import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** An organisation invitation: the organisation, its seats and its forum. */
export interface OrganisationSeats {
  id: string;
  organisationId: string;
  forumId: string;
  seats: number;
}

/** The SQL of `forum_organisation_invitations`: organisations invited with seats their contacts share. */
@Injectable()
export class OrganisationInvitationsRepository {
  /** Writes one row per organisation (a repeated organisation keeps its row, its seats updated); returns them all. */
  async upsert(
    manager: EntityManager,
    row: { agencyId: string; forumId: string; createdBy: string; organisations: { organisationId: string; seats: number }[] },
  ): Promise<OrganisationSeats[]> {
    if (row.organisations.length === 0) return [];
    const rows: { id: string; organisation_id: string; forum_id: string; seats: number }[] = await manager.query(
      `INSERT INTO forum_organisation_invitations (agency_id, forum_id, organisation_id, seats, created_by)
       SELECT $1, $2, u.organisation_id, u.seats, $3 FROM unnest($4::uuid[], $5::int[]) AS u(organisation_id, seats)
       ON CONFLICT (forum_id, organisation_id) DO UPDATE SET seats = EXCLUDED.seats
       RETURNING id, organisation_id, forum_id, seats`,
      [row.agencyId, row.forumId, row.createdBy, row.organisations.map((o) => o.organisationId), row.organisations.map((o) => o.seats)],
    );
    return rows.map(toSeats);
  }

  async get(manager: EntityManager, id: string): Promise<OrganisationSeats | undefined> {
    const [row] = await manager.query(`SELECT id, organisation_id, forum_id, seats FROM forum_organisation_invitations WHERE id = $1`, [id]);
    return row ? toSeats(row) : undefined;
  }

  /**
   * Locks an organisation invitation and counts its delegates (attending, offered or
   * waiting), leaving one invitation out.
   */
  async lockWithDelegates(manager: EntityManager, id: string, exceptInvitationId: string): Promise<{ seats: number; used: number }> {
    const [row] = await manager.query(
      `SELECT oi.seats, (SELECT COUNT(*)::int FROM invitations i WHERE i.organisation_invitation_id = oi.id AND i.id <> $2
                          AND i.response IN ('ATTENDING', 'OFFERED', 'WAITLISTED')) AS used
         FROM forum_organisation_invitations oi WHERE oi.id = $1 FOR UPDATE`,
      [id, exceptInvitationId],
    );
    return row;
  }
}

function toSeats(row: { id: string; organisation_id: string; forum_id: string; seats: number }): OrganisationSeats {
  return { id: row.id, organisationId: row.organisation_id, forumId: row.forum_id, seats: row.seats };
}
