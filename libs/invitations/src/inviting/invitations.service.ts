import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { randomUUID } from 'node:crypto';
import { Clock, InputError, NotFoundError, StaffActor, errorText } from '@app/common';
import { APP_CONFIG, AppConfig } from '@app/config';
import { AuditService } from '@app/audit';
import { UnitOfWork } from '@app/events';
import { OutboxService } from '@app/mail';
import { languageOf } from '@app/i18n';
import { ForumLookupService, ForumStatus } from '@app/forums';
import type { Forum } from '@app/forums';
import { ContactsService, PartnerLookupService } from '@app/partners';
import { InvitationError } from '../invitations.errors';
import { SkipReason } from '../invitation.enums';
import { InvitationMailComposer, MailRecipient } from '../email/invitation-mail.composer';
import { ForumMailContexts } from '../email/forum-mail-context';
import { InvitationsRepository } from '../invitations.repository';
import { OrganisationInvitationsRepository, OrganisationSeats } from '../organisation-invitations.repository';
import { generateRsvpToken, hashRsvpToken, sealRsvpToken } from '../rsvp-token';
import { ReminderScheduler } from '../reminders/reminder-scheduler';
import { AudienceFilter, InviteRecipients, ResolvedRecipient } from './invite-recipients';

export interface InviteInput {
  contactIds?: string[];
  organisations?: { organisationId: string; seats: number }[];
  audience?: AudienceFilter | null;
}

export interface InviteOutcome {
  invited: number;
  alreadyInvited: number;
  skippedOptedOut: number;
  /** Contacts skipped because mail to their address bounced for good. */
  skippedUndeliverable: number;
  organisations: number;
}

export interface SkippedContact {
  contactId: string;
  contactName: string;
  email: string;
  reason: SkipReason;
}

/** `invite`'s counts before sending, with the skipped contacts named. */
export interface InvitePreview extends InviteOutcome {
  skipped: SkippedContact[];
}

/** Skipped contacts a preview names (its counts cover them all). */
const SKIPPED_LISTED = 200;

/** Rows per INSERT of invitations (unnest arrays keep the parameter count tiny). */
const INSERT_CHUNK = 5_000;

/**
 * Inviting people to a forum. The invitations and the emails they owe are written in
 * one unit of work (the outbox), then queued once it has committed; re-inviting adds only the new contacts
 * (the database's unique (forum, contact) decides, even under concurrent invites).
 */
@Injectable()
export class InvitationsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly composer: InvitationMailComposer,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly reminders: ReminderScheduler,
    private readonly contacts: ContactsService,
    private readonly partners: PartnerLookupService,
    private readonly forums: ForumLookupService,
    private readonly contexts: ForumMailContexts,
    private readonly invitations: InvitationsRepository,
    private readonly organisationInvitations: OrganisationInvitationsRepository,
    private readonly recipients: InviteRecipients,
    private readonly clock: Clock,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  /**
   * `alsoIn` runs in the inviting transaction once the invitations are written, so a caller
   * inviting on behalf of something else (a task force) records its own audit entry atomically.
   */
  async invite(
    actor: StaffActor,
    forumId: string,
    input: InviteInput,
    alsoIn?: (manager: EntityManager, outcome: InviteOutcome) => Promise<void>,
  ): Promise<InviteOutcome> {
    const { contactIds, organisations, audience } = this.checkInput(input);

    return this.unitOfWork.run(actor, async (tx) => {
      const manager = tx.manager;
      const { forum, resolved } = await this.reach(manager, actor, forumId, contactIds, organisations, audience);
      // New contacts, and contacts skipped earlier (opted out then) who can be mailed now.
      const fresh = resolved.filter((r) => !r.alreadyInvited);
      const revived = resolved.filter((r) => r.skippedBefore && !r.optedOut);
      const tokens = new Map<string, { token: string; emailId: string }>();
      for (const r of [...fresh, ...revived]) if (!r.optedOut) tokens.set(r.contactId, { token: generateRsvpToken(), emailId: randomUUID() });
      const tokenColumns = (rows: ResolvedRecipient[]) => [
        rows.map((r) => (tokens.has(r.contactId) ? hashRsvpToken(tokens.get(r.contactId)!.token) : null)),
        rows.map((r) => (tokens.has(r.contactId) ? sealRsvpToken(tokens.get(r.contactId)!.token, this.config.LINK_SECRET) : null)),
        rows.map((r) => tokens.get(r.contactId)?.emailId ?? null),
      ];

      const inserted = new Map<string, string>();
      for (let i = 0; i < fresh.length; i += INSERT_CHUNK) {
        const chunk = fresh.slice(i, i + INSERT_CHUNK);
        const [tokenHashes, tokensSealed, emailIds] = tokenColumns(chunk);
        const rows = await this.invitations.insertMany(manager, {
          agencyId: actor.agencyId,
          forumId,
          createdBy: actor.userId,
          contactIds: chunk.map((r) => r.contactId),
          organisationInvitationIds: chunk.map((r) => r.organisationInvitationId),
          tokenHashes,
          tokensSealed,
          emailIds,
          skippedReasons: chunk.map((r) => (tokens.has(r.contactId) ? null : r.undeliverable ? 'UNDELIVERABLE' : 'OPTED_OUT')),
        });
        for (const row of rows) inserted.set(row.contact_id, row.id);
      }
      if (revived.length) {
        const [tokenHashes, tokensSealed, emailIds] = tokenColumns(revived);
        const rows = await this.invitations.revive(manager, forumId, { contactIds: revived.map((r) => r.contactId), tokenHashes, tokensSealed, emailIds });
        for (const row of rows) inserted.set(row.contact_id, row.id);
      }

      const context = await this.contexts.of(manager, forum);
      const requests = [...fresh, ...revived]
        .filter((r) => inserted.has(r.contactId) && tokens.has(r.contactId))
        .map((r) => {
          const { token, emailId } = tokens.get(r.contactId)!;
          const to: MailRecipient = {
            invitationId: inserted.get(r.contactId)!,
            name: r.name,
            email: r.email,
            language: languageOf(r.preferredLanguage),
            token,
            organisation: r.organisationName ? { name: r.organisationName, seats: r.seats ?? 0 } : null,
          };
          return this.composer.invitation(context, to, { id: emailId });
        });
      const emails = await this.outbox.addMany(manager, requests);
      const reminderJobs = await this.reminders.ensureForForum(manager, forum);
      const skippedNow = fresh.filter((r) => r.optedOut && inserted.has(r.contactId));
      const outcome: InviteOutcome = {
        invited: requests.length,
        alreadyInvited: resolved.length - requests.length - skippedNow.length,
        skippedOptedOut: skippedNow.filter((r) => !r.undeliverable).length,
        skippedUndeliverable: skippedNow.filter((r) => r.undeliverable).length,
        organisations: organisations.length,
      };
      await this.audit.record(manager, actor, {
        action: 'forum.invite',
        entityType: 'Forum',
        entityId: forumId,
        summary: `Invited ${outcome.invited} contact(s) to "${forum.title}" (${outcome.alreadyInvited} already invited, ${outcome.skippedOptedOut} opted out, ${outcome.skippedUndeliverable} undeliverable)`,
        changes: { ...outcome, contactIds: contactIds.length, organisations, audience },
      });
      if (alsoIn) await alsoIn(manager, outcome);
      this.outbox.dispatchAfterCommit(tx, emails);
      tx.afterCommit(() => this.reminders.dispatch(reminderJobs));
      return outcome;
    });
  }

  /**
   * What `invite` would do with this input, without doing it: the same checks and the same
   * resolution (inside a transaction that is rolled back, since organisation seats are
   * written before their contacts are resolved), counted as `invite` counts them, with
   * the skipped contacts named (the first `SKIPPED_LISTED`).
   */
  async preview(actor: StaffActor, forumId: string, input: InviteInput): Promise<InvitePreview> {
    const { contactIds, organisations, audience } = this.checkInput(input);
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      const { resolved } = await this.reach(runner.manager, actor, forumId, contactIds, organisations, audience);
      const mailed = (r: ResolvedRecipient) => !r.optedOut && (!r.alreadyInvited || r.skippedBefore);
      const skipped = resolved
        .filter((r) => !mailed(r))
        .map((r) => ({
          contactId: r.contactId,
          contactName: r.name,
          email: r.email,
          reason: r.alreadyInvited ? SkipReason.ALREADY_INVITED : r.undeliverable ? SkipReason.UNDELIVERABLE : SkipReason.OPTED_OUT,
        }));
      skipped.sort((a, b) => a.contactName.localeCompare(b.contactName));
      return {
        invited: resolved.filter(mailed).length,
        alreadyInvited: skipped.filter((r) => r.reason === SkipReason.ALREADY_INVITED).length,
        skippedOptedOut: skipped.filter((r) => r.reason === SkipReason.OPTED_OUT).length,
        skippedUndeliverable: skipped.filter((r) => r.reason === SkipReason.UNDELIVERABLE).length,
        organisations: organisations.length,
        skipped: skipped.slice(0, SKIPPED_LISTED),
      };
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  }

  private checkInput(input: InviteInput) {
    const contactIds = [...new Set(input.contactIds ?? [])];
    const organisations = this.organisationSeats(input.organisations ?? []);
    const audience = input.audience ?? null;
    if (audience && !audience.organisationTypes?.length && !audience.focusAreas?.length && !audience.neighbourhoods?.length) {
      throw new InputError('input.audience', errorText('Give at least one audience filter (organisation type, focus area or neighbourhood)'), 'AUDIENCE_EMPTY');
    }
    if (contactIds.length === 0 && organisations.length === 0 && !audience) throw InvitationError.nothingToInvite();
    return { contactIds, organisations, audience };
  }

  /** The forum checks and who the input reaches, each marked opted out or not (shared by `invite` and `preview`). */
  private async reach(
    manager: EntityManager,
    actor: StaffActor,
    forumId: string,
    contactIds: string[],
    organisations: { organisationId: string; seats: number }[],
    audience: AudienceFilter | null,
  ): Promise<{ forum: Forum; resolved: ResolvedRecipient[] }> {
    const forum = await this.forums.find(manager, forumId, actor.agencyId);
    if (!forum) throw new NotFoundError('Forum', forumId);
    if (forum.status !== ForumStatus.PUBLISHED) throw InvitationError.forumNotOpen(forum.status);
    if (forum.startsAt <= this.clock.now()) throw InvitationError.forumStarted();
    ensureAll(contactIds, await this.partners.contactIdsIn(manager, actor.agencyId, contactIds), 'input.contactIds', 'contact');
    const organisationIds = organisations.map((o) => o.organisationId);
    ensureAll(organisationIds, await this.partners.organisationIdsIn(manager, actor.agencyId, organisationIds), 'input.organisations', 'organisation');
    const seats = await this.writeOrganisationInvitations(manager, actor, forumId, organisations);
    const reached = await this.recipients.resolve(manager, { agencyId: actor.agencyId, forumId, contactIds, organisations: seats, audience });
    // Who may be mailed is the partners' rule; the others are invited as skipped, and counted.
    const states = await this.contacts.mailStates(manager, actor.agencyId, reached.map((r) => r.contactId));
    return {
      forum,
      resolved: reached.map((r) => ({ ...r, optedOut: states.get(r.contactId) !== 'MAILABLE', undeliverable: states.get(r.contactId) === 'UNDELIVERABLE' })),
    };
  }

  /** Organisation invitations: a repeated organisation keeps one row, its seats updated. */
  private writeOrganisationInvitations(
    manager: EntityManager,
    actor: StaffActor,
    forumId: string,
    organisations: { organisationId: string; seats: number }[],
  ): Promise<OrganisationSeats[]> {
    return this.organisationInvitations.upsert(manager, { agencyId: actor.agencyId, forumId, createdBy: actor.userId, organisations });
  }

  private organisationSeats(list: { organisationId: string; seats: number }[]): { organisationId: string; seats: number }[] {
    const byId = new Map<string, number>();
    list.forEach((o, i) => {
      if (!Number.isInteger(o.seats) || o.seats < 1 || o.seats > 500) {
        throw new InputError(`input.organisations.${i}.seats`, errorText('Seats must be a whole number from 1 to 500'), 'INVALID_SEATS');
      }
      byId.set(o.organisationId, o.seats);
    });
    return [...byId].map(([organisationId, seats]) => ({ organisationId, seats }));
  }
}

/** Ids from another agency (or none) are refused by name, before anything is written. */
function ensureAll(ids: string[], known: Set<string>, field: string, noun: 'contact' | 'organisation'): void {
  const missing = ids.findIndex((id) => !known.has(id));
  if (missing >= 0) throw new InputError(`${field}.${missing}`, errorText('No such {noun} in your agency: {ids}', { noun, ids: ids[missing] }), 'NOT_FOUND');
}
