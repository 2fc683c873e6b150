import { Inject, Injectable } from '@nestjs/common';
import { EntityManager, ObjectLiteral } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@app/config';
import { ContactsService } from '@app/partners';
import { MailRecipient } from '../email/invitation-mail.composer';
import { openRsvpToken } from '../rsvp-token';

/**
 * The people behind some invitations, ready to be mailed. Contacts come from the partners'
 * `mailableContacts`, the one place that decides who may be mailed (never a contact who
 * opted out); a skipped invitation (no token) is never mailed either.
 */
@Injectable()
export class InvitationRecipients {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly contacts: ContactsService,
  ) {}

  /** `where` is SQL over `i` (invitations) with named parameters (`:name`) given in `params`. */
  async where(manager: EntityManager, forum: { id: string; agencyId: string }, where: string, params: ObjectLiteral = {}): Promise<MailRecipient[]> {
    const rows: { id: string; name: string; email: string; token_sealed: string; response: string | null; org_name: string | null; seats: number | null }[] =
      await this.contacts
        .mailableContacts(manager, forum.agencyId)
        .innerJoin('invitations', 'i', 'i.contact_id = contact.id')
        .leftJoin('forum_organisation_invitations', 'oi', 'oi.id = i.organisation_invitation_id')
        .leftJoin('organisations', 'o', 'o.id = oi.organisation_id')
        .select(['i.id AS id', 'contact.name AS name', 'contact.email AS email', 'i.token_sealed AS token_sealed', 'i.response AS response'])
        .addSelect(['o.name AS org_name', 'oi.seats AS seats'])
        .andWhere('i.forum_id = :recipientsForumId AND i.token_sealed IS NOT NULL', { recipientsForumId: forum.id })
        .andWhere(`(${where})`, params)
        .orderBy('i.created_at')
        .addOrderBy('i.id')
        .getRawMany();
    return rows.map((r) => ({
      invitationId: r.id,
      name: r.name,
      email: r.email,
      token: openRsvpToken(r.token_sealed, this.config.LINK_SECRET),
      response: r.response,
      organisation: r.org_name ? { name: r.org_name, seats: r.seats ?? 0 } : null,
    }));
  }

  byIds(manager: EntityManager, forum: { id: string; agencyId: string }, ids: string[]): Promise<MailRecipient[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.where(manager, forum, 'i.id = ANY(CAST(:recipientInvitationIds AS uuid[]))', { recipientInvitationIds: ids });
  }
}
