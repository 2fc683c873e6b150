import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { FunnelAnswerCounts, NeedCounts } from './funnel/funnel-counts';
import { RsvpResponse } from './invitation.enums';

/** The answers that hold a seat. */
export const SEAT_HOLDING = [RsvpResponse.ATTENDING, RsvpResponse.OFFERED];

/** Which invitations of a forum an email goes to (always those with a link token). */
export type RecipientFilter = 'STILL_INTERESTED' | 'NO_ANSWER' | 'ATTENDING_OR_MAYBE' | { invitationIds: readonly string[] };

/** An invitation row as mailings read it: the contact, the sealed token, the organisation seat. */
export interface RecipientRow {
  id: string;
  contactId: string;
  tokenSealed: string;
  response: string | null;
  organisationId: string | null;
  seats: number | null;
}

/** The funnel's counts of one forum (deliveries are the outbox's, counted by the caller from `emailIds`). */
export interface FunnelCounts extends FunnelAnswerCounts, NeedCounts {
  /** Invitations never mailed (opted out when invited). */
  skippedRows: number;
  /** Outbox rows of the mailed invitations, and of the skipped ones that have one. */
  emailIds: string[];
  skippedEmailIds: string[];
}

/** One invitation in the attendee export, before its person and delivery are added. */
export interface AttendeeRow {
  contact_id: string;
  organisation_id: string | null;
  response: string;
  party_size: number;
  step_free_access: boolean;
  interpretation_language: string | null;
  sign_language: boolean;
  childcare: boolean;
  dietary: string | null;
  note: string | null;
  checked_in_at: Date | null;
  responded_at: Date | null;
  waitlisted_at: Date | null;
  email_id: string | null;
  skipped: boolean;
}

/** The answer counts (and the people attending) over `invitations` rows, shared by the funnel and the per-forum counts. */
const ANSWER_COUNTS = `count(*) FILTER (WHERE response = 'ATTENDING')::int AS attending,
              count(*) FILTER (WHERE response = 'MAYBE')::int AS maybe,
              count(*) FILTER (WHERE response = 'DECLINED')::int AS declined,
              count(*) FILTER (WHERE response = 'WAITLISTED')::int AS waitlisted,
              count(*) FILTER (WHERE response = 'OFFERED')::int AS offered,
              count(*) FILTER (WHERE response IS NULL AND skipped_reason IS NULL)::int AS "noReply",
              COALESCE(sum(party_size) FILTER (WHERE response = 'ATTENDING'), 0)::int AS headcount`;

const RECIPIENT_FILTERS: Record<Exclude<RecipientFilter, object>, string> = {
  // Everyone invited who has not declined.
  STILL_INTERESTED: `i.response IS DISTINCT FROM 'DECLINED'`,
  NO_ANSWER: 'i.response IS NULL',
  ATTENDING_OR_MAYBE: `i.response IN ('ATTENDING', 'MAYBE')`,
};

/**
 * The SQL of the `invitations` table (with the organisation invitation an invitation belongs
 * to, its aggregate). Every method takes the caller's EntityManager, so it runs in the
 * caller's transaction; people, forums and mail are other libs' and are asked for by id.
 */
@Injectable()
export class InvitationsRepository {
  async funnelCounts(manager: EntityManager, forumId: string): Promise<FunnelCounts> {
    const [row] = await manager.query(
      `SELECT count(*)::int AS invited,
              count(*) FILTER (WHERE skipped_reason IS NOT NULL)::int AS "skippedRows",
              COALESCE(array_agg(email_id) FILTER (WHERE skipped_reason IS NULL AND email_id IS NOT NULL), '{}') AS "emailIds",
              COALESCE(array_agg(email_id) FILTER (WHERE skipped_reason IS NOT NULL AND email_id IS NOT NULL), '{}') AS "skippedEmailIds",
              ${ANSWER_COUNTS},
              COALESCE(sum(party_size) FILTER (WHERE response IN ('ATTENDING', 'OFFERED')), 0)::int AS "seatsTaken",
              count(*) FILTER (WHERE checked_in_at IS NOT NULL)::int AS present,
              COALESCE(sum(party_size) FILTER (WHERE checked_in_at IS NOT NULL), 0)::int AS "presentHeadcount",
              count(*) FILTER (WHERE response = 'ATTENDING' AND step_free_access)::int AS "stepFreeAccess",
              COALESCE(sum(party_size) FILTER (WHERE response = 'ATTENDING' AND step_free_access), 0)::int AS "stepFreeAccessPeople",
              count(*) FILTER (WHERE response = 'ATTENDING' AND sign_language)::int AS "signLanguage",
              COALESCE(sum(party_size) FILTER (WHERE response = 'ATTENDING' AND sign_language), 0)::int AS "signLanguagePeople",
              count(*) FILTER (WHERE response = 'ATTENDING' AND childcare)::int AS childcare,
              COALESCE(sum(party_size) FILTER (WHERE response = 'ATTENDING' AND childcare), 0)::int AS "childcarePeople",
              (SELECT count(*)::int FROM forum_organisation_invitations oi WHERE oi.forum_id = $1) AS "organisationsInvited",
              count(DISTINCT organisation_invitation_id) FILTER (WHERE response = 'ATTENDING')::int AS "organisationsRepresented",
              count(DISTINCT organisation_invitation_id) FILTER (WHERE checked_in_at IS NOT NULL)::int AS "organisationsPresent"
         FROM invitations WHERE forum_id = $1`,
      [forumId],
    );
    return row;
  }

  /** Interpretation languages asked for in attending answers, most asked first. */
  interpretationNeeds(manager: EntityManager, forumId: string): Promise<{ language: string; count: number; people: number }[]> {
    return manager.query(
      `SELECT initcap(lower(trim(interpretation_language))) AS language, count(*)::int AS count, sum(party_size)::int AS people FROM invitations
        WHERE forum_id = $1 AND response = 'ATTENDING' AND interpretation_language IS NOT NULL GROUP BY 1 ORDER BY count DESC, language`,
      [forumId],
    );
  }

  /** Dietary needs given in attending answers, most given first. */
  dietaryNeeds(manager: EntityManager, forumId: string): Promise<{ need: string; count: number; people: number }[]> {
    return manager.query(
      `SELECT lower(trim(dietary)) AS need, count(*)::int AS count, sum(party_size)::int AS people FROM invitations
        WHERE forum_id = $1 AND response = 'ATTENDING' AND dietary IS NOT NULL GROUP BY 1 ORDER BY count DESC, need`,
      [forumId],
    );
  }

  /** The outbox rows of a forum's invitation mails. */
  async invitationEmailIds(manager: EntityManager, forumId: string): Promise<string[]> {
    const rows: { email_id: string }[] = await manager.query(`SELECT email_id FROM invitations WHERE forum_id = $1 AND email_id IS NOT NULL`, [forumId]);
    return rows.map((r) => r.email_id);
  }

  /** The forum's invitations whose email is one of these. */
  byEmailIds(manager: EntityManager, forumId: string, emailIds: readonly string[]): Promise<{ id: string; contact_id: string; email_id: string }[]> {
    if (emailIds.length === 0) return Promise.resolve([]);
    return manager.query(`SELECT id, contact_id, email_id FROM invitations WHERE forum_id = $1 AND email_id = ANY($2::uuid[])`, [forumId, emailIds]);
  }

  /** The checked-in invitees of a forum, with the organisation whose seat they hold (if any). */
  present(manager: EntityManager, forumId: string): Promise<{ contact_id: string; organisation_id: string | null }[]> {
    return manager.query(
      `SELECT i.contact_id, oi.organisation_id FROM invitations i LEFT JOIN forum_organisation_invitations oi ON oi.id = i.organisation_invitation_id
        WHERE i.forum_id = $1 AND i.checked_in_at IS NOT NULL`,
      [forumId],
    );
  }

  /** Answer counts of many forums in one query (forums with no invitations are absent). */
  rsvpCounts<T>(manager: EntityManager, agencyId: string, forumIds: readonly string[]): Promise<T[]> {
    return manager.query(
      `SELECT forum_id AS "forumId", count(*)::int AS invited,
              ${ANSWER_COUNTS}
         FROM invitations WHERE agency_id = $1 AND forum_id = ANY($2::uuid[]) GROUP BY forum_id`,
      [agencyId, forumIds],
    );
  }

  /** Invitations by id: the contact, the organisation whose seat it is, its email and whether it was skipped. */
  parts(
    manager: EntityManager,
    agencyId: string,
    invitationIds: readonly string[],
  ): Promise<{ id: string; contact_id: string; organisation_id: string | null; email_id: string | null; skipped: boolean }[]> {
    return manager.query(
      `SELECT i.id, i.contact_id, oi.organisation_id, i.email_id, i.skipped_reason IS NOT NULL AS skipped
         FROM invitations i LEFT JOIN forum_organisation_invitations oi ON oi.id = i.organisation_invitation_id
        WHERE i.agency_id = $1 AND i.id = ANY($2::uuid[])`,
      [agencyId, invitationIds],
    );
  }

  /** The attendee export's rows of a forum: everyone expected or hoping to come, or (`all`) every invitee. */
  attendees(manager: EntityManager, forumId: string, all: boolean): Promise<AttendeeRow[]> {
    return manager.query(
      `SELECT i.contact_id, oi.organisation_id, COALESCE(i.response, 'NO_REPLY') AS response, i.party_size, i.step_free_access,
              i.interpretation_language, i.sign_language, i.childcare, i.dietary, i.note, i.checked_in_at, i.responded_at, i.waitlisted_at,
              i.email_id, i.skipped_reason IS NOT NULL AS skipped
         FROM invitations i LEFT JOIN forum_organisation_invitations oi ON oi.id = i.organisation_invitation_id
        WHERE i.forum_id = $1 AND ($2::boolean OR i.response IN ('ATTENDING', 'OFFERED', 'WAITLISTED', 'MAYBE'))`,
      [forumId, all],
    );
  }

  /** Which of these contacts a forum already invited, and whether that invitation was skipped (never mailed). */
  async invitedAmong(manager: EntityManager, forumId: string, contactIds: readonly string[]): Promise<Map<string, { skipped: boolean }>> {
    if (contactIds.length === 0) return new Map();
    const rows: { contact_id: string; skipped: boolean }[] = await manager.query(
      `SELECT contact_id, skipped_reason IS NOT NULL AS skipped FROM invitations WHERE forum_id = $1 AND contact_id = ANY($2::uuid[])`,
      [forumId, contactIds],
    );
    return new Map(rows.map((r) => [r.contact_id, { skipped: r.skipped }]));
  }

  /** Inserts invitations of new contacts (a contact already invited keeps its row); returns the rows written. */
  insertMany(
    manager: EntityManager,
    rows: {
      agencyId: string;
      forumId: string;
      createdBy: string;
      contactIds: string[];
      organisationInvitationIds: (string | null)[];
      tokenHashes: (string | null)[];
      tokensSealed: (string | null)[];
      emailIds: (string | null)[];
      skippedReasons: (string | null)[];
    },
  ): Promise<{ id: string; contact_id: string }[]> {
    return manager.query(
      `INSERT INTO invitations (agency_id, forum_id, contact_id, organisation_invitation_id, token_hash, token_sealed, email_id, skipped_reason, created_by)
       SELECT $1, $2, u.contact_id, u.org_inv_id, u.token_hash, u.token_sealed, u.email_id, u.skipped, $3
         FROM unnest($4::uuid[], $5::uuid[], $6::text[], $7::text[], $8::uuid[], $9::text[]) AS u(contact_id, org_inv_id, token_hash, token_sealed, email_id, skipped)
       ON CONFLICT (forum_id, contact_id) DO NOTHING
       RETURNING id, contact_id`,
      [rows.agencyId, rows.forumId, rows.createdBy, rows.contactIds, rows.organisationInvitationIds, rows.tokenHashes, rows.tokensSealed, rows.emailIds, rows.skippedReasons],
    );
  }

  /** Gives skipped invitations of these contacts a token and an email (they can be mailed now); returns the rows revived. */
  async revive(
    manager: EntityManager,
    forumId: string,
    rows: { contactIds: string[]; tokenHashes: (string | null)[]; tokensSealed: (string | null)[]; emailIds: (string | null)[] },
  ): Promise<{ id: string; contact_id: string }[]> {
    const [revived]: [{ id: string; contact_id: string }[], number] = await manager.query(
      `UPDATE invitations i SET token_hash = u.token_hash, token_sealed = u.token_sealed, email_id = u.email_id, skipped_reason = NULL, updated_at = now()
         FROM unnest($2::uuid[], $3::text[], $4::text[], $5::uuid[]) AS u(contact_id, token_hash, token_sealed, email_id)
        WHERE i.forum_id = $1 AND i.contact_id = u.contact_id AND i.skipped_reason IS NOT NULL
       RETURNING i.id, i.contact_id`,
      [forumId, rows.contactIds, rows.tokenHashes, rows.tokensSealed, rows.emailIds],
    );
    return revived;
  }

  /** Whether the forum has invited anyone. */
  async anyFor(manager: EntityManager, forumId: string): Promise<boolean> {
    const rows = await manager.query(`SELECT 1 FROM invitations WHERE forum_id = $1 LIMIT 1`, [forumId]);
    return rows.length > 0;
  }

  /**
   * The forum's attendees: those checked in, or, when nobody was checked in, those whose
   * answer is ATTENDING.
   */
  async attendeeContactIds(manager: EntityManager, forumId: string): Promise<string[]> {
    const rows: { contact_id: string }[] = await manager.query(
      `SELECT contact_id FROM invitations i
        WHERE forum_id = $1
          AND CASE WHEN EXISTS (SELECT 1 FROM invitations WHERE forum_id = $1 AND checked_in_at IS NOT NULL)
                   THEN checked_in_at IS NOT NULL ELSE response = 'ATTENDING' END
        ORDER BY created_at, id`,
      [forumId],
    );
    return rows.map((r) => r.contact_id);
  }

  /** The forum's invitations an email goes to (those with a link token), in the order they were made. */
  async recipients(manager: EntityManager, forumId: string, filter: RecipientFilter): Promise<RecipientRow[]> {
    const byIds = typeof filter === 'object';
    const rows: { id: string; contact_id: string; token_sealed: string; response: string | null; organisation_id: string | null; seats: number | null }[] =
      await manager.query(
        `SELECT i.id, i.contact_id, i.token_sealed, i.response, oi.organisation_id, oi.seats
           FROM invitations i LEFT JOIN forum_organisation_invitations oi ON oi.id = i.organisation_invitation_id
          WHERE i.forum_id = $1 AND i.token_sealed IS NOT NULL AND ${byIds ? 'i.id = ANY($2::uuid[])' : RECIPIENT_FILTERS[filter]}
          ORDER BY i.created_at, i.id`,
        byIds ? [forumId, filter.invitationIds] : [forumId],
      );
    return rows.map((r) => ({ id: r.id, contactId: r.contact_id, tokenSealed: r.token_sealed, response: r.response, organisationId: r.organisation_id, seats: r.seats }));
  }

  /** The forum and agency of an invitation, or undefined. */
  async forumOf(manager: EntityManager, invitationId: string): Promise<{ forumId: string; agencyId: string } | undefined> {
    const [row] = await manager.query(`SELECT forum_id, agency_id FROM invitations WHERE id = $1`, [invitationId]);
    return row ? { forumId: row.forum_id, agencyId: row.agency_id } : undefined;
  }

  /** Offers whose window has passed at `now`, the oldest first. */
  async lapsedOffers(manager: EntityManager, now: Date, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM invitations WHERE response = 'OFFERED' AND offer_expires_at <= $1 ORDER BY offer_expires_at LIMIT $2`,
      [now, limit],
    );
    return rows.map((r) => r.id);
  }

  /** People holding a seat of the forum (an answer's party counts in full), leaving one invitation out if given. */
  async seatsTaken(manager: EntityManager, forumId: string, exceptInvitationId?: string): Promise<number> {
    const [row] = await manager.query(
      `SELECT COALESCE(SUM(party_size), 0)::int AS taken FROM invitations
        WHERE forum_id = $1 AND response = ANY($2::text[]) AND ($3::uuid IS NULL OR id <> $3::uuid)`,
      [forumId, SEAT_HOLDING, exceptInvitationId ?? null],
    );
    return row.taken;
  }

  /** How many wait ahead of this waitlisted invitation. */
  async waitingAhead(manager: EntityManager, invitation: { id: string; forumId: string; waitlistedAt: Date | null }): Promise<number> {
    const [row] = await manager.query(
      `SELECT COUNT(*)::int AS ahead FROM invitations
        WHERE forum_id = $1 AND response = 'WAITLISTED' AND (waitlisted_at, id) < ($2, $3)`,
      [invitation.forumId, invitation.waitlistedAt, invitation.id],
    );
    return row.ahead;
  }

  /** The forum's waitlist in arrival order, locked for promotion. */
  lockWaitlist(manager: EntityManager, forumId: string): Promise<{ id: string; party_size: number }[]> {
    return manager.query(
      `SELECT id, party_size FROM invitations WHERE forum_id = $1 AND response = 'WAITLISTED'
        ORDER BY waitlisted_at, id FOR UPDATE`,
      [forumId],
    );
  }

  /** Holds a freed seat for a waiting invitation until `expiresAt`. */
  async offerSeat(manager: EntityManager, invitationId: string, expiresAt: Date): Promise<void> {
    await manager.query(`UPDATE invitations SET response = 'OFFERED', offer_expires_at = $2, updated_at = now() WHERE id = $1`, [invitationId, expiresAt]);
  }

  /** Moves a waiting invitation to attending. */
  async promote(manager: EntityManager, invitationId: string): Promise<void> {
    await manager.query(
      `UPDATE invitations SET response = 'ATTENDING', response_source = 'WAITLIST', waitlisted_at = NULL, updated_at = now() WHERE id = $1`,
      [invitationId],
    );
  }

  /** The members of an organisation invitation who can be mailed (those skipped are left out). */
  members(manager: EntityManager, organisationInvitationId: string): Promise<{ id: string; contact_id: string; response: RsvpResponse | null }[]> {
    return manager.query(
      `SELECT id, contact_id, response FROM invitations WHERE organisation_invitation_id = $1 AND skipped_reason IS NULL`,
      [organisationInvitationId],
    );
  }

  /** Demo data: an invitation of an opted-out contact, never mailed. */
  async insertSkippedForDemo(manager: EntityManager, row: { agencyId: string; forumId: string; contactId: string; createdAt: Date }): Promise<void> {
    await manager.query(`INSERT INTO invitations (agency_id, forum_id, contact_id, skipped_reason, created_at) VALUES ($1, $2, $3, 'OPTED_OUT', $4)`, [
      row.agencyId,
      row.forumId,
      row.contactId,
      row.createdAt,
    ]);
  }

  /** Demo data: an invitation as it stands after its mail was sent and (maybe) answered. */
  async insertAnsweredForDemo(
    manager: EntityManager,
    row: {
      agencyId: string;
      forumId: string;
      contactId: string;
      tokenHash: string;
      tokenSealed: string;
      emailId: string;
      response: string | null;
      responseSource: string | null;
      respondedAt: Date | null;
      partySize: number;
      stepFreeAccess: boolean;
      interpretationLanguage: string | null;
      signLanguage: boolean;
      childcare: boolean;
      dietary: string | null;
      note: string | null;
      waitlistedAt: Date | null;
      createdAt: Date;
    },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO invitations (agency_id, forum_id, contact_id, token_hash, token_sealed, email_id, response, response_source, responded_at,
                                party_size, step_free_access, interpretation_language, sign_language, childcare, dietary, note, waitlisted_at, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)`,
      [
        row.agencyId,
        row.forumId,
        row.contactId,
        row.tokenHash,
        row.tokenSealed,
        row.emailId,
        row.response,
        row.responseSource,
        row.respondedAt,
        row.partySize,
        row.stepFreeAccess,
        row.interpretationLanguage,
        row.signLanguage,
        row.childcare,
        row.dietary,
        row.note,
        row.waitlistedAt,
        row.createdAt,
      ],
    );
  }
}
