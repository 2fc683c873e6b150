import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { Clock, InputError, NotFoundError, StaffActor, errorText } from '@app/common';
import { AuditService } from '@app/audit';
import { AgenciesService } from '@app/agencies';
import { OrganisationStatus, PartnerLookupService, type Contact } from '@app/partners';
import { StaffDirectory, StaffStatus, type StaffUser } from '@app/staff';
import { MemberRole } from './task-force.enums';
import { TaskForceMemberContact, TaskForceOrganisation, TaskForceStaffMember } from './membership.entities';
import { TaskForceError, mapConstraint } from './task-forces.errors';
import { findTaskForce, openTaskForce } from './task-force-access';
import { IsoDate, todayIn } from './dates';

export interface JoinOrganisation {
  organisationId: string;
  role: MemberRole;
  contactIds?: string[];
  joinedOn?: IsoDate;
}

/**
 * Who belongs to a task force, over time. Leaving closes the current period
 * (`left_on`), rejoining opens a new one, so "members as of a date" stays true.
 */
@Injectable()
export class MembershipsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly partners: PartnerLookupService,
    private readonly staff: StaffDirectory,
    private readonly agencies: AgenciesService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async addOrganisation(actor: StaffActor, taskForceId: string, join: JoinOrganisation): Promise<TaskForceOrganisation> {
    return this.dataSource.transaction(async (manager) => {
      const taskForce = await openTaskForce(manager, actor.agencyId, taskForceId);
      const organisation = await this.partners.organisation(actor.agencyId, join.organisationId, manager);
      if (!organisation) throw new NotFoundError('Organisation', join.organisationId);
      if (organisation.status !== OrganisationStatus.ACTIVE) throw new InputError('input.organisationId', errorText('The organisation is archived'));
      const joinedOn = join.joinedOn ?? todayIn(await this.agencies.timeZoneOf(actor.agencyId, manager), this.clock.now());
      const contactIds = await this.checkContacts(manager, actor.agencyId, organisation.id, join.contactIds ?? [], 'input.contactIds');
      const membership = await manager
        .save(manager.create(TaskForceOrganisation, { taskForceId, agencyId: actor.agencyId, organisationId: organisation.id, role: join.role, joinedOn, leftOn: null }))
        .catch((e) => mapConstraint(e, { task_force_organisations_no_overlap: () => TaskForceError.alreadyMember(organisation.name) }));
      if (contactIds.length) await manager.insert(TaskForceMemberContact, contactIds.map((contactId) => ({ membershipId: membership.id, contactId })));
      await this.audit.record(manager, actor, {
        action: 'taskForce.member.join',
        entityType: 'TaskForce',
        entityId: taskForce.id,
        summary: `${organisation.name} joined "${taskForce.name}" as ${join.role} on ${joinedOn}`,
        changes: { organisationId: organisation.id, role: join.role, joinedOn, contactIds },
      });
      return membership;
    });
  }

  async leaveOrganisation(actor: StaffActor, taskForceId: string, organisationId: string, leftOn?: IsoDate): Promise<TaskForceOrganisation> {
    return this.endPeriod(actor, TaskForceOrganisation, taskForceId, { organisationId }, leftOn, 'taskForce.member.leave', `Organisation ${organisationId}`);
  }

  /** Replaces the designated contacts of the organisation's current membership. */
  async setContacts(actor: StaffActor, taskForceId: string, organisationId: string, contactIds: string[]): Promise<TaskForceOrganisation> {
    return this.dataSource.transaction(async (manager) => {
      const taskForce = await openTaskForce(manager, actor.agencyId, taskForceId);
      const current = await manager.findOneBy(TaskForceOrganisation, { taskForceId, organisationId, agencyId: actor.agencyId, leftOn: IsNull() });
      if (!current) throw TaskForceError.notMember('The organisation');
      const ids = await this.checkContacts(manager, actor.agencyId, organisationId, contactIds, 'contactIds');
      await manager.delete(TaskForceMemberContact, { membershipId: current.id });
      if (ids.length) await manager.insert(TaskForceMemberContact, ids.map((contactId) => ({ membershipId: current.id, contactId })));
      await this.audit.record(manager, actor, {
        action: 'taskForce.member.contacts',
        entityType: 'TaskForce',
        entityId: taskForce.id,
        summary: `Designated ${ids.length} contact(s) for organisation ${organisationId} in "${taskForce.name}"`,
        changes: { organisationId, contactIds: ids },
      });
      return current;
    });
  }

  async addStaff(actor: StaffActor, taskForceId: string, staffUserId: string, joinedOn?: IsoDate): Promise<TaskForceStaffMember> {
    return this.dataSource.transaction(async (manager) => {
      const taskForce = await openTaskForce(manager, actor.agencyId, taskForceId);
      const user = await this.staff.byId(staffUserId, { agencyId: actor.agencyId, manager });
      if (!user) throw new NotFoundError('StaffUser', staffUserId);
      if (user.status !== StaffStatus.ACTIVE) throw new InputError('staffUserId', errorText('must be an active staff member'));
      const day = joinedOn ?? todayIn(await this.agencies.timeZoneOf(actor.agencyId, manager), this.clock.now());
      const member = await manager
        .save(manager.create(TaskForceStaffMember, { taskForceId, agencyId: actor.agencyId, staffUserId, joinedOn: day, leftOn: null }))
        .catch((e) => mapConstraint(e, { task_force_staff_no_overlap: () => TaskForceError.alreadyMember(user.name) }));
      await this.audit.record(manager, actor, {
        action: 'taskForce.staff.join',
        entityType: 'TaskForce',
        entityId: taskForce.id,
        summary: `${user.name} joined "${taskForce.name}" on ${day}`,
        changes: { staffUserId, joinedOn: day },
      });
      return member;
    });
  }

  async removeStaff(actor: StaffActor, taskForceId: string, staffUserId: string, leftOn?: IsoDate): Promise<TaskForceStaffMember> {
    return this.endPeriod(actor, TaskForceStaffMember, taskForceId, { staffUserId }, leftOn, 'taskForce.staff.leave', `Staff member ${staffUserId}`);
  }

  /** Closes the open membership period (organisation or staff) on `leftOn`, default today; the period stays as history. */
  private async endPeriod<T extends TaskForceOrganisation | TaskForceStaffMember>(
    actor: StaffActor,
    entity: new () => T,
    taskForceId: string,
    who: Partial<Record<'organisationId' | 'staffUserId', string>>,
    leftOn: IsoDate | undefined,
    action: string,
    label: string,
  ): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      const taskForce = await openTaskForce(manager, actor.agencyId, taskForceId);
      const current = (await manager.findOne(entity as new () => TaskForceOrganisation, {
        where: { taskForceId, agencyId: actor.agencyId, leftOn: IsNull(), ...who },
        lock: { mode: 'pessimistic_write' },
      })) as T | null;
      if (!current) throw TaskForceError.notMember(label);
      const day = leftOn ?? todayIn(await this.agencies.timeZoneOf(actor.agencyId, manager), this.clock.now());
      if (day < current.joinedOn) throw new InputError('leftOn', errorText('cannot be before the membership began ({joinedOn})', { joinedOn: current.joinedOn }));
      current.leftOn = day;
      const saved = await manager.save(current);
      await this.audit.record(manager, actor, {
        action,
        entityType: 'TaskForce',
        entityId: taskForce.id,
        summary: `${label} left "${taskForce.name}" on ${day}`,
        changes: { ...who, leftOn: day },
      });
      return saved;
    });
  }

  /** Organisation membership periods covering `date` (all periods, history included, when no date). */
  async organisations(agencyId: string, taskForceId: string, date?: IsoDate): Promise<TaskForceOrganisation[]> {
    await findTaskForce(this.dataSource.manager, agencyId, taskForceId);
    return this.organisationsFor(agencyId, [taskForceId], date);
  }

  organisationsFor(agencyId: string, taskForceIds: readonly string[], date?: IsoDate): Promise<TaskForceOrganisation[]> {
    return this.periodsOf(TaskForceOrganisation, agencyId, taskForceIds, date);
  }

  staffFor(agencyId: string, taskForceIds: readonly string[], date?: IsoDate): Promise<TaskForceStaffMember[]> {
    return this.periodsOf(TaskForceStaffMember, agencyId, taskForceIds, date);
  }

  /** Membership periods of these task forces in join order; with a date, only those current on it. */
  private periodsOf<T extends TaskForceOrganisation | TaskForceStaffMember>(
    entity: new () => T,
    agencyId: string,
    taskForceIds: readonly string[],
    date?: IsoDate,
  ): Promise<T[]> {
    const query = this.dataSource
      .getRepository(entity)
      .createQueryBuilder('m')
      .where('m.agencyId = :agencyId AND m.taskForceId IN (:...ids)', { agencyId, ids: [...taskForceIds] })
      .orderBy('m.joinedOn', 'ASC')
      .addOrderBy('m.id', 'ASC');
    if (date) query.andWhere('m.joinedOn <= :date AND (m.leftOn IS NULL OR m.leftOn > :date)', { date });
    return query.getMany();
  }

  /** Designated contacts per membership period, for DataLoaders (one contact may serve several periods). */
  async contactsOfMemberships(agencyId: string, membershipIds: readonly string[]): Promise<(Contact & { membershipId: string })[]> {
    const links = await this.dataSource.manager.findBy(TaskForceMemberContact, { membershipId: In([...membershipIds]) });
    if (!links.length) return [];
    const contacts = await this.partners.contacts(agencyId, links.map((l) => l.contactId));
    return contacts.flatMap((contact) => links.filter((l) => l.contactId === contact.id).map((l) => ({ ...contact, membershipId: l.membershipId })));
  }

  /**
   * The contacts to invite to a task force meeting ("invite all members"): designated
   * contacts of organisations that are members today, without those who opted out.
   * The lead wires this to the invitation service when the branches meet.
   */
  async contactsToInvite(actor: Pick<StaffActor, 'agencyId'>, taskForceId: string, date?: IsoDate): Promise<Contact[]> {
    const manager = this.dataSource.manager;
    await findTaskForce(manager, actor.agencyId, taskForceId);
    const day = date ?? todayIn(await this.agencies.timeZoneOf(actor.agencyId, manager), this.clock.now());
    return this.currentContacts(manager, actor.agencyId, taskForceId, day);
  }

  /** Designated contacts of organisations that are members on `day`, by name, from the partners' mailable contacts (never the opted-out). */
  async currentContacts(manager: EntityManager, agencyId: string, taskForceId: string, day: IsoDate): Promise<Contact[]> {
    const designated = await manager
      .createQueryBuilder(TaskForceMemberContact, 'mc')
      .innerJoin(TaskForceOrganisation, 'm', 'm.id = mc.membershipId')
      .where('m.taskForceId = :taskForceId AND m.agencyId = :agencyId', { taskForceId, agencyId })
      .andWhere('m.joinedOn <= :day AND (m.leftOn IS NULL OR m.leftOn > :day)', { day })
      .getMany();
    return this.partners.mailable(agencyId, designated.map((d) => d.contactId), manager);
  }

  staffByIds(agencyId: string, ids: readonly string[]): Promise<StaffUser[]> {
    return this.staff.byIds(ids, { agencyId });
  }

  /** Today's date in the agency's time zone. */
  async today(agencyId: string): Promise<IsoDate> {
    return todayIn(await this.agencies.timeZoneOf(agencyId), this.clock.now());
  }

  private async checkContacts(manager: EntityManager, agencyId: string, organisationId: string, contactIds: string[], field: string): Promise<string[]> {
    const ids = [...new Set(contactIds)];
    if (!ids.length) return [];
    const found = await this.partners.contacts(agencyId, ids, { organisationId, manager });
    const missing = ids.findIndex((id) => !found.some((c) => c.id === id));
    if (missing >= 0) throw new InputError(`${field}.${missing}`, errorText('must be a contact of this organisation'));
    return ids;
  }
}
