import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { LanguageCode } from '@app/common';
import { APP_CONFIG, AppConfig } from '@app/config';
import { languageOf } from '@app/i18n';
import { AgenciesService } from '@app/agencies';
import type { Agency } from '@app/agencies';
import { ContactsService } from '@app/partners';
import type { Contact } from '@app/partners';
import { OutboxService } from '@app/mail';
import { InvitationError } from '../invitations.errors';

/** What an unsubscribe page shows, whichever link led to it. */
export interface UnsubscribeView {
  contact: { email: string; optedOut: boolean };
  agency: Pick<Agency, 'name' | 'enabledLanguages' | 'branding'>;
  /** The contact's language (their preference, matched to a shipped one). */
  language: LanguageCode;
}

/** Where outreach mail tells its reader to unsubscribe: `List-Unsubscribe` (one-click URL and mailto) and the footer link. */
export interface OutreachUnsubscribeLinks {
  url: string;
  mailto: string;
}

const PURPOSE = 'contact-unsubscribe';
/** 80 bits of HMAC after the contact id's 32 hex digits: `unsubscribe+<52 hex>@` stays under 64 characters. */
const SIGNATURE_HEX = 20;
const TOKEN = /^[0-9a-f]{52}$/;

/**
 * One-click unsubscribe for outreach that is not a forum invitation (survey invitations,
 * task-force digests and reminders): a per-contact token signed with LINK_SECRET, nothing
 * stored. Forum invitations unsubscribe through their RSVP token; both end in `optOutContact`.
 */
@Injectable()
export class OutreachUnsubscribe {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly contacts: ContactsService,
    private readonly agencies: AgenciesService,
    private readonly outbox: OutboxService,
  ) {}

  /** The contact's unsubscribe links, as `EmailRequest.unsubscribe` takes them. */
  linksFor(contactId: string): OutreachUnsubscribeLinks {
    const token = `${contactId.replace(/-/g, '').toLowerCase()}${this.sign(contactId)}`;
    return { url: `${this.config.PUBLIC_URL}/unsubscribe/${token}`, mailto: `unsubscribe+${token}@${this.config.MAIL_DOMAIN}` };
  }

  /** A contact token's look (not its signature): tells it from an RSVP token in `unsubscribe+<token>@`. */
  isContactToken(token: string): boolean {
    return TOKEN.test(token.toLowerCase());
  }

  async view(token: string): Promise<UnsubscribeView> {
    return this.viewOf(await this.find(token));
  }

  /** The page's button, one-click POST or the mailto: the contact is opted out of outreach. */
  async optOut(token: string, source: string): Promise<UnsubscribeView> {
    const found = await this.find(token);
    return this.dataSource.transaction(async (manager) => this.viewOf(await this.optOutContact(manager, found.agencyId, found.id, source)));
  }

  /** The partners' opt-out (the one rule every sender reads), then the contact's unsent outreach is dropped. */
  async optOutContact(manager: EntityManager, agencyId: string, contactId: string, source: string): Promise<Contact> {
    const contact = await this.contacts.optOut(agencyId, contactId, source, manager);
    await this.outbox.cancelPendingTo(manager, agencyId, contact.email);
    return contact;
  }

  private async find(raw: string): Promise<Contact> {
    const token = raw.toLowerCase();
    if (!TOKEN.test(token)) throw InvitationError.linkInvalid();
    const hex = token.slice(0, 32);
    const contactId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    const expected = Buffer.from(this.sign(contactId));
    const given = Buffer.from(token.slice(32));
    if (!timingSafeEqual(expected, given)) throw InvitationError.linkInvalid();
    const contact = await this.contacts.findById(contactId);
    if (!contact) throw InvitationError.linkInvalid();
    return contact;
  }

  private async viewOf(contact: Contact): Promise<UnsubscribeView> {
    const agency = await this.agencies.get(contact.agencyId);
    return { contact: { email: contact.email, optedOut: !!contact.optedOutAt }, agency, language: languageOf(contact.preferredLanguage) };
  }

  private sign(contactId: string): string {
    return createHmac('sha256', this.config.LINK_SECRET).update(`${PURPOSE}:${contactId.toLowerCase()}`).digest('hex').slice(0, SIGNATURE_HEX);
  }
}
