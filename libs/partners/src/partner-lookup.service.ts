import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { likePattern } from '@app/common';
import { Contact } from './contact.entity';
import { ContactsService } from './contacts.service';
import { Organisation, OrganisationStatus } from './organisation.entity';

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
    const rows: { id: string }[] = await manager.query(`SELECT id FROM contacts WHERE agency_id = $1 AND id = ANY($2::uuid[])`, [agencyId, ids]);
    return new Set(rows.map((r) => r.id));
  }

  /** Of these ids, the ones that are organisations of the agency. */
  async organisationIdsIn(manager: EntityManager, agencyId: string, ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows: { id: string }[] = await manager.query(`SELECT id FROM organisations WHERE agency_id = $1 AND id = ANY($2::uuid[])`, [agencyId, ids]);
    return new Set(rows.map((r) => r.id));
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
    const rows: { contact_id: string; name: string; email: string; preferred_language: string; via: string | null; via_name: string | null }[] = await manager.query(
      `WITH reached AS (
          SELECT c.id AS contact_id, NULL::uuid AS via, 2 AS rank
            FROM contacts c WHERE c.agency_id = $1 AND c.id = ANY($2::uuid[])
          UNION ALL
          SELECT c.id, c.organisation_id, 1
            FROM contacts c WHERE c.agency_id = $1 AND c.organisation_id = ANY($3::uuid[])
          UNION ALL
          SELECT c.id, NULL::uuid, 3
            FROM organisations o JOIN contacts c ON c.organisation_id = o.id
           WHERE $4 AND o.agency_id = $1 AND o.status = $8
             AND ($5::text[] IS NULL OR o.type = ANY($5::text[]))
             AND ($6::text[] IS NULL OR o.focus_areas && $6::text[])
             AND ($7::text[] IS NULL OR o.neighbourhoods && $7::text[])
        )
        SELECT DISTINCT ON (r.contact_id) r.contact_id, c.name, c.email, c.preferred_language, r.via, o.name AS via_name
          FROM reached r JOIN contacts c ON c.id = r.contact_id
          LEFT JOIN organisations o ON o.id = r.via
         ORDER BY r.contact_id, r.rank`,
      [
        agencyId,
        params.contactIds,
        params.organisationIds,
        audience !== null,
        filterOrNull(audience?.organisationTypes),
        filterOrNull(audience?.focusAreas),
        filterOrNull(audience?.neighbourhoods),
        OrganisationStatus.ACTIVE,
      ],
    );
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
    const rows: { kind: 'C' | 'O'; id: string; name: string; email: string | null; organisation_id: string | null; opted_out: boolean; preferred_language: string | null }[] = await manager.query(
      `SELECT 'C' AS kind, id, name, email, organisation_id, opted_out_at IS NOT NULL AS opted_out, preferred_language FROM contacts WHERE agency_id = $1 AND id = ANY($2::uuid[])
       UNION ALL
       SELECT 'O', id, name, NULL, NULL, false, NULL FROM organisations WHERE agency_id = $1 AND id = ANY($3::uuid[])
       ORDER BY kind, name, id`,
      [agencyId, contactIds, organisationIds],
    );
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
    const rows: { id: string; name: string; email: string; preferred_language: string; opted_out: boolean }[] = await manager.query(
      `SELECT id, name, email, preferred_language, opted_out_at IS NOT NULL AS opted_out FROM contacts
        WHERE agency_id = $1 AND id = ANY($2::uuid[]) AND undeliverable_at IS NULL`,
      [agencyId, [...contactIds]],
    );
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
    const rows: { id: string }[] = await manager.query(`SELECT id FROM contacts WHERE agency_id = $1 AND (name ILIKE $2 OR email ILIKE $2)`, [agencyId, likePattern(text)]);
    return rows.map((r) => r.id);
  }

  /** Every contact of the agency, by name (then id), with whether they opted out (demo data). */
  async allContacts(manager: EntityManager, agencyId: string): Promise<ContactCard[]> {
    const rows: { id: string; name: string; email: string; organisation_id: string | null; opted_out: boolean; preferred_language: string }[] = await manager.query(
      `SELECT id, name, email, organisation_id, opted_out_at IS NOT NULL AS opted_out, preferred_language FROM contacts WHERE agency_id = $1 ORDER BY name, id`,
      [agencyId],
    );
    return rows.map((r) => ({ id: r.id, name: r.name, email: r.email, organisationId: r.organisation_id, optedOut: r.opted_out, preferredLanguage: r.preferred_language }));
  }
}
