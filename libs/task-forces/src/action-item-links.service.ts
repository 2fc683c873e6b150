import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ContactActor } from '@app/common';
import { AgenciesService, type Agency } from '@app/agencies';
import { PartnerLookupService, type Contact } from '@app/partners';
import { ActionItem } from './action-item.entities';
import { TaskForce } from './task-force.entity';
import { ActionItemStatus } from './task-force.enums';
import { TaskForceError } from './task-forces.errors';
import { ActionItemsService } from './action-items.service';
import { StatusLinkSigner } from './status-link-signer';

export interface StatusLinkView {
  item: ActionItem;
  taskForce: TaskForce;
  contact: Contact;
  agency: Agency;
  expiresAt: Date;
}

/** Partner contacts update their own action items from a signed link, with no account. */
@Injectable()
export class ActionItemLinksService {
  constructor(
    private readonly signer: StatusLinkSigner,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly items: ActionItemsService,
    private readonly agencies: AgenciesService,
    private readonly partners: PartnerLookupService,
  ) {}

  /** What the link shows; throws LINK_INVALID / LINK_EXPIRED. Reads only. */
  async view(token: string): Promise<StatusLinkView> {
    const check = this.signer.verify(token);
    if (!check.ok) throw check.reason === 'EXPIRED' ? TaskForceError.linkExpired() : TaskForceError.linkInvalid();
    const { actionItemId, contactId, expiresAt } = check.claims;
    const item = await this.dataSource.manager.findOneBy(ActionItem, { id: actionItemId });
    // The item was reassigned (or deleted): the old owner's link no longer speaks for it.
    if (!item || item.ownerContactId !== contactId) throw TaskForceError.linkInvalid();
    const [taskForce, [contact], agency] = await Promise.all([
      this.dataSource.manager.findOneByOrFail(TaskForce, { id: item.taskForceId }),
      this.partners.contacts(item.agencyId, [contactId]),
      this.agencies.get(item.agencyId),
    ]);
    if (!contact) throw TaskForceError.linkInvalid();
    // A suspended agency's links stop working.
    if (agency.suspendedAt) throw TaskForceError.linkInvalid();
    return { item, taskForce, contact, agency, expiresAt };
  }

  /** Records the contact's new status and note, audited as theirs (a ContactActor). */
  async update(token: string, status: ActionItemStatus, note: string | null): Promise<StatusLinkView> {
    const view = await this.view(token);
    const actor: ContactActor = {
      kind: 'CONTACT',
      contactId: view.contact.id,
      agencyId: view.item.agencyId,
      label: `${view.contact.name} <${view.contact.email}>`,
    };
    const item = await this.items.changeStatus(actor, view.item.id, status, note);
    return { ...view, item };
  }
}
