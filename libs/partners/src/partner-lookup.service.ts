import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { likePattern } from '@app/common';
import { Contact } from './contact.entity';
import { ContactRepository } from './contact.repository';
import { ContactsService } from './contacts.service';
import { Organisation } from './organisation.entity';
import { OrganisationRepository } from './organisation.repository';

/** Organisations an audience takes in: active ones matching every filter given. */
export interface OrganisationAudience {
  organisationTypes?: string[];
  focusAreas?: string[];
  neighbourhoods?: string[];
}

/** A contact reached by `reach`: through an organisation (`viaOrganisationId`), by id, or through the audience. */
export interface ReachedContact {
  contactId: string;
  name: string;
  email: string;
  /** The language tag the contact prefers (as stored; match it with `matchLanguage`). */
  preferredLanguage: string;
  /** The organisation whose invitation reached them (they take one of its seats), else null. */
  viaOrganisationId: string | null;
  /** That organisation's name. */
  viaOrganisationName: string | null;
}

/** An organisation as other features name it (a forum's report lists who was represented). */
export interface OrganisationName {
  id: string;
  name: string;
}

/** A contact as other features show it. */
export interface ContactCard {
  id: string;
  name: string;
  email: string;
  organisationId: string | null;
  optedOut: boolean;
  /** The language tag the contact prefers (as stored; match it with `matchLanguage`). */
  preferredLanguage: string;
}

function filterOrNull(values?: string[]): string[] | null {
  return values && values.length ? values : null;
}

/**
 * Answers about contacts and organisations for the features that store their ids but not
 * their rows (invitations, forum reports, task forces), by id arrays in one query each, in
 * the caller's transaction when it passes its manager. Who may be mailed stays the
 * `ContactsService.mailableContacts` rule: an opted-out contact is never a recipient.
 */
@Injectable()
export class PartnerLookupService {
  constructor(
    private readonly contactsService: ContactsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** The agency's organisation, or null. */
  organisation(agencyId: string, id: string, manager: EntityManager = this.dataSource.manager): Promise<Organisation | null> {
    return manager.findOneBy(Organisation, { id, agencyId });
  }

  /** The agency's organisations among `ids`, by name (unknown ids, or another agency's, are absent). */
  namesOf(agencyId: string, ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<OrganisationName[]> {
    if (!ids.length) return Promise.resolve([]);
    return manager.find(Organisation, { select: { id: true, name: true }, where: { agencyId, id: In([...ids]) }, order: { name: 'ASC' } });
  }

  /** The agency's first `limit` organisations by name (the demo links a few to its forums). */
  firstByName(agencyId: string, limit: number, manager: EntityManager = this.dataSource.manager): Promise<OrganisationName[]> {
    return manager.find(Organisation, { select: { id: true, name: true }, where: { agencyId }, order: { name: 'ASC' }, take: limit });
  }

  /** The agency's contacts with these ids, by name (unknown ids are left out); only those of `organisationId` when given. */
  contacts(agencyId: string, ids: readonly string[], options: { organisationId?: string; manager?: EntityManager } = {}): Promise<Contact[]> {
    if (!ids.length) return Promise.resolve([]);
    const manager = options.manager ?? this.dataSource.manager;
    return manager.find(Contact, {
      where: { agencyId, id: In([...new Set(ids)]), ...(options.organisationId ? { organisationId: options.organisationId } : {}) },
      order: { name: 'ASC', id: 'ASC' },
    });
  }

  /** Of these contacts of the agency, the ones that may be mailed (not opted out), by name. */
  mailable(agencyId: string, ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Contact[]> {
    if (!ids.length) return Promise.resolve([]);
    return manager.find(Contact, { where: { agencyId, id: In([...new Set(ids)]), optedOutAt: IsNull(), undeliverableAt: IsNull() }, order: { name: 'ASC', id: 'ASC' } });
  }

  /** Of these ids, the ones that are contacts of the agency. */
  async contactIdsIn(manager: EntityManager, agencyId: string, ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    return new Set(await ContactRepository.idsIn(manager, agencyId, ids));
  }

  /** Of these ids, the ones that are organisations of the agency. */
  async organisationIdsIn(manager: EntityManager, agencyId: string, ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    return new Set(await OrganisationRepository.idsIn(manager, agencyId, ids));
  }

  /**
   * The distinct contacts that explicit contact ids, the contacts of some organisations and an
   * audience (active organisations matching every filter given) reach, in one query whatever
   * the size, ordered by contact id. A contact reached through one of the organisations is
   * marked with it, whichever other way also reached them.
   */
  async reach(
    manager: EntityManager,
    agencyId: string,
    params: { contactIds: readonly string[]; organisationIds: readonly string[]; audience: OrganisationAudience | null },
  ): Promise<ReachedContact[]> {
    const { audience } = params;
    const rows = await OrganisationRepository.reach(manager, agencyId, {
      contactIds: params.contactIds,
      organisationIds: params.organisationIds,
      audience: audience && {
        types: filterOrNull(audience.organisationTypes),
        focusAreas: filterOrNull(audience.focusAreas),
        neighbourhoods: filterOrNull(audience.neighbourhoods),
      },
    });
    return rows.map((r) => ({ contactId: r.contact_id, name: r.name, email: r.email, preferredLanguage: r.preferred_language, viaOrganisationId: r.via, viaOrganisationName: r.via_name }));
  }

  /**
   * Contacts and organisation names by id, in one query: the contacts ordered by name (then
   * id), so a caller can list people in that order.
   */
  async cards(
    manager: EntityManager,
    agencyId: string,
    ids: { contactIds?: readonly string[]; organisationIds?: readonly string[] },
  ): Promise<{ contacts: ContactCard[]; organisationNames: Map<string, string> }> {
    const contactIds = ids.contactIds ?? [];
    const organisationIds = ids.organisationIds ?? [];
    if (contactIds.length === 0 && organisationIds.length === 0) return { contacts: [], organisationNames: new Map() };
    const rows = await OrganisationRepository.cards(manager, agencyId, contactIds, organisationIds);
    const contacts: ContactCard[] = [];
    const organisationNames = new Map<string, string>();
    for (const r of rows) {
      if (r.kind === 'O') organisationNames.set(r.id, r.name);
      else contacts.push({ id: r.id, name: r.name, email: r.email!, organisationId: r.organisation_id, optedOut: r.opted_out, preferredLanguage: r.preferred_language ?? 'en' });
    }
    return { contacts, organisationNames };
  }

  /**
   * Of these contacts, the ones whose address takes mail (not undeliverable), with their names,
   * addresses and whether they opted out of outreach: for senders whose operational mail still
   * goes to those who opted out.
   */
  async reachableCards(
    manager: EntityManager,
    agencyId: string,
    contactIds: readonly string[],
  ): Promise<Map<string, { name: string; email: string; preferredLanguage: string; optedOut: boolean }>> {
    if (contactIds.length === 0) return new Map();
    const rows = await ContactRepository.deliverable(manager, agencyId, contactIds);
    return new Map(rows.map((r) => [r.id, { name: r.name, email: r.email, preferredLanguage: r.preferred_language, optedOut: r.opted_out }]));
  }

  /** Of these contacts, the ones `mailableContacts` allows, with their names and addresses. */
  async mailableCards(manager: EntityManager, agencyId: string, contactIds: readonly string[]): Promise<Map<string, { name: string; email: string; preferredLanguage: string }>> {
    if (contactIds.length === 0) return new Map();
    const rows = await this.contactsService
      .mailableContacts(manager, agencyId)
      .select(['contact.id AS id', 'contact.name AS name', 'contact.email AS email', 'contact.preferredLanguage AS preferred_language'])
      .andWhere('contact.id = ANY(CAST(:mailableCardIds AS uuid[]))', { mailableCardIds: [...contactIds] })
      .getRawMany<{ id: string; name: string; email: string; preferred_language: string }>();
    return new Map(rows.map((r) => [r.id, { name: r.name, email: r.email, preferredLanguage: r.preferred_language }]));
  }

  /** Ids of the agency's contacts whose name or email contains the text (a search box). */
  async contactIdsMatching(manager: EntityManager, agencyId: string, text: string): Promise<string[]> {
    return ContactRepository.idsMatching(manager, agencyId, likePattern(text));
  }

  /** Every contact of the agency, by name (then id), with whether they opted out (demo data). */
  async allContacts(manager: EntityManager, agencyId: string): Promise<ContactCard[]> {
    const rows = await ContactRepository.all(manager, agencyId);
    return rows.map((r) => ({ id: r.id, name: r.name, email: r.email, organisationId: r.organisation_id, optedOut: r.opted_out, preferredLanguage: r.preferred_language }));
  }
}
