import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { Trend } from '@app/task-forces';
import { TaskForceModel } from './task-force.model';
import { IndicatorModel, IndicatorProgressModel } from './problem.model';
import { ActionItemModel } from './action-item.model';

@ObjectType('IndicatorPoint')
export class IndicatorPointModel {
  @Field()
  measuredOn: string;

  @Field(() => Float)
  value: number;

  @Field(() => String, { nullable: true })
  sourceNote: string | null;
}

@ObjectType('IndicatorTrend', { description: 'An indicator with its measurements over time against baseline and target.' })
export class IndicatorTrendModel {
  @Field(() => IndicatorModel)
  indicator: IndicatorModel;

  @Field()
  objectiveTitle: string;

  @Field()
  problemTitle: string;

  @Field(() => [IndicatorPointModel], { description: 'Oldest first.' })
  measurements: IndicatorPointModel[];

  @Field(() => IndicatorProgressModel)
  progress: IndicatorProgressModel;

  @Field(() => Float, { nullable: true, description: "Latest value minus baseline, in the indicator's unit." })
  changeFromBaseline: number | null;

  @Field(() => Trend, { nullable: true, description: 'The last change, judged by the indicator direction.' })
  trend: Trend | null;
}

@ObjectType('ActionItemSummary')
export class ActionItemSummaryModel {
  @Field(() => Int) total: number;
  @Field(() => Int) open: number;
  @Field(() => Int) inProgress: number;
  @Field(() => Int) blocked: number;
  @Field(() => Int) done: number;
  @Field(() => Int, { description: "Done on or before the due date (in the agency's time zone)." }) doneOnTime: number;
  @Field(() => Int) doneLate: number;
  @Field(() => Int, { description: 'Past due and not done.' }) overdue: number;
}

@ObjectType('OrganisationAttendance')
export class OrganisationAttendanceModel {
  @Field()
  organisationId: string;

  @Field()
  name: string;

  @Field(() => Int, { description: 'Meetings held (completed) while the organisation was a member.' })
  expected: number;

  @Field(() => Int, { description: "Of those, meetings whose completion report names the organisation as represented." })
  attended: number;

  @Field(() => Float, { nullable: true })
  rate: number | null;
}

@ObjectType('TaskForceReport', { description: 'Whether the task force’s problem-solving works.' })
export class TaskForceReportModel {
  @Field(() => TaskForceModel)
  taskForce: TaskForceModel;

  @Field({ description: "Today in the agency's time zone when the report was made." })
  asOf: string;

  @Field()
  generatedAt: Date;

  @Field(() => [IndicatorTrendModel])
  indicators: IndicatorTrendModel[];

  @Field(() => ActionItemSummaryModel)
  actionItems: ActionItemSummaryModel;

  @Field(() => [ActionItemModel])
  overdueItems: ActionItemModel[];

  @Field(() => Int, { description: 'Completed meetings; their completion reports give the attendance.' })
  meetingsHeld: number;

  @Field(() => Int)
  meetingsUpcoming: number;

  @Field(() => Int, { description: 'Ended but not completed yet: left out of attendance until the completion report is in.' })
  meetingsAwaitingReport: number;

  @Field(() => [OrganisationAttendanceModel])
  attendance: OrganisationAttendanceModel[];

  @Field(() => Float, { nullable: true, description: 'Meetings attended ÷ meetings held during membership, over all member organisations.' })
  participationRate: number | null;
}

@ObjectType('TaskForceOverviewRow')
export class TaskForceOverviewRowModel {
  @Field(() => TaskForceModel) taskForce: TaskForceModel;
  @Field(() => Int) overdueItems: number;
  @Field(() => Int) blockedItems: number;
  @Field(() => Int) openItems: number;
  @Field(() => Int) indicatorsOnTrack: number;
  @Field(() => Int) indicatorsOffTrack: number;
  @Field(() => Int) indicatorsAchieved: number;
  @Field(() => Int) indicatorsWithoutData: number;
  @Field(() => Date, { nullable: true }) nextMeetingAt: Date | null;
}

@ObjectType('TaskForceReportLink', { description: 'Short-lived signed links to the printable report and its CSV export.' })
export class TaskForceReportLinkModel {
  @Field()
  url: string;

  @Field()
  csvUrl: string;

  @Field()
  expiresAt: Date;
}
