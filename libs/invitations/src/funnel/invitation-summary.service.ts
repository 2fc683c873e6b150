import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { NotFoundError, PageArgs, StaffActor, likePattern, paginate } from '@app/common';
import { Invitation } from '../invitation.entity';
import { DeliveryStatus, RsvpResponse } from '../invitation.enums';

export interface DeliveryFailure {
  invitationId: string;
  contactName: string;
  email: string;
  reason: string;
}

export interface InvitationSummary {
  forumId: string;
  invited: number;
  queued: number;
  sent: number;
  failed: number;
  skipped: number;
  attending: number;
  maybe: number;
  declined: number;
  waitlisted: number;
  offered: number;
  noReply: number;
  /** People expected: attending answers with their parties. */
  headcount: number;
  capacity: number | null;
  seatsTaken: number;
  present: number;
  /** People present: checked-in invitees with their parties (prefills completeForum's attendanceCount, walk-ins aside). */
  presentHeadcount: number;
  /** Organisations of the checked-in invitees (prefills completeForum's organisationIds). */
  presentOrganisationIds: string[];
  organisationsInvited: number;
  organisationsRepresented: number;
  organisationsPresent: number;
  failures: DeliveryFailure[];
  /** Each need counted in attending responses, and in people (those responses with their parties). */
  logistics: {
    stepFreeAccess: number;
    stepFreeAccessPeople: number;
    signLanguage: number;
    signLanguagePeople: number;
    childcare: number;
    childcarePeople: number;
    interpretation: { language: string; count: number; people: number }[];
    dietary: { need: string; count: number; people: number }[];
  };
}

/** Which invitees the attendee export lists. */
export type AttendeeListScope = 'ATTENDEES' | 'ALL';

/** The answer counts shown beside a forum in lists (the full funnel is `summary`). */
export interface RsvpCounts {
  forumId: string;
  invited: number;
  attending: number;
  maybe: number;
  declined: number;
  waitlisted: number;
  offered: number;
  noReply: number;
  headcount: number;
}

export interface InvitationFilter {
  response?: RsvpResponse | null;
  noReply?: boolean;
  /** Part of the invitee's name or email (the door list's search). */
  text?: string | null;
}

export interface InvitationPerson {
  invitationId: string;
  contactName: string;
  email: string;
  organisationName: string | null;
}

export interface InvitationDelivery {
  invitationId: string;
  status: DeliveryStatus;
  error: string | null;
}

/** Delivery state from the outbox row: pending is QUEUED; a cancelled mail (opted out later) counts as SKIPPED. */
const DELIVERY_SQL = `CASE WHEN i.skipped_reason IS NOT NULL OR e.status = 'CANCELLED' THEN 'SKIPPED'
  WHEN e.status = 'SENT' THEN 'SENT' WHEN e.status = 'FAILED' THEN 'FAILED' ELSE 'QUEUED' END`;

/** What an officer reads about a forum's invitations: the funnel, the lists and the CSV. */
@Injectable()
export class InvitationSummaryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Invitation) private readonly invitations: Repository<Invitation>,
  ) {}

  async summary(actor: StaffActor, forumId: string): Promise<InvitationSummary> {
    const [forum] = await this.dataSource.query(
      `SELECT f.id, COALESCE(f.capacity_override, v.capacity) AS capacity FROM forums f LEFT JOIN venues v ON v.id = f.venue_id
        WHERE f.id = $1 AND f.agency_id = $2`,
      [forumId, actor.agencyId],
    );
    if (!forum) throw new NotFoundError('Forum', forumId);
    const [counts] = await this.dataSource.query(
      `WITH d AS (
         SELECT i.*, ${DELIVERY_SQL} AS delivery FROM invitations i LEFT JOIN outbound_emails e ON e.id = i.email_id WHERE i.forum_id = $1
       )
       SELECT count(*)::int AS invited,
              count(*) FILTER (WHERE delivery = 'QUEUED')::int AS queued,
              count(*) FILTER (WHERE delivery = 'SENT')::int AS sent,
              count(*) FILTER (WHERE delivery = 'FAILED')::int AS failed,
              count(*) FILTER (WHERE delivery = 'SKIPPED')::int AS skipped,
              count(*) FILTER (WHERE response = 'ATTENDING')::int AS attending,
              count(*) FILTER (WHERE response = 'MAYBE')::int AS maybe,
              count(*) FILTER (WHERE response = 'DECLINED')::int AS declined,
              count(*) FILTER (WHERE response = 'WAITLISTED')::int AS waitlisted,
              count(*) FILTER (WHERE response = 'OFFERED')::int AS offered,
              count(*) FILTER (WHERE response IS NULL AND skipped_reason IS NULL)::int AS "noReply",
              COALESCE(sum(party_size) FILTER (WHERE response = 'ATTENDING'), 0)::int AS headcount,
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
         FROM d`,
      [forumId],
    );
    const interpretation = await this.dataSource.query(
      `SELECT initcap(lower(trim(interpretation_language))) AS language, count(*)::int AS count, sum(party_size)::int AS people FROM invitations
        WHERE forum_id = $1 AND response = 'ATTENDING' AND interpretation_language IS NOT NULL GROUP BY 1 ORDER BY count DESC, language`,
      [forumId],
    );
    const dietary = await this.dataSource.query(
      `SELECT lower(trim(dietary)) AS need, count(*)::int AS count, sum(party_size)::int AS people FROM invitations
        WHERE forum_id = $1 AND response = 'ATTENDING' AND dietary IS NOT NULL GROUP BY 1 ORDER BY count DESC, need`,
      [forumId],
    );
    const failures = await this.dataSource.query(
      `SELECT i.id AS "invitationId", c.name AS "contactName", c.email, COALESCE(e.last_error, 'refused') AS reason
         FROM invitations i JOIN outbound_emails e ON e.id = i.email_id JOIN contacts c ON c.id = i.contact_id
        WHERE i.forum_id = $1 AND e.status = 'FAILED' ORDER BY c.name LIMIT 200`,
      [forumId],
    );
    const presentOrganisations: { id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT COALESCE(oi.organisation_id, c.organisation_id) AS id
         FROM invitations i JOIN contacts c ON c.id = i.contact_id
         LEFT JOIN forum_organisation_invitations oi ON oi.id = i.organisation_invitation_id
        WHERE i.forum_id = $1 AND i.checked_in_at IS NOT NULL AND COALESCE(oi.organisation_id, c.organisation_id) IS NOT NULL
        ORDER BY 1`,
      [forumId],
    );
    const { stepFreeAccess, stepFreeAccessPeople, signLanguage, signLanguagePeople, childcare, childcarePeople, ...funnel } = counts;
    return {
      forumId,
      ...funnel,
      presentOrganisationIds: presentOrganisations.map((o) => o.id),
      capacity: forum.capacity === null ? null : Number(forum.capacity),
      failures,
      logistics: { stepFreeAccess, stepFreeAccessPeople, signLanguage, signLanguagePeople, childcare, childcarePeople, interpretation, dietary },
    };
  }

  list(actor: StaffActor, forumId: string, filter: InvitationFilter, page: PageArgs) {
    const query = this.invitations
      .createQueryBuilder('invitation')
      .where('invitation.agencyId = :agencyId AND invitation.forumId = :forumId', { agencyId: actor.agencyId, forumId });
    if (filter.response) query.andWhere('invitation.response = :response', { response: filter.response });
    if (filter.noReply) query.andWhere('invitation.response IS NULL AND invitation.skippedReason IS NULL');
    if (filter.text?.trim()) {
      query.andWhere(
        'invitation.contactId IN (SELECT c.id FROM contacts c WHERE c.agency_id = :agencyId AND (c.name ILIKE :searchPattern OR c.email ILIKE :searchPattern))',
        { searchPattern: likePattern(filter.text) },
      );
    }
    return paginate(query, page, { property: 'createdAt', direction: 'ASC' });
  }

  /**
   * Invitations whose email the mail server refused for good, across the agency's forums
   * (or one forum), newest first: what an officer should fix (a wrong address) or follow up by phone.
   */
  listFailed(actor: StaffActor, page: PageArgs, filter: { forumId?: string | null } = {}) {
    const query = this.invitations
      .createQueryBuilder('invitation')
      .innerJoin('outbound_emails', 'email', "email.id = invitation.email_id AND email.status = 'FAILED'")
      .where('invitation.agencyId = :agencyId AND invitation.skippedReason IS NULL', { agencyId: actor.agencyId });
    if (filter.forumId) query.andWhere('invitation.forumId = :forumId', { forumId: filter.forumId });
    return paginate(query, page, { property: 'createdAt', direction: 'DESC' });
  }

  /** For DataLoaders: answer counts of many forums in one query (forums with no invitations are absent). */
  rsvpCounts(agencyId: string, forumIds: readonly string[]): Promise<RsvpCounts[]> {
    return this.dataSource.query(
      `SELECT forum_id AS "forumId", count(*)::int AS invited,
              count(*) FILTER (WHERE response = 'ATTENDING')::int AS attending,
              count(*) FILTER (WHERE response = 'MAYBE')::int AS maybe,
              count(*) FILTER (WHERE response = 'DECLINED')::int AS declined,
              count(*) FILTER (WHERE response = 'WAITLISTED')::int AS waitlisted,
              count(*) FILTER (WHERE response = 'OFFERED')::int AS offered,
              count(*) FILTER (WHERE response IS NULL AND skipped_reason IS NULL)::int AS "noReply",
              COALESCE(sum(party_size) FILTER (WHERE response = 'ATTENDING'), 0)::int AS headcount
         FROM invitations WHERE agency_id = $1 AND forum_id = ANY($2::uuid[]) GROUP BY forum_id`,
      [agencyId, forumIds],
    );
  }

  /** For DataLoaders: the people behind invitations, in one query. */
  async people(agencyId: string, invitationIds: readonly string[]): Promise<InvitationPerson[]> {
    return this.dataSource.query(
      `SELECT i.id AS "invitationId", c.name AS "contactName", c.email, o.name AS "organisationName"
         FROM invitations i JOIN contacts c ON c.id = i.contact_id
         LEFT JOIN forum_organisation_invitations oi ON oi.id = i.organisation_invitation_id
         LEFT JOIN organisations o ON o.id = oi.organisation_id
        WHERE i.agency_id = $1 AND i.id = ANY($2::uuid[])`,
      [agencyId, invitationIds],
    );
  }

  /** For DataLoaders: each invitation's delivery state, in one query. */
  async deliveries(agencyId: string, invitationIds: readonly string[]): Promise<InvitationDelivery[]> {
    return this.dataSource.query(
      `SELECT i.id AS "invitationId", ${DELIVERY_SQL} AS status, CASE WHEN e.status = 'FAILED' THEN e.last_error END AS error
         FROM invitations i LEFT JOIN outbound_emails e ON e.id = i.email_id
        WHERE i.agency_id = $1 AND i.id = ANY($2::uuid[])`,
      [agencyId, invitationIds],
    );
  }

  /**
   * For the attendee export: ATTENDEES is everyone expected or hoping to come (attending,
   * offered, waitlisted, maybe); ALL is every invitee, with NO_REPLY for those who have not
   * answered and each one's delivery (SENT, QUEUED, FAILED with the server's reason, SKIPPED).
   */
  async attendees(actor: StaffActor, forumId: string, scope: AttendeeListScope = 'ATTENDEES'): Promise<Record<string, unknown>[]> {
    const [forum] = await this.dataSource.query(`SELECT id FROM forums WHERE id = $1 AND agency_id = $2`, [forumId, actor.agencyId]);
    if (!forum) throw new NotFoundError('Forum', forumId);
    const order = ['ATTENDING', 'OFFERED', 'WAITLISTED', 'MAYBE', 'DECLINED', 'NO_REPLY'];
    return this.dataSource.query(
      `SELECT c.name, c.email, o.name AS organisation, COALESCE(i.response, 'NO_REPLY') AS response, i.party_size, i.step_free_access,
              i.interpretation_language, i.sign_language, i.childcare, i.dietary, i.note, i.checked_in_at, i.responded_at, i.waitlisted_at,
              ${DELIVERY_SQL} AS delivery, CASE WHEN e.status = 'FAILED' THEN e.last_error END AS delivery_error
         FROM invitations i JOIN contacts c ON c.id = i.contact_id
         LEFT JOIN outbound_emails e ON e.id = i.email_id
         LEFT JOIN forum_organisation_invitations oi ON oi.id = i.organisation_invitation_id
         LEFT JOIN organisations o ON o.id = oi.organisation_id
        WHERE i.forum_id = $1 AND ($2::boolean OR i.response IN ('ATTENDING', 'OFFERED', 'WAITLISTED', 'MAYBE'))
        ORDER BY array_position($3::text[], COALESCE(i.response, 'NO_REPLY')), i.waitlisted_at NULLS FIRST, c.name`,
      [forumId, scope === 'ALL', order],
    );
  }
}
