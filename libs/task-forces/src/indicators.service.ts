import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Clock, InputError, NotFoundError, StaffActor, errorText } from '@app/common';
import { AuditService } from '@app/audit';
import { AgenciesService } from '@app/agencies';
import { Indicator, Measurement, Objective } from './indicator.entities';
import { Problem } from './problem.entities';
import { IndicatorDirection } from './task-force.enums';
import { TaskForceError, mapConstraint } from './task-forces.errors';
import { openTaskForce } from './task-force-access';
import { IsoDate, todayIn } from './dates';

export interface ObjectiveFields {
  problemId: string;
  title: string;
  description?: string;
}

export interface IndicatorFields {
  metricName: string;
  unit: string;
  baselineValue: number;
  baselineOn: IsoDate;
  targetValue: number;
  targetOn: IsoDate;
  direction: IndicatorDirection;
}

export interface MeasurementFields {
  indicatorId: string;
  measuredOn: IsoDate;
  value: number;
  sourceNote?: string | null;
}

/** Objectives of a task force's problems, their indicators and the measurements over time. */
@Injectable()
export class IndicatorsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly agencies: AgenciesService,
    private readonly clock: Clock,
  ) {}

  async createObjective(actor: StaffActor, taskForceId: string, fields: ObjectiveFields): Promise<Objective> {
    return this.dataSource.transaction(async (manager) => {
      const taskForce = await openTaskForce(manager, actor.agencyId, taskForceId);
      const problem = await manager.findOneBy(Problem, { id: fields.problemId, agencyId: actor.agencyId });
      if (!problem) throw new NotFoundError('Problem', fields.problemId);
      if (problem.taskForceId !== taskForceId) throw TaskForceError.wrongTaskForce('input.problemId', 'problem');
      const title = fields.title.trim();
      if (!title) throw new InputError('input.title', errorText('must not be empty'));
      const objective = await manager.save(
        manager.create(Objective, { taskForceId, problemId: problem.id, agencyId: actor.agencyId, title, description: fields.description?.trim() ?? '' }),
      );
      await this.audit.record(manager, actor, {
        action: 'taskForce.objective.create',
        entityType: 'Objective',
        entityId: objective.id,
        summary: `Added objective "${title}" to "${taskForce.name}"`,
        changes: { taskForceId, problemId: problem.id, title },
      });
      return objective;
    });
  }

  async addIndicator(actor: StaffActor, objectiveId: string, fields: IndicatorFields): Promise<Indicator> {
    const objective = await this.dataSource.manager.findOneBy(Objective, { id: objectiveId, agencyId: actor.agencyId });
    if (!objective) throw new NotFoundError('Objective', objectiveId);
    validateIndicator(fields);
    return this.dataSource.transaction(async (manager) => {
      const taskForce = await openTaskForce(manager, actor.agencyId, objective.taskForceId);
      const indicator = await manager.save(
        manager.create(Indicator, { ...fields, metricName: fields.metricName.trim(), unit: fields.unit.trim(), objectiveId, taskForceId: objective.taskForceId, agencyId: actor.agencyId }),
      );
      await this.audit.record(manager, actor, {
        action: 'taskForce.indicator.create',
        entityType: 'Indicator',
        entityId: indicator.id,
        summary: `Added indicator "${indicator.metricName}" to "${taskForce.name}"`,
        changes: { objectiveId, ...fields },
      });
      return indicator;
    });
  }

  /** The indicator must belong to the named task force; a measurement per indicator per day. */
  async recordMeasurement(actor: StaffActor, taskForceId: string, fields: MeasurementFields): Promise<Measurement> {
    return this.dataSource.transaction(async (manager) => {
      const taskForce = await openTaskForce(manager, actor.agencyId, taskForceId);
      const indicator = await manager.findOneBy(Indicator, { id: fields.indicatorId, agencyId: actor.agencyId });
      if (!indicator) throw new NotFoundError('Indicator', fields.indicatorId);
      if (indicator.taskForceId !== taskForceId) throw TaskForceError.wrongTaskForce('input.indicatorId', 'indicator');
      if (!Number.isFinite(fields.value)) throw new InputError('input.value', errorText('must be a number'));
      const today = todayIn(await this.agencies.timeZoneOf(actor.agencyId, manager), this.clock.now());
      if (fields.measuredOn > today) throw new InputError('input.measuredOn', errorText('cannot be in the future (today is {today})', { today }));
      const measurement = await manager
        .save(
          manager.create(Measurement, {
            indicatorId: indicator.id,
            agencyId: actor.agencyId,
            measuredOn: fields.measuredOn,
            value: fields.value,
            sourceNote: fields.sourceNote?.trim() || null,
            recordedBy: actor.userId,
          }),
        )
        .catch((e) => mapConstraint(e, { task_force_measurements_indicator_id_measured_on_key: () => TaskForceError.measurementExists(fields.measuredOn) }));
      await this.audit.record(manager, actor, {
        action: 'taskForce.measurement.record',
        entityType: 'Indicator',
        entityId: indicator.id,
        summary: `Recorded ${indicator.metricName} = ${fields.value} ${indicator.unit} on ${fields.measuredOn} for "${taskForce.name}"`,
        changes: { ...fields },
      });
      return measurement;
    });
  }

  objectivesFor(agencyId: string, key: 'taskForceId' | 'problemId', ids: readonly string[]): Promise<Objective[]> {
    return this.dataSource.manager.find(Objective, { where: { agencyId, [key]: In([...ids]) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  indicatorsFor(agencyId: string, key: 'taskForceId' | 'objectiveId', ids: readonly string[]): Promise<Indicator[]> {
    return this.dataSource.manager.find(Indicator, { where: { agencyId, [key]: In([...ids]) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  measurementsFor(agencyId: string, indicatorIds: readonly string[]): Promise<Measurement[]> {
    return this.dataSource.manager.find(Measurement, { where: { agencyId, indicatorId: In([...indicatorIds]) }, order: { measuredOn: 'ASC' } });
  }

  async getObjective(actor: Pick<StaffActor, 'agencyId'>, id: string): Promise<Objective> {
    const objective = await this.dataSource.manager.findOneBy(Objective, { id, agencyId: actor.agencyId });
    if (!objective) throw new NotFoundError('Objective', id);
    return objective;
  }

  async getIndicator(actor: Pick<StaffActor, 'agencyId'>, id: string): Promise<Indicator> {
    const indicator = await this.dataSource.manager.findOneBy(Indicator, { id, agencyId: actor.agencyId });
    if (!indicator) throw new NotFoundError('Indicator', id);
    return indicator;
  }
}

export function validateIndicator(fields: IndicatorFields): void {
  if (!fields.metricName.trim()) throw new InputError('input.metricName', errorText('must not be empty'));
  if (!Number.isFinite(fields.baselineValue)) throw new InputError('input.baselineValue', errorText('must be a number'));
  if (!Number.isFinite(fields.targetValue)) throw new InputError('input.targetValue', errorText('must be a number'));
  if (fields.targetOn <= fields.baselineOn) throw new InputError('input.targetOn', errorText('must be after the baseline date'));
  if (fields.direction === IndicatorDirection.UP_IS_BETTER && !(fields.targetValue > fields.baselineValue)) {
    throw new InputError('input.targetValue', errorText('must be above the baseline when up is better'));
  }
  if (fields.direction === IndicatorDirection.DOWN_IS_BETTER && !(fields.targetValue < fields.baselineValue)) {
    throw new InputError('input.targetValue', errorText('must be below the baseline when down is better'));
  }
}
