import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { Actor, Clock, InputError, NotFoundError, StaffActor, errorText } from '@app/common';
import { AuditService, diff } from '@app/audit';
import { PartnerLookupService } from '@app/partners';
import { AgenciesService } from '@app/agencies';
import { UnitOfWork } from '@app/events';
import { OutboxService, type OutboundEmail } from '@app/mail';
import { TaskForceMailer } from './task-force-mailer';
import { ActionItem, ActionItemUpdate } from './action-item.entities';
import { Objective } from './indicator.entities';
import { TaskForceOrganisation, TaskForceStaffMember } from './membership.entities';
import { TaskForce } from './task-force.entity';
import { ActionItemStatus } from './task-force.enums';
import { TaskForceError } from './task-forces.errors';
import { openTaskForce } from './task-force-access';
import { IsoDate, todayIn } from './dates';

export interface ActionItemFields {
  title: string;
  ownerStaffId?: string | null;
  ownerContactId?: string | null;
  dueOn: IsoDate;
  notes?: string;
  objectiveId?: string | null;
}

export interface ActionItemFilter {
  status?: ActionItemStatus;
  overdueOn?: IsoDate;
}

/** Action items of a task force: owner rules, due dates and status history. */
@Injectable()
export class ActionItemsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly mailer: TaskForceMailer,
    private readonly outbox: OutboxService,
    private readonly agencies: AgenciesService,
    private readonly partners: PartnerLookupService,
    private readonly clock: Clock,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async get(actor: Pick<StaffActor, 'agencyId'>, id: string): Promise<ActionItem> {
    const item = await this.dataSource.manager.findOneBy(ActionItem, { id, agencyId: actor.agencyId });
    if (!item) throw new NotFoundError('ActionItem', id);
    return item;
  }

  itemsFor(agencyId: string, taskForceIds: readonly string[], filter: ActionItemFilter = {}): Promise<ActionItem[]> {
    const query = this.dataSource.manager
      .createQueryBuilder(ActionItem, 'i')
      .where('i.agencyId = :agencyId AND i.taskForceId IN (:...ids)', { agencyId, ids: [...taskForceIds] })
      .orderBy('i.dueOn', 'ASC')
      .addOrderBy('i.id', 'ASC');
    if (filter.status) query.andWhere('i.status = :status', { status: filter.status });
    if (filter.overdueOn) query.andWhere(`i.dueOn < :day AND i.status <> 'DONE'`, { day: filter.overdueOn });
    return query.getMany();
  }

  updatesFor(itemIds: readonly string[]): Promise<ActionItemUpdate[]> {
    return this.dataSource.manager.find(ActionItemUpdate, { where: { actionItemId: In([...itemIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** A contact owner is emailed the item with their status link. */
  async create(actor: StaffActor, taskForceId: string, fields: ActionItemFields): Promise<ActionItem> {
    return this.unitOfWork.run(actor, async (tx) => {
      const manager = tx.manager;
      const taskForce = await openTaskForce(manager, actor.agencyId, taskForceId);
      const clean = await this.validate(manager, taskForce, fields);
      const item = await manager.save(
        manager.create(ActionItem, { ...clean, taskForceId, agencyId: actor.agencyId, status: ActionItemStatus.OPEN, createdBy: actor.userId }),
      );
      await this.audit.record(manager, actor, {
        action: 'taskForce.actionItem.create',
        entityType: 'ActionItem',
        entityId: item.id,
        summary: `Added action item "${item.title}" due ${item.dueOn} to "${taskForce.name}"`,
        changes: { ...clean },
      });
      const mail = await this.mailOwner(manager, taskForce, item);
      if (mail) this.outbox.dispatchAfterCommit(tx, [mail]);
      return item;
    });
  }

  async update(actor: StaffActor, id: string, fields: Partial<ActionItemFields>): Promise<ActionItem> {
    return this.unitOfWork.run(actor, async (tx) => {
      const manager = tx.manager;
      const { item, taskForce } = await this.lock(manager, actor.agencyId, id);
      const owner =
        fields.ownerStaffId !== undefined || fields.ownerContactId !== undefined
          ? { ownerStaffId: fields.ownerStaffId ?? null, ownerContactId: fields.ownerContactId ?? null }
          : { ownerStaffId: item.ownerStaffId, ownerContactId: item.ownerContactId };
      const merged: ActionItemFields = {
        title: fields.title ?? item.title,
        dueOn: fields.dueOn ?? item.dueOn,
        notes: fields.notes ?? item.notes,
        objectiveId: fields.objectiveId !== undefined ? fields.objectiveId : item.objectiveId,
        ...owner,
      };
      const clean = await this.validate(manager, taskForce, merged);
      const changes = diff(item, clean);
      const newContactOwner = clean.ownerContactId && clean.ownerContactId !== item.ownerContactId;
      // Moving the due date later makes the item "not yet overdue" again: it earns a new reminder if it slips again.
      if (clean.dueOn > item.dueOn) item.overdueRemindedAt = null;
      Object.assign(item, clean);
      const saved = await manager.save(item);
      await this.audit.record(manager, actor, {
        action: 'taskForce.actionItem.update',
        entityType: 'ActionItem',
        entityId: id,
        summary: `Updated action item "${item.title}": ${Object.keys(changes).join(', ') || 'no changes'}`,
        changes,
      });
      const mail = newContactOwner ? await this.mailOwner(manager, taskForce, saved) : null;
      if (mail) this.outbox.dispatchAfterCommit(tx, [mail]);
      return saved;
    });
  }

  /** Emails the owning partner contact their status link again (a lost or deleted email); staff-owned items have no link. */
  async sendStatusLink(actor: StaffActor, id: string): Promise<ActionItem> {
    return this.unitOfWork.run(actor, async (tx) => {
      const manager = tx.manager;
      const { item, taskForce } = await this.lock(manager, actor.agencyId, id);
      if (!item.ownerContactId) throw new InputError('id', errorText('this item is owned by a staff member: only a partner contact has a status link'));
      const mail = await this.mailOwner(manager, taskForce, item);
      if (!mail) throw new InputError('id', errorText('mail to the owner\'s address bounced for good, so the link cannot be sent: correct the address first'));
      await this.audit.record(manager, actor, {
        action: 'taskForce.actionItem.sendLink',
        entityType: 'ActionItem',
        entityId: id,
        summary: `Sent the status link for action item "${item.title}" to its owner again`,
        changes: {},
      });
      this.outbox.dispatchAfterCommit(tx, [mail]);
      return item;
    });
  }

  /**
   * Changes the status (by staff, or by the owning contact through their link) and keeps
   * the history; DONE stamps completed_at, leaving DONE clears it.
   */
  async changeStatus(actor: Actor, id: string, status: ActionItemStatus, note?: string | null): Promise<ActionItem> {
    return this.dataSource.transaction((manager) => this.changeStatusIn(manager, actor, id, status, note));
  }

  async changeStatusIn(manager: EntityManager, actor: Actor, id: string, status: ActionItemStatus, note?: string | null): Promise<ActionItem> {
    const { item, taskForce } = await this.lock(manager, actor.agencyId, id);
    if (actor.kind === 'CONTACT' && item.ownerContactId !== actor.contactId) throw TaskForceError.linkInvalid();
    const cleanNote = note?.trim() || null;
    const from = item.status;
    if (from === status && !cleanNote) return item;
    item.status = status;
    item.completedAt = status === ActionItemStatus.DONE ? (from === ActionItemStatus.DONE ? item.completedAt : this.clock.now()) : null;
    const saved = await manager.save(item);
    await manager.insert(ActionItemUpdate, {
      actionItemId: id,
      fromStatus: from,
      toStatus: status,
      note: cleanNote,
      actorType: actor.kind,
      actorId: actor.kind === 'STAFF' ? actor.userId : actor.kind === 'CONTACT' ? actor.contactId : null,
      actorLabel: actor.kind === 'STAFF' ? actor.email : actor.label,
    });
    await this.audit.record(manager, actor, {
      action: 'taskForce.actionItem.status',
      entityType: 'ActionItem',
      entityId: id,
      summary: `Action item "${item.title}" in "${taskForce.name}" went from ${from} to ${status}`,
      changes: { status: { from, to: status }, ...(cleanNote ? { note: cleanNote } : {}) },
    });
    return saved;
  }

  /** The status link is operational mail: it reaches an owner who opted out of outreach, never an undeliverable address. */
  private async mailOwner(manager: EntityManager, taskForce: TaskForce, item: ActionItem): Promise<OutboundEmail | null> {
    if (!item.ownerContactId) return null;
    const contact = (await this.partners.reachableCards(manager, taskForce.agencyId, [item.ownerContactId])).get(item.ownerContactId);
    if (!contact) return null;
    const agency = await this.agencies.get(taskForce.agencyId, manager);
    return this.mailer.actionItemAssigned(manager, agency, taskForce, item, { name: contact.name, email: contact.email, contactId: item.ownerContactId, language: contact.preferredLanguage });
  }

  private async lock(manager: EntityManager, agencyId: string, id: string): Promise<{ item: ActionItem; taskForce: TaskForce }> {
    const found = await manager.findOneBy(ActionItem, { id, agencyId });
    if (!found) throw new NotFoundError('ActionItem', id);
    const taskForce = await openTaskForce(manager, agencyId, found.taskForceId);
    const item = await manager.findOneOrFail(ActionItem, { where: { id }, lock: { mode: 'pessimistic_write' } });
    return { item, taskForce };
  }

  /** Owner: the lead officer, a current staff member, or a contact of a current member organisation. */
  private async validate(manager: EntityManager, taskForce: TaskForce, fields: ActionItemFields): Promise<ActionItemFields> {
    const title = fields.title.trim();
    if (!title) throw new InputError('input.title', errorText('must not be empty'));
    if (fields.dueOn < taskForce.startsOn) throw TaskForceError.dueBeforeStart(taskForce.startsOn);
    const ownerStaffId = fields.ownerStaffId ?? null;
    const ownerContactId = fields.ownerContactId ?? null;
    if ((ownerStaffId === null) === (ownerContactId === null)) {
      throw new InputError('input.owner', errorText('give exactly one owner: ownerStaffId or ownerContactId'));
    }
    const today = todayIn(await this.agencies.timeZoneOf(taskForce.agencyId, manager), this.clock.now());
    if (ownerStaffId && ownerStaffId !== taskForce.leadOfficerId) {
      const member = await manager
        .createQueryBuilder(TaskForceStaffMember, 'm')
        .where('m.taskForceId = :tf AND m.staffUserId = :id', { tf: taskForce.id, id: ownerStaffId })
        .andWhere('m.joinedOn <= :today AND (m.leftOn IS NULL OR m.leftOn > :today)', { today })
        .getExists();
      if (!member) throw TaskForceError.ownerNotMember();
    }
    if (ownerContactId) {
      const [contact] = await this.partners.contacts(taskForce.agencyId, [ownerContactId], { manager });
      const member =
        !!contact?.organisationId &&
        (await manager
          .createQueryBuilder(TaskForceOrganisation, 'm')
          .where('m.taskForceId = :tf AND m.organisationId = :organisationId', { tf: taskForce.id, organisationId: contact.organisationId })
          .andWhere('m.joinedOn <= :today AND (m.leftOn IS NULL OR m.leftOn > :today)', { today })
          .getExists());
      if (!member) throw TaskForceError.ownerNotMember();
    }
    const objectiveId = fields.objectiveId ?? null;
    if (objectiveId) {
      const objective = await manager.findOneBy(Objective, { id: objectiveId, agencyId: taskForce.agencyId });
      if (!objective) throw new NotFoundError('Objective', objectiveId);
      if (objective.taskForceId !== taskForce.id) throw TaskForceError.wrongTaskForce('input.objectiveId', 'objective');
    }
    return { title, ownerStaffId, ownerContactId, dueOn: fields.dueOn, notes: fields.notes?.trim() ?? '', objectiveId };
  }
}
