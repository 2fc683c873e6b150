import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DateTime } from 'luxon';
import type { Agency } from '@app/agencies';
import type { OutboundEmail } from '@app/mail';
import { MailCategory, OutboxService } from '@app/mail';
import { OutreachUnsubscribe } from '@app/invitations';
import { ActionItem } from './action-item.entities';
import { TaskForce } from './task-force.entity';
import { StatusLinkSigner } from './status-link-signer';

export interface Recipient {
  name: string;
  email: string;
  /** Set for partner contacts: their items get a status link. */
  contactId?: string | null;
}

export const formatDay = (date: string) => DateTime.fromISO(date).toFormat('d LLLL yyyy');

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
    return this.add(manager, agency, owner.email, 'task-force-action-item', 'task-force.action-item.assigned', null, {
      name: owner.name,
      taskForceName: taskForce.name,
      title: item.title,
      due: formatDay(item.dueOn),
      notes: item.notes,
      link: this.signer.linkFor(item.id, owner.contactId!),
    });
  }

  /** The one reminder an owner gets when their item becomes overdue: outreach to a partner contact, operational to staff (who cannot unsubscribe from their own work). */
  overdueReminder(manager: EntityManager, agency: Agency, taskForce: TaskForce, item: ActionItem, owner: Recipient): Promise<OutboundEmail> {
    return this.add(manager, agency, owner.email, 'task-force-overdue', 'task-force.action-item.overdue', owner.contactId ?? null, {
      name: owner.name,
      taskForceName: taskForce.name,
      title: item.title,
      due: formatDay(item.dueOn),
      status: item.status.replace('_', ' ').toLowerCase(),
      link: owner.contactId ? this.signer.linkFor(item.id, owner.contactId) : null,
    });
  }

  /** The weekly digest: outreach (with the contact's unsubscribe) to partner contacts, operational to the lead officer. */
  digest(manager: EntityManager, agency: Agency, to: Recipient, data: Record<string, unknown>): Promise<OutboundEmail> {
    return this.add(manager, agency, to.email, 'task-force-digest', 'task-force.digest', to.contactId ?? null, data);
  }

  statusLink(actionItemId: string, contactId: string): string {
    return this.signer.linkFor(actionItemId, contactId);
  }

  /** Outreach to a partner contact (`outreachTo`) carries their one-click unsubscribe; anything else is operational. */
  private add(manager: EntityManager, agency: Agency, to: string, template: string, kind: string, outreachTo: string | null, data: Record<string, unknown>) {
    return this.outbox.add(manager, {
      agencyId: agency.id,
      kind,
      category: outreachTo ? MailCategory.OUTREACH : MailCategory.OPERATIONAL,
      unsubscribe: outreachTo ? this.unsubscribes.linksFor(outreachTo) : undefined,
      to,
      template,
      senderName: agency.mailSenderName ?? agency.name,
      replyTo: agency.mailSenderEmail ?? undefined,
      branding: { agencyName: agency.name, ...agency.branding },
      data,
    });
  }
}
