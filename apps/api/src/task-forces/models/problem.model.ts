import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { IndicatorDirection, SaraStage, TrackStatus } from '@app/task-forces';

@ObjectType('ProblemStageChange')
export class ProblemStageChangeModel {
  @Field(() => SaraStage, { nullable: true })
  fromStage: SaraStage | null;

  @Field(() => SaraStage)
  toStage: SaraStage;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => ID, { nullable: true, description: 'The staff member who moved it.' })
  changedBy: string | null;

  @Field()
  changedAt: Date;
}

@ObjectType('TaskForceProblem', { description: 'A problem the task force works through the SARA cycle.' })
export class ProblemModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  taskForceId: string;

  @Field()
  title: string;

  @Field()
  statement: string;

  @Field()
  analysisNotes: string;

  @Field(() => SaraStage)
  stage: SaraStage;

  @Field()
  createdAt: Date;
}

@ObjectType('IndicatorProgress', { description: 'progress = (latest − baseline) / (target − baseline), clamped to 0..1.' })
export class IndicatorProgressModel {
  @Field(() => Float, { nullable: true })
  latestValue: number | null;

  @Field(() => String, { nullable: true })
  latestOn: string | null;

  @Field(() => Float, { nullable: true, description: 'Before clamping: below 0 moved away from target, above 1 beyond it.' })
  rawProgress: number | null;

  @Field(() => Float, { nullable: true })
  progress: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of the time from baseline date to target date elapsed at the latest measurement.' })
  expectedProgress: number | null;

  @Field(() => TrackStatus)
  status: TrackStatus;

  @Field()
  explanation: string;
}

@ObjectType('Measurement')
export class MeasurementModel {
  @Field(() => ID)
  id: string;

  @Field()
  measuredOn: string;

  @Field(() => Float)
  value: number;

  @Field(() => String, { nullable: true })
  sourceNote: string | null;
}

@ObjectType('Indicator')
export class IndicatorModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  objectiveId: string;

  @Field()
  metricName: string;

  @Field()
  unit: string;

  @Field(() => Float)
  baselineValue: number;

  @Field()
  baselineOn: string;

  @Field(() => Float)
  targetValue: number;

  @Field()
  targetOn: string;

  @Field(() => IndicatorDirection)
  direction: IndicatorDirection;
}

@ObjectType('Objective')
export class ObjectiveModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  problemId: string;

  @Field()
  title: string;

  @Field()
  description: string;
}
