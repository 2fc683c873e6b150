import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { LanguageCode } from '@app/common';
import type { Agency } from '@app/agencies';
import { formatCalendarDate, formatDateTime, languageOf, translate } from '@app/i18n';
import type { OutboundEmail } from '@app/mail';
import { MailCategory, OutboxService } from '@app/mail';
import { OutreachUnsubscribe } from '@app/invitations';
import { ActionItem } from './action-item.entities';
import { TaskForce } from './task-force.entity';
import { ActionItemStatus } from './task-force.enums';
import { TrackStatus } from './progress';
import { StatusLinkSigner } from './status-link-signer';
import type { IsoDate } from './dates';

export interface Recipient {
  name: string;
  email: string;
  /** Set for partner contacts: their items get a status link. */
  contactId?: string | null;
  /** Their preferred language (a contact's, or a staff member's console choice); the mail is in it, English when it is none of ours. */
  language?: string | null;
}

/** One action item in a digest, before it is put into the reader's words. */
export interface DigestItem {
  id: string;
  title: string;
  dueOn: IsoDate;
  status: ActionItemStatus;
  owner: string;
  ownerContactId: string | null;
}

/** One indicator's latest value and target in a digest. */
export interface DigestIndicator {
  metric: string;
  unit: string;
  latestValue: number | null;
  latestOn: IsoDate | null;
  targetValue: number;
  targetOn: IsoDate;
  status: TrackStatus;
}

/** What a task force's weekly digest says, the same for every reader; each reader gets it in their language. */
export interface DigestContent {
  taskForceName: string;
  weekOf: IsoDate;
  overdue: DigestItem[];
  upcoming: DigestItem[];
  indicators: DigestIndicator[];
  nextMeeting: { title: string; startsAt: Date; timeZone: string } | null;
}

const itemStatus = (language: LanguageCode, status: ActionItemStatus) => translate(language, `mail.taskForce.itemStatus.${status}`);

/** Writes task-force emails into the outbox (the caller's transaction); templates live in libs/mail/templates. */
@Injectable()
export class TaskForceMailer {
  constructor(
    private readonly outbox: OutboxService,
    private readonly signer: StatusLinkSigner,
    private readonly unsubscribes: OutreachUnsubscribe,
  ) {}

  /** A contact owner gets the item and their status link. */
  actionItemAssigned(manager: EntityManager, agency: Agency, taskForce: TaskForce, item: ActionItem, owner: Recipient): Promise<OutboundEmail> {
    const language = languageOf(owner.language);
    return this.add(manager, agency, owner, language, 'task-force-action-item', 'task-force.action-item.assigned', null, {
      name: owner.name,
      taskForceName: taskForce.name,
      title: item.title,
      due: formatCalendarDate(item.dueOn, language),
      notes: item.notes,
      link: this.signer.linkFor(item.id, owner.contactId!),
    });
  }

  /** The one reminder an owner gets when their item becomes overdue: outreach to a partner contact, operational to staff (who cannot unsubscribe from their own work). */
  overdueReminder(manager: EntityManager, agency: Agency, taskForce: TaskForce, item: ActionItem, owner: Recipient): Promise<OutboundEmail> {
    const language = languageOf(owner.language);
    return this.add(manager, agency, owner, language, 'task-force-overdue', 'task-force.action-item.overdue', owner.contactId ?? null, {
      name: owner.name,
      taskForceName: taskForce.name,
      title: item.title,
      due: formatCalendarDate(item.dueOn, language),
      status: itemStatus(language, item.status),
      link: owner.contactId ? this.signer.linkFor(item.id, owner.contactId) : null,
    });
  }

  /** The weekly digest: outreach (with the contact's unsubscribe) to partner contacts, operational to the lead officer. */
  digest(manager: EntityManager, agency: Agency, to: Recipient, content: DigestContent): Promise<OutboundEmail> {
    const language = languageOf(to.language);
    const day = (date: IsoDate) => formatCalendarDate(date, language);
    const line = (i: DigestItem) => ({
      title: i.title,
      due: day(i.dueOn),
      owner: i.owner,
      status: itemStatus(language, i.status),
      // Only the reader's own items carry their status link.
      link: to.contactId && i.ownerContactId === to.contactId ? this.signer.linkFor(i.id, to.contactId) : null,
    });
    const indicators = content.indicators.map((i) => ({
      metric: i.metric,
      latest:
        i.latestValue === null
          ? translate(language, 'mail.taskForce.digest.noMeasurement')
          : translate(language, 'mail.taskForce.digest.measured', { value: i.latestValue, unit: i.unit, date: day(i.latestOn!) }),
      target: translate(language, 'mail.taskForce.digest.target', { value: i.targetValue, unit: i.unit, date: day(i.targetOn) }),
      status: translate(language, `mail.taskForce.track.${i.status}`),
    }));
    const next = content.nextMeeting;
    return this.add(manager, agency, to, language, 'task-force-digest', 'task-force.digest', to.contactId ?? null, {
      name: to.name,
      taskForceName: content.taskForceName,
      weekOf: day(content.weekOf),
      overdue: content.overdue.map(line),
      upcoming: content.upcoming.map(line),
      indicators,
      nextMeeting: next ? { title: next.title, when: formatDateTime(next.startsAt, next.timeZone, language) } : null,
    });
  }

  /** Outreach to a partner contact (`outreachTo`) carries their one-click unsubscribe; anything else is operational. */
  private add(manager: EntityManager, agency: Agency, to: Recipient, language: LanguageCode, template: string, kind: string, outreachTo: string | null, data: Record<string, unknown>) {
    return this.outbox.add(manager, {
      agencyId: agency.id,
      kind,
      category: outreachTo ? MailCategory.OUTREACH : MailCategory.OPERATIONAL,
      unsubscribe: outreachTo ? this.unsubscribes.linksFor(outreachTo) : undefined,
      to: to.email,
      language,
      template,
      senderName: agency.mailSenderName ?? agency.name,
      replyTo: agency.mailSenderEmail ?? undefined,
      branding: { agencyName: agency.name, ...agency.branding },
      data,
    });
  }
}
