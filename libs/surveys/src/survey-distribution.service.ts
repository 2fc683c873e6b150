import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { formatDateTime, languageOf } from '@app/i18n';
import { Actor, Clock, NotFoundError, generateToken, hashToken } from '@app/common';
import { APP_CONFIG, AppConfig } from '@app/config';
import { AuditService } from '@app/audit';
import { AgenciesService } from '@app/agencies';
import { ContactsService, OrganisationAudience, PartnerLookupService } from '@app/partners';
import type { ContactRecipient } from '@app/partners';
import { UnitOfWork } from '@app/events';
import { OutreachUnsubscribe } from '@app/invitations';
import { DeliveryStatusService, MailCategory, OutboundEmailStatus, OutboxService, QueuedEmail } from '@app/mail';
import { Survey, availability } from './survey.entity';
import { SurveyLanguage, SurveyStatus } from './survey.enums';
import { SurveyError } from './surveys.errors';
import { textIn, textWithLanguage } from './localised-text';
import { SurveyInvitationRepository } from './survey-invitation.repository';

/** Who personal links go to: contacts by id, every contact of some organisations, and an audience of organisations. */
export interface SurveyRecipients {
  contactIds: string[];
  organisationIds: string[];
  audience: OrganisationAudience | null;
}

/** How the emails of a survey's personal links are faring: waiting for the worker, delivered, refused for good. */
export interface InvitationDelivery {
  queued: number;
  sent: number;
  failed: number;
}

export interface DistributionOutcome {
  invited: number;
  skippedOptedOut: number;
  /** Contacts whose address bounced for good (an undeliverable address counts here even if they also opted out). */
  skippedUndeliverable: number;
  alreadyInvited: number;
}

function skip(outcome: DistributionOutcome, contact: ContactRecipient): void {
  if (contact.undeliverable) outcome.skippedUndeliverable++;
  else outcome.skippedOptedOut++;
}

/** Personal survey links, emailed through the outbox (the worker delivers them). */
@Injectable()
export class SurveyDistributionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly agencies: AgenciesService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly contacts: ContactsService,
    private readonly lookup: PartnerLookupService,
    private readonly clock: Clock,
    private readonly unitOfWork: UnitOfWork,
    private readonly deliveries: DeliveryStatusService,
    private readonly unsubscribes: OutreachUnsubscribe,
  ) {}

  /** Sending progress of the survey's personal links, read from the outbox rows they keep. */
  async delivery(actor: Actor, surveyId: string): Promise<InvitationDelivery> {
    const manager = this.dataSource.manager;
    const emailIds = await SurveyInvitationRepository.emailIds(manager, actor.agencyId, surveyId);
    const counts = await this.deliveries.countByStatus(manager, emailIds);
    return { queued: counts[OutboundEmailStatus.PENDING], sent: counts[OutboundEmailStatus.SENT], failed: counts[OutboundEmailStatus.FAILED] };
  }

  /** What `distributeToRecipients` would do with the same recipients, worked out the same way, without writing or mailing. */
  async preview(actor: Actor, surveyId: string, recipients: SurveyRecipients): Promise<DistributionOutcome> {
    const manager = this.dataSource.manager;
    const survey = await manager.findOne(Survey, { where: { id: surveyId, agencyId: actor.agencyId } });
    if (!survey) throw new NotFoundError('Survey', surveyId);
    const ids = await this.reached(manager, actor.agencyId, recipients);
    const contacts = await this.contacts.recipientsAmong(manager, actor.agencyId, ids);
    const linked = await SurveyInvitationRepository.contactsWithLink(manager, survey.id, contacts.map((c) => c.id));
    const outcome: DistributionOutcome = { invited: 0, skippedOptedOut: 0, skippedUndeliverable: 0, alreadyInvited: 0 };
    for (const contact of contacts) {
      if (!contact.mailable) skip(outcome, contact);
      else if (linked.has(contact.id)) outcome.alreadyInvited++;
      else outcome.invited++;
    }
    return outcome;
  }

  /** `distributeToContacts` for everyone the recipients reach (organisations' contacts and an audience's too). */
  async distributeToRecipients(actor: Actor, surveyId: string, recipients: SurveyRecipients): Promise<DistributionOutcome> {
    return this.distributeToContacts(actor, surveyId, await this.reached(this.dataSource.manager, actor.agencyId, recipients));
  }

  private async reached(manager: EntityManager, agencyId: string, r: SurveyRecipients): Promise<string[]> {
    const audience = r.audience && Object.values(r.audience).some((filter) => filter?.length) ? r.audience : null;
    if (!audience && r.organisationIds.length === 0) return r.contactIds;
    const reached = await this.lookup.reach(manager, agencyId, { contactIds: r.contactIds, organisationIds: r.organisationIds, audience });
    // Contacts given by id that reach() did not find still reach distributeToContacts, which names the missing one.
    return [...new Set([...r.contactIds, ...reached.map((c) => c.contactId)])];
  }

  /**
   * Sends a personal link to each of `contactIds` (of the actor's agency): opted-out and
   * undeliverable contacts are skipped (and counted apart), contacts already invited to this survey are not mailed again.
   * Also meant for the system (e.g. a completed forum's attendees).
   */
  async distributeToContacts(actor: Actor, surveyId: string, contactIds: string[]): Promise<DistributionOutcome> {
    return this.unitOfWork.run(actor, async (tx) => {
      const { outcome, emails } = await this.distributeIn(tx.manager, actor, surveyId, contactIds);
      this.outbox.dispatchAfterCommit(tx, emails);
      return outcome;
    });
  }

  /** `distributeToContacts` inside the caller's transaction; the caller dispatches the returned emails after commit. */
  async distributeIn(manager: EntityManager, actor: Actor, surveyId: string, contactIds: string[]): Promise<{ outcome: DistributionOutcome; emails: QueuedEmail[] }> {
    const agency = await this.agencies.get(actor.agencyId);
    const ids = [...new Set(contactIds)];
    const survey = await manager.findOne(Survey, { where: { id: surveyId, agencyId: actor.agencyId }, lock: { mode: 'pessimistic_read' } });
    if (!survey) throw new NotFoundError('Survey', surveyId);
    if (!survey.personalInvitations) throw SurveyError.noPersonalLinks();
    // Links may go out before the survey opens, never for a draft or a closed survey.
    if (survey.status !== SurveyStatus.PUBLISHED || availability(survey, this.clock.now()) === 'CLOSED') throw SurveyError.notOpen('CLOSED');
    // Who may be mailed is the partners' one rule (never the opted-out).
    const contacts = await this.contacts.recipientsAmong(manager, actor.agencyId, ids);
    const missing = ids.filter((id) => !contacts.some((c) => c.id === id));
    if (missing.length) throw new NotFoundError('Contact', missing[0]);
    const outcome: DistributionOutcome = { invited: 0, skippedOptedOut: 0, skippedUndeliverable: 0, alreadyInvited: 0 };
    const emails: QueuedEmail[] = [];
    for (const contact of contacts) {
      if (!contact.mailable) {
        skip(outcome, contact);
        continue;
      }
      // The contact's language when the survey is written in it, else the survey's first; the mail is in the same.
      const preferred = languageOf(contact.preferredLanguage) as SurveyLanguage;
      const language: SurveyLanguage = survey.languages.includes(preferred) ? preferred : survey.languages[0];
      const token = generateToken();
      const inserted = await SurveyInvitationRepository.insert(manager, {
        surveyId: survey.id,
        agencyId: actor.agencyId,
        contactId: contact.id,
        email: contact.email,
        language,
        tokenHash: hashToken(token),
      });
      if (!inserted) {
        outcome.alreadyInvited++;
        continue;
      }
      const email = await this.outbox.add(manager, {
        agencyId: actor.agencyId,
        kind: 'survey-invitation',
        category: MailCategory.OUTREACH,
        unsubscribe: this.unsubscribes.linksFor(contact.id),
        to: contact.email,
        template: 'survey-invitation',
        senderName: agency.mailSenderName ?? agency.name,
        replyTo: agency.mailSenderEmail ?? undefined,
        branding: { agencyName: agency.name, ...agency.branding },
        language,
        data: {
          name: contact.name,
          title: textIn(survey.title, language),
          introduction: textIn(survey.introduction, language),
          // English standing in for a missing translation is marked `lang="en"` in the HTML.
          titleLanguage: textWithLanguage(survey.title, language).language,
          introductionLanguage: textWithLanguage(survey.introduction, language).language,
          anonymous: survey.anonymous,
          closesAt: survey.closesAt ? formatDateTime(survey.closesAt, agency.timeZone, language) : '',
          link: `${this.config.PUBLIC_URL}/s/${survey.slug}/${token}`,
        },
      });
      await SurveyInvitationRepository.linkEmail(manager, inserted.id, email.id);
      emails.push(email);
      outcome.invited++;
    }
    await this.audit.record(manager, actor, {
      action: 'survey.distribute',
      entityType: 'Survey',
      entityId: survey.id,
      summary: `Sent ${outcome.invited} personal survey link(s); ${outcome.skippedOptedOut} opted out, ${outcome.skippedUndeliverable} undeliverable, ${outcome.alreadyInvited} already invited`,
      changes: { ...outcome },
    });
    return { outcome, emails };
  }
}
