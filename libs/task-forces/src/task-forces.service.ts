import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { InputError, PageArgs, StaffActor, paginate, errorText } from '@app/common';
import { AuditService, diff } from '@app/audit';
import { AgenciesService } from '@app/agencies';
import { StaffDirectory, StaffStatus } from '@app/staff';
import { TaskForce } from './task-force.entity';
import { FocusIssue, TASK_FORCE_TRANSITIONS, TaskForceStatus } from './task-force.enums';
import { TaskForceError, mapConstraint } from './task-forces.errors';
import { findTaskForce, openTaskForce } from './task-force-access';
import { ActionItemRepository } from './action-item.repository';

export interface TaskForceFields {
  name: string;
  focusIssue: FocusIssue;
  focusIssueOther?: string | null;
  charter?: string;
  neighbourhoods?: string[];
  leadOfficerId: string;
  startsOn: string;
  endsOn?: string | null;
}

export interface TaskForceFilter {
  status?: TaskForceStatus;
}

/** Task forces themselves: details and status. Members, problems and items have their own services. */
@Injectable()
export class TaskForcesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly actionItems: ActionItemRepository,
    private readonly agencies: AgenciesService,
    private readonly staff: StaffDirectory,
  ) {}

  list(actor: Pick<StaffActor, 'agencyId'>, filter: TaskForceFilter, page: PageArgs) {
    const query = this.dataSource.getRepository(TaskForce).createQueryBuilder('tf').where('tf.agencyId = :agencyId', { agencyId: actor.agencyId });
    if (filter.status) query.andWhere('tf.status = :status', { status: filter.status });
    return paginate(query, page, { property: 'createdAt', direction: 'DESC' });
  }

  get(actor: Pick<StaffActor, 'agencyId'>, id: string): Promise<TaskForce> {
    return findTaskForce(this.dataSource.manager, actor.agencyId, id);
  }

  async create(actor: StaffActor, fields: TaskForceFields): Promise<TaskForce> {
    return this.dataSource.transaction(async (manager) => {
      const clean = await this.validate(manager, actor.agencyId, fields);
      const taskForce = manager.create(TaskForce, {
        ...clean,
        charter: clean.charter ?? '',
        neighbourhoods: clean.neighbourhoods ?? [],
        focusIssueOther: clean.focusIssueOther ?? null,
        endsOn: clean.endsOn ?? null,
        agencyId: actor.agencyId,
        status: TaskForceStatus.FORMING,
        createdBy: actor.userId,
      });
      const saved = await manager.save(taskForce).catch((e) => mapConstraint(e, { task_forces_agency_name_key: () => TaskForceError.nameTaken(clean.name) }));
      await this.audit.record(manager, actor, {
        action: 'taskForce.create',
        entityType: 'TaskForce',
        entityId: saved.id,
        summary: `Created task force "${saved.name}" (${saved.focusIssue})`,
        changes: { ...clean },
      });
      return saved;
    });
  }

  async update(actor: StaffActor, id: string, fields: Partial<TaskForceFields>): Promise<TaskForce> {
    return this.dataSource.transaction(async (manager) => {
      const taskForce = await openTaskForce(manager, actor.agencyId, id);
      const merged = { ...taskForce, ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) } as TaskForceFields;
      if (fields.focusIssue && fields.focusIssue !== FocusIssue.OTHER && fields.focusIssueOther === undefined) merged.focusIssueOther = null;
      const clean = await this.validate(manager, actor.agencyId, merged);
      if (clean.startsOn > taskForce.startsOn) {
        // Items are never due before the task force started: a later start must not strand any.
        const earliest = await this.actionItems.earliestDueOn(manager, id);
        if (earliest && earliest < clean.startsOn) throw new InputError('input.startsOn', errorText('an action item is due on {earliest}, before this date', { earliest }));
      }
      const changes = diff(taskForce, clean);
      Object.assign(taskForce, clean);
      const saved = await manager.save(taskForce).catch((e) => mapConstraint(e, { task_forces_agency_name_key: () => TaskForceError.nameTaken(clean.name) }));
      await this.audit.record(manager, actor, {
        action: 'taskForce.update',
        entityType: 'TaskForce',
        entityId: id,
        summary: `Updated task force "${saved.name}": ${Object.keys(changes).join(', ') || 'no changes'}`,
        changes,
      });
      return saved;
    });
  }

  /** Only the transitions in TASK_FORCE_TRANSITIONS; anything else is a CONFLICT naming the current state. */
  async changeStatus(actor: StaffActor, id: string, status: TaskForceStatus, reason?: string): Promise<TaskForce> {
    return this.dataSource.transaction(async (manager) => {
      const taskForce = await findTaskForce(manager, actor.agencyId, id, true);
      const from = taskForce.status;
      if (!TASK_FORCE_TRANSITIONS[from].includes(status)) throw TaskForceError.invalidTransition(from, status);
      taskForce.status = status;
      const saved = await manager.save(taskForce);
      await this.audit.record(manager, actor, {
        action: 'taskForce.status.change',
        entityType: 'TaskForce',
        entityId: id,
        summary: `Task force "${taskForce.name}" went from ${from} to ${status}${reason ? `: ${reason}` : ''}`,
        changes: { status: { from, to: status }, ...(reason ? { reason } : {}) },
      });
      return saved;
    });
  }

  /** Task forces by id for DataLoaders (scoped to the agency). */
  byIds(agencyId: string, ids: readonly string[]): Promise<TaskForce[]> {
    return this.dataSource.getRepository(TaskForce).findBy({ agencyId, id: In([...ids]) });
  }

  private async validate(manager: EntityManager, agencyId: string, fields: TaskForceFields): Promise<TaskForceFields> {
    const name = fields.name.trim();
    if (!name) throw new InputError('input.name', errorText('must not be empty'));
    const other = fields.focusIssueOther?.trim() || null;
    if (fields.focusIssue === FocusIssue.OTHER && !other) throw new InputError('input.focusIssueOther', errorText('describe the focus issue when it is OTHER'));
    if (fields.focusIssue !== FocusIssue.OTHER && other) throw new InputError('input.focusIssueOther', errorText('only for focusIssue OTHER'));
    if (fields.endsOn && fields.endsOn < fields.startsOn) throw new InputError('input.endsOn', errorText('cannot be before startsOn'));
    const agency = await this.agencies.get(agencyId, manager);
    const known = new Map(agency.neighbourhoods.map((n) => [n.trim().toLowerCase(), n]));
    const neighbourhoods: string[] = [];
    for (const [i, n] of (fields.neighbourhoods ?? []).entries()) {
      const match = known.get(n.trim().toLowerCase());
      if (!match) throw new InputError(`input.neighbourhoods.${i}`, errorText('"{neighbourhood}" is not one of the agency\'s neighbourhoods', { neighbourhood: n }));
      if (!neighbourhoods.includes(match)) neighbourhoods.push(match);
    }
    const lead = await this.staff.byId(fields.leadOfficerId, { agencyId, manager });
    if (!lead || lead.status !== StaffStatus.ACTIVE) throw new InputError('input.leadOfficerId', errorText('must be an active staff member of the agency'));
    return {
      name,
      focusIssue: fields.focusIssue,
      focusIssueOther: other,
      charter: fields.charter?.trim() ?? '',
      neighbourhoods,
      leadOfficerId: fields.leadOfficerId,
      startsOn: fields.startsOn,
      endsOn: fields.endsOn ?? null,
    };
  }
}
