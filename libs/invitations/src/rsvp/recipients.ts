import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@app/config';
import { languageOf } from '@app/i18n';
import { PartnerLookupService } from '@app/partners';
import { MailRecipient } from '../email/invitation-mail.composer';
import { InvitationsRepository, RecipientFilter } from '../invitations.repository';
import { openRsvpToken } from '../rsvp-token';
import { ForumMailKind, forumMailCategory } from '../email/mail-categories';
import { MailCategory } from '@app/mail';

/**
 * The people behind some invitations, ready to be mailed `kind`. Who may be mailed is the
 * partners' rule (`reachableCards`: never an undeliverable address) plus the category's: a
 * contact who opted out gets only operational mail (`forumMailCategory`). A skipped
 * invitation (no token) is never mailed either.
 */
@Injectable()
export class InvitationRecipients {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly invitations: InvitationsRepository,
    private readonly partners: PartnerLookupService,
  ) {}

  async where(manager: EntityManager, forum: { id: string; agencyId: string }, filter: RecipientFilter, kind: ForumMailKind): Promise<MailRecipient[]> {
    const rows = await this.invitations.recipients(manager, forum.id, filter);
    if (rows.length === 0) return [];
    const reachable = await this.partners.reachableCards(manager, forum.agencyId, [...new Set(rows.map((r) => r.contactId))]);
    const mayReceive = (r: { contactId: string; response: string | null }) =>
      reachable.has(r.contactId) && (!reachable.get(r.contactId)!.optedOut || forumMailCategory(kind, r.response) === MailCategory.OPERATIONAL);
    const organisationIds = [...new Set(rows.flatMap((r) => (r.organisationId ? [r.organisationId] : [])))];
    const { organisationNames } = await this.partners.cards(manager, forum.agencyId, { organisationIds });
    return rows
      .filter(mayReceive)
      .map((r) => {
        const contact = reachable.get(r.contactId)!;
        const organisationName = r.organisationId ? organisationNames.get(r.organisationId) : undefined;
        return {
          invitationId: r.id,
          name: contact.name,
          email: contact.email,
          language: languageOf(contact.preferredLanguage),
          token: openRsvpToken(r.tokenSealed, this.config.LINK_SECRET),
          response: r.response,
          optedOut: contact.optedOut,
          organisation: organisationName ? { name: organisationName, seats: r.seats ?? 0 } : null,
        };
      });
  }

  byIds(manager: EntityManager, forum: { id: string; agencyId: string }, ids: string[], kind: ForumMailKind): Promise<MailRecipient[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.where(manager, forum, { invitationIds: ids }, kind);
  }
}
