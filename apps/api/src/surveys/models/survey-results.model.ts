import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { QuestionType } from '@app/surveys';
import { LocalisedTextModel } from './survey.model';

const SUPPRESSED = 'True when fewer than 5 responses are behind this value (shown as "fewer than 5"); count is then null.';

@ObjectType('SurveyResultCell')
export class SurveyResultCellModel {
  @Field()
  key: string;

  @Field(() => LocalisedTextModel)
  label: LocalisedTextModel;

  @Field(() => Int, { nullable: true })
  count: number | null;

  @Field(() => Float, { nullable: true })
  percent: number | null;

  @Field({ description: SUPPRESSED })
  suppressed: boolean;
}

@ObjectType('SurveyBreakdownCell')
export class SurveyBreakdownCellModel {
  @Field()
  group: string;

  @Field(() => Int, { nullable: true })
  count: number | null;

  @Field(() => Float, { nullable: true })
  mean: number | null;

  @Field({ description: SUPPRESSED })
  suppressed: boolean;

  @Field(() => [SurveyResultCellModel])
  counts: SurveyResultCellModel[];
}

@ObjectType('SurveyTrendPoint')
export class SurveyTrendPointModel {
  @Field({ description: 'Monday of the week (YYYY-MM-DD).' })
  week: string;

  @Field(() => Int, { nullable: true })
  count: number | null;

  @Field(() => Float, { nullable: true })
  mean: number | null;

  @Field({ description: SUPPRESSED })
  suppressed: boolean;
}

@ObjectType('SurveyTermCount')
export class SurveyTermCountModel {
  @Field()
  term: string;

  @Field(() => Int)
  count: number;
}

@ObjectType('SurveyQuestionResult')
export class SurveyQuestionResultModel {
  @Field(() => ID)
  questionId: string;

  @Field()
  key: string;

  @Field(() => QuestionType)
  type: QuestionType;

  @Field(() => Int)
  position: number;

  @Field(() => LocalisedTextModel)
  prompt: LocalisedTextModel;

  @Field(() => Int, { nullable: true })
  answered: number | null;

  @Field({ description: SUPPRESSED })
  suppressed: boolean;

  @Field(() => [SurveyResultCellModel])
  counts: SurveyResultCellModel[];

  @Field(() => Float, { nullable: true })
  mean: number | null;

  @Field(() => Float, { nullable: true })
  median: number | null;

  @Field(() => Float, { nullable: true })
  min: number | null;

  @Field(() => Float, { nullable: true })
  max: number | null;

  @Field(() => Int, { nullable: true, description: 'Promoters minus detractors, in percentage points.' })
  nps: number | null;

  @Field(() => [SurveyTermCountModel])
  terms: SurveyTermCountModel[];

  @Field(() => [SurveyBreakdownCellModel])
  byNeighbourhood: SurveyBreakdownCellModel[];

  @Field(() => [SurveyTrendPointModel])
  weekly: SurveyTrendPointModel[];
}

@ObjectType('SurveyResults', { description: 'The latest stored results; recomputed by the worker shortly after responses arrive.' })
export class SurveyResultsModel {
  @Field(() => ID)
  surveyId: string;

  @Field()
  computedAt: Date;

  @Field(() => Int)
  responseCount: number;

  @Field(() => Int)
  invitationsSent: number;

  @Field(() => Int, { nullable: true })
  invitationsAnswered: number | null;

  @Field(() => Float, { nullable: true, description: 'Answered personal links / sent personal links (0..1).' })
  responseRate: number | null;

  @Field(() => [SurveyBreakdownCellModel])
  byNeighbourhood: SurveyBreakdownCellModel[];

  @Field(() => [SurveyTrendPointModel])
  weekly: SurveyTrendPointModel[];

  @Field(() => [SurveyQuestionResultModel])
  questions: SurveyQuestionResultModel[];
}
