import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@app/config';
import { languageOf } from '@app/i18n';
import { PartnerLookupService } from '@app/partners';
import { MailRecipient } from '../email/invitation-mail.composer';
import { InvitationsRepository, RecipientFilter } from '../invitations.repository';
import { openRsvpToken } from '../rsvp-token';

/**
 * The people behind some invitations, ready to be mailed. Who may be mailed is the partners'
 * rule (`mailableContacts`: never a contact who opted out); a skipped invitation (no token)
 * is never mailed either.
 */
@Injectable()
export class InvitationRecipients {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly invitations: InvitationsRepository,
    private readonly partners: PartnerLookupService,
  ) {}

  async where(manager: EntityManager, forum: { id: string; agencyId: string }, filter: RecipientFilter): Promise<MailRecipient[]> {
    const rows = await this.invitations.recipients(manager, forum.id, filter);
    if (rows.length === 0) return [];
    const mailable = await this.partners.mailableCards(manager, forum.agencyId, [...new Set(rows.map((r) => r.contactId))]);
    const organisationIds = [...new Set(rows.flatMap((r) => (r.organisationId ? [r.organisationId] : [])))];
    const { organisationNames } = await this.partners.cards(manager, forum.agencyId, { organisationIds });
    return rows
      .filter((r) => mailable.has(r.contactId))
      .map((r) => {
        const contact = mailable.get(r.contactId)!;
        const organisationName = r.organisationId ? organisationNames.get(r.organisationId) : undefined;
        return {
          invitationId: r.id,
          name: contact.name,
          email: contact.email,
          language: languageOf(contact.preferredLanguage),
          token: openRsvpToken(r.tokenSealed, this.config.LINK_SECRET),
          response: r.response,
          organisation: organisationName ? { name: organisationName, seats: r.seats ?? 0 } : null,
        };
      });
  }

  byIds(manager: EntityManager, forum: { id: string; agencyId: string }, ids: string[]): Promise<MailRecipient[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.where(manager, forum, { invitationIds: ids });
  }
}
