import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { StaffActor } from '@app/common';
import { CanWrite, CurrentActor } from '@app/auth';
import { IndicatorsService, ProblemsService, SaraStage, indicatorProgress, type Indicator, type Measurement, type Problem } from '@app/task-forces';
import { ParseIdPipe } from '../graphql/parse-id.pipe';
import { RequestLoaders, groupInOrder } from '../graphql/request-loaders';
import { AddIndicatorInput, CreateObjectiveInput, CreateProblemInput, RecordMeasurementInput, UpdateProblemInput } from './dto/problem.input';
import {
  IndicatorModel,
  IndicatorProgressModel,
  MeasurementModel,
  ObjectiveModel,
  ProblemModel,
  ProblemStageChangeModel,
} from './models/problem.model';
import { TextLimitPipe } from '../graphql/text-limit.pipe';

@Resolver(() => ProblemModel)
export class ProblemsResolver {
  constructor(
    private readonly problems: ProblemsService,
    private readonly indicators: IndicatorsService,
  ) {}

  @Mutation(() => ProblemModel, { description: 'A new problem starts in SCANNING.' })
  @CanWrite()
  createTaskForceProblem(
    @CurrentActor() actor: StaffActor,
    @Args('taskForceId', { type: () => ID }, ParseIdPipe) taskForceId: string,
    @Args('input') input: CreateProblemInput,
  ) {
    return this.problems.create(actor, taskForceId, input);
  }

  @Mutation(() => ProblemModel)
  @CanWrite()
  updateTaskForceProblem(@CurrentActor() actor: StaffActor, @Args('id', { type: () => ID }, ParseIdPipe) id: string, @Args('input') input: UpdateProblemInput) {
    return this.problems.update(actor, id, input);
  }

  @Mutation(() => ProblemModel, {
    description: 'SARA moves forward one stage at a time; from ASSESSMENT back to an earlier stage. Others are a CONFLICT naming the current stage.',
  })
  @CanWrite()
  moveProblemStage(
    @CurrentActor() actor: StaffActor,
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
    @Args('stage', { type: () => SaraStage }) stage: SaraStage,
    @Args('note', { type: () => String, nullable: true }, new TextLimitPipe(2_000)) note?: string,
  ) {
    return this.problems.moveStage(actor, id, stage, note ?? undefined);
  }

  @Mutation(() => ProblemModel, { description: 'Records that a community concern raised at a forum was taken up by this problem.' })
  @CanWrite()
  linkConcernToProblem(
    @CurrentActor() actor: StaffActor,
    @Args('problemId', { type: () => ID }, ParseIdPipe) problemId: string,
    @Args('concernId', { type: () => ID }, ParseIdPipe) concernId: string,
  ) {
    return this.problems.linkConcern(actor, problemId, concernId);
  }

  @Mutation(() => ProblemModel)
  @CanWrite()
  unlinkConcernFromProblem(
    @CurrentActor() actor: StaffActor,
    @Args('problemId', { type: () => ID }, ParseIdPipe) problemId: string,
    @Args('concernId', { type: () => ID }, ParseIdPipe) concernId: string,
  ) {
    return this.problems.unlinkConcern(actor, problemId, concernId);
  }

  @Mutation(() => ObjectiveModel)
  @CanWrite()
  createTaskForceObjective(
    @CurrentActor() actor: StaffActor,
    @Args('taskForceId', { type: () => ID }, ParseIdPipe) taskForceId: string,
    @Args('input') input: CreateObjectiveInput,
  ) {
    return this.indicators.createObjective(actor, taskForceId, input);
  }

  @Mutation(() => IndicatorModel)
  @CanWrite()
  addObjectiveIndicator(
    @CurrentActor() actor: StaffActor,
    @Args('objectiveId', { type: () => ID }, ParseIdPipe) objectiveId: string,
    @Args('input') input: AddIndicatorInput,
  ) {
    return this.indicators.addIndicator(actor, objectiveId, input);
  }

  @Mutation(() => MeasurementModel, { description: 'The indicator must belong to this task force; one measurement per indicator per day.' })
  @CanWrite()
  recordIndicatorMeasurement(
    @CurrentActor() actor: StaffActor,
    @Args('taskForceId', { type: () => ID }, ParseIdPipe) taskForceId: string,
    @Args('input') input: RecordMeasurementInput,
  ) {
    return this.indicators.recordMeasurement(actor, taskForceId, input);
  }

  @ResolveField(() => [ProblemStageChangeModel], { description: 'Every stage the problem was moved to, oldest first.' })
  stageHistory(@Parent() problem: Problem, @Context('loaders') loaders: RequestLoaders) {
    return loaders
      .get('problem.stages', () => new DataLoader(async (ids: readonly string[]) => groupInOrder(ids, await this.problems.stagesFor(ids), (s) => s.problemId)))
      .load(problem.id);
  }

  @ResolveField(() => [ID], { description: 'Community concerns taken up by this problem.' })
  async concernIds(@Parent() problem: Problem, @Context('loaders') loaders: RequestLoaders) {
    const rows = await loaders
      .get('problem.concerns', () => new DataLoader(async (ids: readonly string[]) => groupInOrder(ids, await this.problems.concernsFor(ids), (c) => c.problemId)))
      .load(problem.id);
    return rows.map((r) => r.concernId);
  }

  @ResolveField(() => [ObjectiveModel])
  objectives(@Parent() problem: Problem, @CurrentActor() actor: StaffActor, @Context('loaders') loaders: RequestLoaders) {
    return loaders
      .get('problem.objectives', () => new DataLoader(async (ids: readonly string[]) => groupInOrder(ids, await this.indicators.objectivesFor(actor.agencyId, 'problemId', ids), (o) => o.problemId)))
      .load(problem.id);
  }
}

export function measurementLoader(loaders: RequestLoaders, indicators: IndicatorsService, agencyId: string) {
  return loaders.get(
    'indicator.measurements',
    () => new DataLoader<string, Measurement[]>(async (ids) => groupInOrder(ids, await indicators.measurementsFor(agencyId, ids), (m) => m.indicatorId)),
  );
}

@Resolver(() => ObjectiveModel)
export class ObjectiveFieldsResolver {
  constructor(private readonly indicatorsService: IndicatorsService) {}

  @ResolveField(() => [IndicatorModel])
  indicators(@Parent() objective: ObjectiveModel, @CurrentActor() actor: StaffActor, @Context('loaders') loaders: RequestLoaders) {
    return loaders
      .get('objective.indicators', () => new DataLoader(async (ids: readonly string[]) => groupInOrder(ids, await this.indicatorsService.indicatorsFor(actor.agencyId, 'objectiveId', ids), (i) => i.objectiveId)))
      .load(objective.id);
  }
}

@Resolver(() => IndicatorModel)
export class IndicatorFieldsResolver {
  constructor(private readonly indicators: IndicatorsService) {}

  @ResolveField(() => [MeasurementModel], { description: 'Oldest first.' })
  measurements(@Parent() indicator: Indicator, @CurrentActor() actor: StaffActor, @Context('loaders') loaders: RequestLoaders) {
    return measurementLoader(loaders, this.indicators, actor.agencyId).load(indicator.id);
  }

  @ResolveField(() => IndicatorProgressModel)
  async progress(@Parent() indicator: Indicator, @CurrentActor() actor: StaffActor, @Context('loaders') loaders: RequestLoaders) {
    const measurements = await measurementLoader(loaders, this.indicators, actor.agencyId).load(indicator.id);
    return indicatorProgress(indicator, measurements[measurements.length - 1] ?? null);
  }
}
