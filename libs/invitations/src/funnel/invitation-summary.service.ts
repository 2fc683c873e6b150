import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { NotFoundError, PageArgs, StaffActor, paginate } from '@app/common';
import { ForumLookupService } from '@app/forums';
import { DeliveryStatusService, OutboundEmailStatus } from '@app/mail';
import type { EmailDelivery } from '@app/mail';
import { PartnerLookupService } from '@app/partners';
import { Invitation } from '../invitation.entity';
import { OrganisationInvitation } from '../organisation-invitation.entity';
import { RsvpReply } from '../rsvp-reply.entity';
import { DeliveryStatus, RsvpResponse } from '../invitation.enums';
import { InvitationsRepository } from '../invitations.repository';
import type { FunnelAnswerCounts, NeedCounts } from './funnel-counts';

export interface DeliveryFailure {
  invitationId: string;
  contactName: string;
  email: string;
  reason: string;
}

export interface InvitationSummary extends FunnelAnswerCounts {
  forumId: string;
  queued: number;
  sent: number;
  failed: number;
  skipped: number;
  capacity: number | null;
  /** Organisations of the checked-in invitees (prefills completeForum's organisationIds). */
  presentOrganisationIds: string[];
  failures: DeliveryFailure[];
  logistics: NeedCounts & {
    interpretation: { language: string; count: number; people: number }[];
    dietary: { need: string; count: number; people: number }[];
  };
}

/** Which invitees the attendee export lists. */
export type AttendeeListScope = 'ATTENDEES' | 'ALL';

/** The answer counts shown beside a forum in lists (the full funnel is `summary`). */
export interface RsvpCounts extends Pick<FunnelAnswerCounts, 'invited' | 'attending' | 'maybe' | 'declined' | 'waitlisted' | 'offered' | 'noReply' | 'headcount'> {
  forumId: string;
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

/**
 * Delivery state from the outbox row: pending (or no row) is QUEUED; a cancelled mail (opted
 * out later) counts as SKIPPED, as does an invitation never mailed.
 */
function deliveryOf(skipped: boolean, email: EmailDelivery | undefined): { status: DeliveryStatus; error: string | null } {
  // The server's reason whenever the mail failed.
  const error = email?.status === OutboundEmailStatus.FAILED ? email.lastError : null;
  if (skipped || email?.status === OutboundEmailStatus.CANCELLED) return { status: DeliveryStatus.SKIPPED, error };
  if (email?.status === OutboundEmailStatus.SENT) return { status: DeliveryStatus.SENT, error };
  if (email?.status === OutboundEmailStatus.FAILED) return { status: DeliveryStatus.FAILED, error };
  return { status: DeliveryStatus.QUEUED, error };
}

/** The attendee export's order of answers. */
const EXPORT_ORDER = ['ATTENDING', 'OFFERED', 'WAITLISTED', 'MAYBE', 'DECLINED', 'NO_REPLY'];

/** Failures the funnel names (its count covers them all). */
const FAILURES_LISTED = 200;

/**
 * What an officer reads about a forum's invitations: the funnel, the lists and the CSV.
 * People come from the partners and deliveries from the outbox, each asked once by id
 * array, so a list costs the same few queries at any length.
 */
@Injectable()
export class InvitationSummaryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Invitation) private readonly invitationRows: Repository<Invitation>,
    private readonly invitations: InvitationsRepository,
    private readonly forums: ForumLookupService,
    private readonly partners: PartnerLookupService,
    private readonly mail: DeliveryStatusService,
  ) {}

  /** The forum an invitation, an organisation's invitation or a reply belongs to (for links from the audit log), or null when it is not the agency's. */
  async forumOf(agencyId: string, kind: 'Invitation' | 'OrganisationInvitation' | 'RsvpReply', id: string): Promise<string | null> {
    const entity = kind === 'Invitation' ? Invitation : kind === 'OrganisationInvitation' ? OrganisationInvitation : RsvpReply;
    const row: { forumId: string } | null = await this.dataSource.manager.findOne(entity as typeof Invitation, { where: { id, agencyId }, select: { id: true, forumId: true } });
    return row?.forumId ?? null;
  }

  async summary(actor: StaffActor, forumId: string): Promise<InvitationSummary> {
    const manager = this.dataSource.manager;
    const forum = await this.forums.capacity(manager, actor.agencyId, forumId);
    if (!forum) throw new NotFoundError('Forum', forumId);
    const { emailIds, skippedEmailIds, skippedRows, stepFreeAccess, stepFreeAccessPeople, signLanguage, signLanguagePeople, childcare, childcarePeople, ...counts } =
      await this.invitations.funnelCounts(manager, forumId);
    const mailed = await this.mail.countByStatus(manager, emailIds);
    const cancelled = mailed[OutboundEmailStatus.CANCELLED];
    const sent = mailed[OutboundEmailStatus.SENT];
    const failed = mailed[OutboundEmailStatus.FAILED];
    const delivery = { queued: counts.invited - skippedRows - sent - failed - cancelled, sent, failed, skipped: skippedRows + cancelled };
    const interpretation = await this.invitations.interpretationNeeds(manager, forumId);
    const dietary = await this.invitations.dietaryNeeds(manager, forumId);
    const failedEmails = await this.mail.failedAmong(manager, [...emailIds, ...skippedEmailIds]);
    const failedInvitations = await this.invitations.byEmailIds(manager, forumId, failedEmails.map((e) => e.id));
    const present = await this.invitations.present(manager, forumId);
    const { contacts } = await this.partners.cards(manager, actor.agencyId, {
      contactIds: [...new Set([...failedInvitations.map((i) => i.contact_id), ...present.filter((p) => !p.organisation_id).map((p) => p.contact_id)])],
    });
    const contactById = new Map(contacts.map((c) => [c.id, c]));

    // Named by the contacts' names (the partners' order), as many as FAILURES_LISTED.
    const reasons = new Map(failedEmails.map((e) => [e.id, e.lastError ?? 'refused']));
    const failedByContact = new Map(failedInvitations.map((i) => [i.contact_id, i]));
    const failures: DeliveryFailure[] = contacts
      .filter((c) => failedByContact.has(c.id))
      .slice(0, FAILURES_LISTED)
      .map((c) => {
        const invitation = failedByContact.get(c.id)!;
        return { invitationId: invitation.id, contactName: c.name, email: c.email, reason: reasons.get(invitation.email_id)! };
      });
    const presentOrganisationIds = [
      ...new Set(present.map((p) => p.organisation_id ?? contactById.get(p.contact_id)?.organisationId ?? null).filter((id): id is string => id !== null)),
    ].sort();
    const { invited, ...answers } = counts;
    return {
      forumId,
      invited,
      ...delivery,
      ...answers,
      presentOrganisationIds,
      capacity: forum.capacity,
      failures,
      logistics: { stepFreeAccess, stepFreeAccessPeople, signLanguage, signLanguagePeople, childcare, childcarePeople, interpretation, dietary },
    };
  }

  async list(actor: StaffActor, forumId: string, filter: InvitationFilter, page: PageArgs) {
    const query = this.invitationRows
      .createQueryBuilder('invitation')
      .where('invitation.agencyId = :agencyId AND invitation.forumId = :forumId', { agencyId: actor.agencyId, forumId });
    if (filter.response) query.andWhere('invitation.response = :response', { response: filter.response });
    if (filter.noReply) query.andWhere('invitation.response IS NULL AND invitation.skippedReason IS NULL');
    if (filter.text?.trim()) {
      const contactIds = await this.partners.contactIdsMatching(this.dataSource.manager, actor.agencyId, filter.text);
      query.andWhere('invitation.contactId = ANY(CAST(:matchingContactIds AS uuid[]))', { matchingContactIds: contactIds });
    }
    return paginate(query, page, { property: 'createdAt', direction: 'ASC' });
  }

  /**
   * Invitations whose email the mail server refused for good, across the agency's forums
   * (or one forum), newest first: what an officer should fix (a wrong address) or follow up by phone.
   */
  async listFailed(actor: StaffActor, page: PageArgs, filter: { forumId?: string | null } = {}) {
    const failedIds = await this.mail.failedIds(this.dataSource.manager, actor.agencyId);
    const query = this.invitationRows
      .createQueryBuilder('invitation')
      .where('invitation.agencyId = :agencyId AND invitation.skippedReason IS NULL', { agencyId: actor.agencyId })
      .andWhere('invitation.emailId = ANY(CAST(:failedEmailIds AS uuid[]))', { failedEmailIds: failedIds });
    if (filter.forumId) query.andWhere('invitation.forumId = :forumId', { forumId: filter.forumId });
    return paginate(query, page, { property: 'createdAt', direction: 'DESC' });
  }

  /** For DataLoaders: answer counts of many forums in one query (forums with no invitations are absent). */
  rsvpCounts(agencyId: string, forumIds: readonly string[]): Promise<RsvpCounts[]> {
    return this.invitations.rsvpCounts<RsvpCounts>(this.dataSource.manager, agencyId, forumIds);
  }

  /** For DataLoaders: the people behind invitations (ours, then the partners', one query each). */
  async people(agencyId: string, invitationIds: readonly string[]): Promise<InvitationPerson[]> {
    const manager = this.dataSource.manager;
    const rows = await this.invitations.parts(manager, agencyId, invitationIds);
    const { contacts, organisationNames } = await this.partners.cards(manager, agencyId, {
      contactIds: [...new Set(rows.map((r) => r.contact_id))],
      organisationIds: [...new Set(rows.flatMap((r) => (r.organisation_id ? [r.organisation_id] : [])))],
    });
    const contactById = new Map(contacts.map((c) => [c.id, c]));
    return rows.flatMap((r) => {
      const contact = contactById.get(r.contact_id);
      if (!contact) return [];
      const organisationName = r.organisation_id ? (organisationNames.get(r.organisation_id) ?? null) : null;
      return [{ invitationId: r.id, contactName: contact.name, email: contact.email, organisationName }];
    });
  }

  /** For DataLoaders: each invitation's delivery state (ours, then the outbox's, one query each). */
  async deliveries(agencyId: string, invitationIds: readonly string[]): Promise<InvitationDelivery[]> {
    const manager = this.dataSource.manager;
    const rows = await this.invitations.parts(manager, agencyId, invitationIds);
    const emails = await this.mail.statuses(manager, rows.flatMap((r) => (r.email_id ? [r.email_id] : [])));
    const emailById = new Map(emails.map((e) => [e.id, e]));
    return rows.map((r) => ({ invitationId: r.id, ...deliveryOf(r.skipped, r.email_id ? emailById.get(r.email_id) : undefined) }));
  }

  /**
   * For the attendee export: ATTENDEES is everyone expected or hoping to come (attending,
   * offered, waitlisted, maybe); ALL is every invitee, with NO_REPLY for those who have not
   * answered and each one's delivery (SENT, QUEUED, FAILED with the server's reason, SKIPPED).
   */
  async attendees(actor: StaffActor, forumId: string, scope: AttendeeListScope = 'ATTENDEES'): Promise<Record<string, unknown>[]> {
    const manager = this.dataSource.manager;
    if (!(await this.forums.find(manager, forumId, actor.agencyId))) throw new NotFoundError('Forum', forumId);
    const rows = await this.invitations.attendees(manager, forumId, scope === 'ALL');
    const { contacts, organisationNames } = await this.partners.cards(manager, actor.agencyId, {
      contactIds: rows.map((r) => r.contact_id),
      organisationIds: [...new Set(rows.flatMap((r) => (r.organisation_id ? [r.organisation_id] : [])))],
    });
    const emails = await this.mail.statuses(manager, rows.flatMap((r) => (r.email_id ? [r.email_id] : [])));
    const emailById = new Map(emails.map((e) => [e.id, e]));
    // The partners list contacts by name: that position is the last sort key.
    const byName = new Map(contacts.map((c, i) => [c.id, { contact: c, position: i }]));
    const listed = rows.filter((r) => byName.has(r.contact_id));
    listed.sort(
      (a, b) =>
        EXPORT_ORDER.indexOf(a.response) - EXPORT_ORDER.indexOf(b.response) ||
        waitlistedFirst(a.waitlisted_at, b.waitlisted_at) ||
        byName.get(a.contact_id)!.position - byName.get(b.contact_id)!.position,
    );
    return listed.map((r) => {
      const { contact } = byName.get(r.contact_id)!;
      const delivery = deliveryOf(r.skipped, r.email_id ? emailById.get(r.email_id) : undefined);
      return {
        name: contact.name,
        email: contact.email,
        organisation: r.organisation_id ? (organisationNames.get(r.organisation_id) ?? null) : null,
        response: r.response,
        party_size: r.party_size,
        step_free_access: r.step_free_access,
        interpretation_language: r.interpretation_language,
        sign_language: r.sign_language,
        childcare: r.childcare,
        dietary: r.dietary,
        note: r.note,
        checked_in_at: r.checked_in_at,
        responded_at: r.responded_at,
        waitlisted_at: r.waitlisted_at,
        delivery: delivery.status,
        delivery_error: delivery.error,
      };
    });
  }
}

/** `waitlisted_at NULLS FIRST`, then the earliest. */
function waitlistedFirst(a: Date | null, b: Date | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  return a.getTime() - b.getTime();
}
