import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Repository, SelectQueryBuilder } from 'typeorm';
import { Clock, ContactActor, NotFoundError, StaffActor } from '@app/common';
import { AuditService, diff } from '@app/audit';
import { Contact } from './contact.entity';
import { ContactRepository } from './contact.repository';
import { Organisation } from './organisation.entity';
import { pgError } from '@app/database';
import { PartnersError } from './partners.errors';
import { LIMITS, normaliseContactEmail, optionalPhone, optionalText, preferredLanguage, requiredText } from './partner-fields';
import { must } from './field-check';

export interface ContactFields {
  name: string;
  email: string;
  phone?: string | null;
  roleTitle?: string | null;
  /** Empty means `en`. */
  preferredLanguage?: string | null;
}

/** A contact as a sender needs it: where to write, in which language, and whether it may be mailed at all. */
export interface ContactRecipient {
  id: string;
  name: string;
  email: string;
  preferredLanguage: string;
  /** False for an opted-out or undeliverable contact (the rule of `mailableContacts`). */
  mailable: boolean;
  /** Mail to the address bounced for good (until the address is edited); counted apart from opting out. */
  undeliverable: boolean;
}

/** Whether outreach may go to a contact, and if not why: they opted out, or their address bounced for good. */
export type ContactMailState = 'MAILABLE' | 'OPTED_OUT' | 'UNDELIVERABLE';

type CheckedContact = Partial<Omit<ContactFields, 'preferredLanguage'>> & { preferredLanguage?: string };

export const CONTACT_EMAIL_CONSTRAINT = 'contacts_agency_id_email_key';

/**
 * Contacts of partner organisations. The opt-out (of outreach) and "undeliverable" live here
 * and only here: staff edits and imports never clear an opt-out, only the contact's own
 * `optIn` does; editing the address clears "undeliverable". `mailableContacts` is the one
 * query outreach senders use, so neither kind of contact gets outreach; forum mail about a
 * forum the contact accepted asks `PartnerLookupService.reachableCards` instead.
 */
@Injectable()
export class ContactsService {
  constructor(
    @InjectRepository(Contact) private readonly contacts: Repository<Contact>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async get(actor: Pick<StaffActor, 'agencyId'>, id: string): Promise<Contact> {
    const contact = await this.contacts.findOneBy({ id, agencyId: actor.agencyId });
    if (!contact) throw new NotFoundError('Contact', id);
    return contact;
  }

  /** For the per-request loader: contacts of many organisations in one query, by name. */
  async contactsFor(agencyId: string, organisationIds: readonly string[]): Promise<Contact[]> {
    if (organisationIds.length === 0) return [];
    return this.contacts.find({ where: { agencyId, organisationId: In([...organisationIds]) }, order: { name: 'ASC', id: 'ASC' } });
  }

  /** For per-request loaders: the agency's contacts with these ids, in one query (unknown ids are left out). */
  byIds(agencyId: string, ids: readonly string[]): Promise<Contact[]> {
    return ids.length ? this.contacts.findBy({ agencyId, id: In([...ids]) }) : Promise.resolve([]);
  }

  /**
   * The only way mail senders should pick recipients: the agency's contacts minus everyone
   * opted out. Returns a query builder (alias `contact`) so callers can add their own filters,
   * and takes the caller's manager so it joins their transaction.
   */
  mailableContacts(manager: EntityManager, agencyId: string): SelectQueryBuilder<Contact> {
    return manager
      .createQueryBuilder(Contact, 'contact')
      .where('contact.agencyId = :mailAgencyId', { mailAgencyId: agencyId })
      .andWhere('contact.optedOutAt IS NULL')
      .andWhere('contact.undeliverableAt IS NULL');
  }

  /** For senders that count skipped contacts by reason: each of these contacts' state (unknown ids are absent). */
  async mailStates(manager: EntityManager, agencyId: string, contactIds: readonly string[]): Promise<Map<string, ContactMailState>> {
    if (contactIds.length === 0) return new Map();
    const rows = await ContactRepository.mailStates(manager, agencyId, contactIds);
    return new Map(rows.map((r) => [r.id, r.undeliverable ? 'UNDELIVERABLE' : r.opted_out ? 'OPTED_OUT' : 'MAILABLE']));
  }

  /**
   * A hard bounce (or a permanent refusal) for `email`: the agency's contact with that address
   * is not mailed again until staff edit the address. Returns the contact, or null when the
   * address is no contact of the agency (any more). Audited as the contact's mailbox.
   */
  async markUndeliverable(agencyId: string, email: string, reason: string): Promise<Contact | null> {
    return this.dataSource.transaction(async (manager) => {
      const contact = await manager.findOne(Contact, { where: { agencyId, email: email.trim().toLowerCase() }, lock: { mode: 'pessimistic_write' } });
      if (!contact || contact.undeliverableAt) return contact;
      contact.undeliverableAt = this.clock.now();
      contact.undeliverableReason = reason.slice(0, 500);
      const saved = await manager.save(contact);
      await this.audit.record(manager, contactActor(contact), {
        action: 'contact.undeliverable',
        entityType: 'Contact',
        entityId: contact.id,
        summary: `Mail to ${contact.email} bounced for good: ${contact.undeliverableReason}`,
        changes: { undeliverable: { from: false, to: true }, reason: contact.undeliverableReason },
      });
      return saved;
    });
  }

  /** The agency's contact with this address, if any (for mail feedback: bounces, complaints). */
  findByEmail(agencyId: string, email: string): Promise<Contact | null> {
    return this.contacts.findOneBy({ agencyId, email: email.trim().toLowerCase() });
  }

  /** Of these contacts of the agency, the ones `mailableContacts` allows (for senders that count the others as skipped). */
  async mailableAmong(manager: EntityManager, agencyId: string, contactIds: readonly string[]): Promise<Set<string>> {
    if (contactIds.length === 0) return new Set();
    const rows = await this.mailableContacts(manager, agencyId)
      .select('contact.id', 'id')
      .andWhere('contact.id = ANY(CAST(:mailableIds AS uuid[]))', { mailableIds: [...contactIds] })
      .getRawMany<{ id: string }>();
    return new Set(rows.map((r) => r.id));
  }

  /**
   * The agency's contacts with these ids (unknown ids are left out), each marked mailable or
   * not by the rule of `mailableContacts`: one query, in the caller's transaction.
   */
  async recipientsAmong(manager: EntityManager, agencyId: string, contactIds: readonly string[]): Promise<ContactRecipient[]> {
    if (contactIds.length === 0) return [];
    const contacts = await manager.find(Contact, { where: { agencyId, id: In([...contactIds]) } });
    return contacts.map((c) => ({ id: c.id, name: c.name, email: c.email, preferredLanguage: c.preferredLanguage, mailable: c.optedOutAt === null && c.undeliverableAt === null, undeliverable: c.undeliverableAt !== null }));
  }

  async add(actor: StaffActor, organisationId: string, fields: ContactFields): Promise<Contact> {
    const values = this.checkFields(fields);
    return this.write(values.email ?? '', async (manager) => {
      const organisation = await manager.findOneBy(Organisation, { id: organisationId, agencyId: actor.agencyId });
      if (!organisation) throw new NotFoundError('Organisation', organisationId);
      const contact = await manager.save(manager.create(Contact, { ...values, agencyId: actor.agencyId, organisationId }));
      await this.audit.record(manager, actor, {
        action: 'contact.create',
        entityType: 'Contact',
        entityId: contact.id,
        summary: `Added contact ${contact.email} to ${organisation.name}`,
        changes: { ...values, organisationId },
      });
      return contact;
    });
  }

  /**
   * Edits never touch the opt-out: it is not among the fields staff can set here. A new
   * address clears "undeliverable": the bounce was the old address's.
   */
  async update(actor: StaffActor, id: string, fields: Partial<ContactFields>): Promise<Contact> {
    const values = this.checkFields(fields);
    return this.write(values.email ?? '', async (manager) => {
      const contact = await this.lock(manager, actor.agencyId, id);
      const changes = diff(contact, values);
      if (Object.keys(changes).length === 0) return contact;
      Object.assign(contact, values);
      if (changes.email && contact.undeliverableAt) {
        contact.undeliverableAt = null;
        contact.undeliverableReason = null;
      }
      const saved = await manager.save(contact);
      await this.audit.record(manager, actor, {
        action: 'contact.update',
        entityType: 'Contact',
        entityId: id,
        summary: `Updated contact ${saved.email}: ${Object.keys(changes).join(', ')}`,
        changes,
      });
      return saved;
    });
  }

  /**
   * Deletes a contact nothing refers to. Once invitations (or anything else) reference it the
   * foreign key refuses, and we answer CONFLICT rather than erase history: record an opt-out instead.
   */
  async remove(actor: StaffActor, id: string): Promise<Contact> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const contact = await this.lock(manager, actor.agencyId, id);
        await manager.delete(Contact, { id });
        await this.audit.record(manager, actor, {
          action: 'contact.remove',
          entityType: 'Contact',
          entityId: id,
          summary: `Removed contact ${contact.email}`,
          changes: { email: contact.email, name: contact.name, organisationId: contact.organisationId },
        });
        return { ...contact, id };
      });
    } catch (err) {
      if (pgError(err).code === '23503') throw PartnersError.contactInUse();
      throw err;
    }
  }

  /** Staff recording an opt-out the contact asked for (e.g. by phone). */
  async recordOptOut(actor: StaffActor, id: string, reason?: string | null): Promise<Contact> {
    const note = must('reason', optionalText(reason, 500));
    return this.dataSource.transaction(async (manager) => {
      const contact = await this.lock(manager, actor.agencyId, id);
      if (contact.optedOutAt) return contact;
      return this.markOptedOut(manager, actor, contact, note ? `staff: ${note}` : 'staff');
    });
  }

  /** A contact found by id alone (its agency unknown), for a signed unsubscribe link; null when there is none. */
  async findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<Contact | null> {
    return manager.findOneBy(Contact, { id });
  }

  /** The contact's own opt-out (unsubscribe link, List-Unsubscribe). `source` says how, for the record. */
  async optOut(agencyId: string, contactId: string, source: string, manager?: EntityManager): Promise<Contact> {
    const run = async (m: EntityManager) => {
      const contact = await this.lock(m, agencyId, contactId);
      if (contact.optedOutAt) return contact;
      return this.markOptedOut(m, contactActor(contact), contact, source);
    };
    return manager ? run(manager) : this.dataSource.transaction(run);
  }

  /** Only the contact can opt back in (from a link mailed to them before they opted out). */
  async optIn(agencyId: string, contactId: string, manager?: EntityManager): Promise<Contact> {
    const run = async (m: EntityManager) => {
      const contact = await this.lock(m, agencyId, contactId);
      if (!contact.optedOutAt) return contact;
      const previous = contact.optOutSource;
      contact.optedOutAt = null;
      contact.optOutSource = null;
      const saved = await m.save(contact);
      await this.audit.record(m, contactActor(contact), {
        action: 'contact.opt_in',
        entityType: 'Contact',
        entityId: contact.id,
        summary: `${contact.email} opted back in to mail`,
        changes: { optedOut: { from: true, to: false }, previousSource: previous },
      });
      return saved;
    };
    return manager ? run(manager) : this.dataSource.transaction(run);
  }

  private async markOptedOut(manager: EntityManager, actor: StaffActor | ContactActor, contact: Contact, source: string): Promise<Contact> {
    contact.optedOutAt = this.clock.now();
    contact.optOutSource = source;
    const saved = await manager.save(contact);
    await this.audit.record(manager, actor, {
      action: 'contact.opt_out',
      entityType: 'Contact',
      entityId: contact.id,
      summary: `${contact.email} opted out of outreach mail (${source})`,
      changes: { optedOut: { from: false, to: true }, source },
    });
    return saved;
  }

  private async lock(manager: EntityManager, agencyId: string, id: string): Promise<Contact> {
    const contact = await manager.findOne(Contact, { where: { id, agencyId }, lock: { mode: 'pessimistic_write' } });
    if (!contact) throw new NotFoundError('Contact', id);
    return contact;
  }

  /** The unique (agency, email) index, also under races, becomes a CONFLICT naming `input.email`. */
  private async write<T>(email: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (err) {
      const { code, constraint } = pgError(err);
      if (code === '23505' && constraint === CONTACT_EMAIL_CONSTRAINT) throw PartnersError.contactEmailTaken(email);
      throw err;
    }
  }

  private checkFields(fields: Partial<ContactFields>): CheckedContact {
    const values: CheckedContact = {};
    if (fields.name !== undefined) values.name = must('input.name', requiredText(fields.name, LIMITS.name));
    if (fields.email !== undefined) values.email = must('input.email', normaliseContactEmail(fields.email));
    if (fields.phone !== undefined) values.phone = must('input.phone', optionalPhone(fields.phone));
    if (fields.roleTitle !== undefined) values.roleTitle = must('input.roleTitle', optionalText(fields.roleTitle, LIMITS.roleTitle));
    if (fields.preferredLanguage !== undefined) values.preferredLanguage = must('input.preferredLanguage', preferredLanguage(fields.preferredLanguage));
    return values;
  }
}

function contactActor(contact: Contact): ContactActor {
  return { kind: 'CONTACT', contactId: contact.id, agencyId: contact.agencyId, label: contact.email };
}
