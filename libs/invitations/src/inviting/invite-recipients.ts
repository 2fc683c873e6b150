import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { PartnerLookupService } from '@app/partners';
import { InvitationsRepository } from '../invitations.repository';
import { OrganisationSeats } from '../organisation-invitations.repository';

export interface AudienceFilter {
  organisationTypes?: string[];
  focusAreas?: string[];
  neighbourhoods?: string[];
}

/** One contact the invitation resolves to, after de-duplication. */
export interface ResolvedRecipient {
  contactId: string;
  name: string;
  email: string;
  /** Their preferred language tag, as stored. */
  preferredLanguage: string;
  /** Not among the partners' mailable contacts (set by the caller from `mailableAmong`). */
  optedOut: boolean;
  /** Of those not mailable: because their address bounced for good (else they opted out). */
  undeliverable: boolean;
  alreadyInvited: boolean;
  /** Invited before while opted out, so never mailed. */
  skippedBefore: boolean;
  organisationInvitationId: string | null;
  organisationName: string | null;
  seats: number | null;
}

/**
 * Resolves explicit contacts, the contacts of invited organisations and an audience
 * (active organisations matching every given filter) into distinct contacts: the partners
 * resolve them in one query, and one query of our own says who this forum already invited.
 * A contact reached through an organisation invitation is linked to it, so they count
 * towards its seats.
 */
@Injectable()
export class InviteRecipients {
  constructor(
    private readonly partners: PartnerLookupService,
    private readonly invitations: InvitationsRepository,
  ) {}

  async resolve(
    manager: EntityManager,
    params: { agencyId: string; forumId: string; contactIds: string[]; organisations: OrganisationSeats[]; audience: AudienceFilter | null },
  ): Promise<Omit<ResolvedRecipient, 'optedOut' | 'undeliverable'>[]> {
    const seatsOf = new Map(params.organisations.map((o) => [o.organisationId, o]));
    const reached = await this.partners.reach(manager, params.agencyId, {
      contactIds: params.contactIds,
      organisationIds: params.organisations.map((o) => o.organisationId),
      audience: params.audience,
    });
    const invited = await this.invitations.invitedAmong(manager, params.forumId, reached.map((r) => r.contactId));
    return reached.map((r) => {
      const seats = r.viaOrganisationId ? seatsOf.get(r.viaOrganisationId) : undefined;
      return {
        contactId: r.contactId,
        name: r.name,
        email: r.email,
        preferredLanguage: r.preferredLanguage,
        alreadyInvited: invited.has(r.contactId),
        skippedBefore: invited.get(r.contactId)?.skipped ?? false,
        organisationInvitationId: seats?.id ?? null,
        organisationName: seats ? r.viaOrganisationName : null,
        seats: seats?.seats ?? null,
      };
    });
  }
}
