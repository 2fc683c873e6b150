import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { CellSuppression, QuestionType } from '@app/surveys';
import { LocalisedTextModel } from './survey.model';

const SUPPRESSED = 'True when this count is hidden (count is then null); suppression says why.';
const SUPPRESSION =
  'Why the count is hidden (null when it is shown): FEWER_THAN_5 when it is 1 to 4; PROTECTING_SMALL_COUNTS when it is hidden ' +
  'so that a count of fewer than 5 cannot be worked out from the figures shown with it (it may itself hold any number).';
const WITHHELD = 'Null when it is not shown: a statistic is withheld whenever it would let a hidden count be worked out.';

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

  @Field(() => CellSuppression, { nullable: true, description: SUPPRESSION })
  suppression: CellSuppression | null;
}

@ObjectType('SurveyBreakdownCell', {
  description:
    "One neighbourhood's share of the answers. Its detail (counts and mean) is shown only when neither it nor the answers " +
    'outside the neighbourhoods with detail hold a count of fewer than 5.',
})
export class SurveyBreakdownCellModel {
  @Field()
  group: string;

  @Field(() => Int, { nullable: true })
  count: number | null;

  @Field(() => Float, { nullable: true, description: `Mean answer in this neighbourhood. ${WITHHELD}` })
  mean: number | null;

  @Field({ description: SUPPRESSED })
  suppressed: boolean;

  @Field(() => CellSuppression, { nullable: true, description: SUPPRESSION })
  suppression: CellSuppression | null;

  @Field(() => [SurveyResultCellModel], { description: 'Answers in this neighbourhood per category; empty when its detail is withheld.' })
  counts: SurveyResultCellModel[];
}

@ObjectType('SurveyTrendPoint')
export class SurveyTrendPointModel {
  @Field({ description: 'Monday of the week (YYYY-MM-DD).' })
  week: string;

  @Field(() => Int, { nullable: true })
  count: number | null;

  @Field(() => Float, { nullable: true, description: `Mean answer of the week. ${WITHHELD}` })
  mean: number | null;

  @Field({ description: SUPPRESSED })
  suppressed: boolean;

  @Field(() => CellSuppression, { nullable: true, description: SUPPRESSION })
  suppression: CellSuppression | null;
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

  @Field({ description: 'True when answered is hidden (fewer than 5); suppression says so.' })
  suppressed: boolean;

  @Field(() => CellSuppression, { nullable: true, description: 'Why answered is hidden (null when it is shown).' })
  suppression: CellSuppression | null;

  @Field(() => [SurveyResultCellModel])
  counts: SurveyResultCellModel[];

  @Field(() => Float, { nullable: true, description: `Mean answer. ${WITHHELD} For counted answers, that is whenever any count is hidden.` })
  mean: number | null;

  @Field(() => Float, {
    nullable: true,
    description: `${WITHHELD} Scales: shown when the visible counts settle it. Numbers: shown when 5 or more answers hold each middle value.`,
  })
  median: number | null;

  @Field(() => Float, { nullable: true, description: `Smallest answer, shown only when 5 or more answers hold it. ${WITHHELD}` })
  min: number | null;

  @Field(() => Float, { nullable: true, description: `Largest answer, shown only when 5 or more answers hold it. ${WITHHELD}` })
  max: number | null;

  @Field(() => Int, { nullable: true, description: `Promoters minus detractors, in percentage points. ${WITHHELD}` })
  nps: number | null;

  @Field(() => [SurveyTermCountModel], { description: 'Frequent words: each used in 5 or more answers and left out of none or 5 or more.' })
  terms: SurveyTermCountModel[];

  @Field(() => [SurveyBreakdownCellModel], { description: 'Neighbourhoods with answers, and hidden ones (which may have none).' })
  byNeighbourhood: SurveyBreakdownCellModel[];

  @Field(() => [SurveyTrendPointModel], { description: 'Weeks with answers; empty when every week would be hidden.' })
  weekly: SurveyTrendPointModel[];
}

@ObjectType('SurveyResults', {
  description:
    'The latest stored results; recomputed by the worker shortly after responses arrive. No figure lets a hidden count be worked out ' +
    'from the figures shown with it: counts of 1 to 4 are hidden, and so are other counts where needed to protect them.',
})
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

  @Field(() => [SurveyBreakdownCellModel], { description: 'Responses per neighbourhood: those with responses, and hidden ones (which may have none).' })
  byNeighbourhood: SurveyBreakdownCellModel[];

  @Field(() => [SurveyTrendPointModel], { description: 'Responses per week; empty when every week would be hidden.' })
  weekly: SurveyTrendPointModel[];

  @Field(() => [SurveyQuestionResultModel])
  questions: SurveyQuestionResultModel[];
}
