import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@app/common';
import { ConditionOperator, QuestionType, SurveyStatus } from '@app/surveys';

@ObjectType('Translation', { description: 'The text in one language.' })
export class TranslationModel {
  @Field()
  language: string;

  @Field()
  text: string;
}

@ObjectType('LocalisedText', { description: 'Text in each language the survey offers.' })
export class LocalisedTextModel {
  @Field(() => String, { nullable: true })
  en?: string;

  @Field(() => String, { nullable: true })
  es?: string;

  @Field(() => [TranslationModel], { description: 'Every language the text has (English and Spanish too), in the order Liaison lists its languages.' })
  translations?: TranslationModel[];
}

@ObjectType('MissingTranslation', { description: 'A text of the survey lacking one of its languages.' })
export class MissingTranslationModel {
  @Field()
  language: string;

  @Field({ description: 'Where, as in the survey input: title, questions.2.prompt, questions.2.options.1.label.' })
  field: string;

  @Field(() => String, { nullable: true })
  questionKey: string | null;

  @Field({ description: 'Names the part and the language, for people.' })
  message: string;
}

@ObjectType('SurveyOption')
export class SurveyOptionModel {
  @Field(() => ID)
  id: string;

  @Field()
  key: string;

  @Field(() => Int)
  position: number;

  @Field(() => LocalisedTextModel)
  label: LocalisedTextModel;
}

@ObjectType('SurveyCondition')
export class SurveyConditionModel {
  @Field(() => ID)
  questionId: string;

  @Field(() => ConditionOperator)
  operator: ConditionOperator;

  @Field()
  value: string;
}

@ObjectType('SurveyQuestion')
export class SurveyQuestionModel {
  @Field(() => ID)
  id: string;

  @Field()
  key: string;

  @Field(() => Int)
  position: number;

  @Field(() => QuestionType)
  type: QuestionType;

  @Field(() => LocalisedTextModel)
  prompt: LocalisedTextModel;

  @Field(() => LocalisedTextModel)
  helpText: LocalisedTextModel;

  @Field()
  required: boolean;

  @Field()
  allowOther: boolean;

  @Field(() => Float, { nullable: true })
  minValue: number | null;

  @Field(() => Float, { nullable: true })
  maxValue: number | null;

  @Field(() => LocalisedTextModel)
  lowLabel: LocalisedTextModel;

  @Field(() => LocalisedTextModel)
  highLabel: LocalisedTextModel;

  conditionQuestionId: string | null;
  conditionOperator: ConditionOperator | null;
  conditionValue: string | null;
}

@ObjectType('Survey')
export class SurveyModel {
  @Field(() => ID)
  id: string;

  @Field()
  slug: string;

  @Field(() => ID, { description: 'Shared by every version (copy) of this survey.' })
  familyId: string;

  @Field(() => Int)
  version: number;

  @Field(() => ID, { nullable: true })
  copiedFromId: string | null;

  @Field(() => LocalisedTextModel)
  title: LocalisedTextModel;

  @Field(() => LocalisedTextModel)
  introduction: LocalisedTextModel;

  @Field(() => LocalisedTextModel)
  closingMessage: LocalisedTextModel;

  @Field(() => [String], { description: 'Languages offered, English first.' })
  languages: string[];

  @Field({ description: 'Published with missing translations: the page shows English where one is missing, and says so.' })
  fallbackToEnglish: boolean;

  @Field()
  anonymous: boolean;

  @Field()
  resultsPublic: boolean;

  @Field()
  publicLink: boolean;

  @Field()
  personalInvitations: boolean;

  @Field(() => ID, { nullable: true })
  forumId: string | null;

  @Field(() => Date, { nullable: true })
  opensAt: Date | null;

  @Field(() => Date, { nullable: true })
  closesAt: Date | null;

  @Field(() => SurveyStatus)
  status: SurveyStatus;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  @Field(() => Date, { nullable: true })
  closedAt: Date | null;

  @Field()
  createdAt: Date;
}

@ObjectType()
export class SurveyConnection extends Connection(SurveyModel) {}

@ObjectType('SurveyDistribution')
export class SurveyDistributionModel {
  @Field(() => Int)
  invited: number;

  @Field(() => Int)
  skippedOptedOut: number;

  @Field(() => Int, { description: 'Contacts skipped because mail to their address bounced for good (until the address is edited).' })
  skippedUndeliverable: number;

  @Field(() => Int)
  alreadyInvited: number;
}

@ObjectType('SurveyResponseSummary', { description: "A survey's response figures as last computed (for lists)." })
export class SurveyResponseSummaryModel {
  @Field(() => Int)
  responseCount: number;

  @Field(() => Float, { nullable: true, description: 'Answered personal links / sent personal links (0..1); null without personal links.' })
  responseRate: number | null;

  @Field(() => Int)
  invitationsSent: number;

  @Field(() => Date, { nullable: true, description: 'When these figures were computed; null before the first responses are counted.' })
  computedAt: Date | null;
}

@ObjectType('SurveyInvitationDelivery', { description: "How the emails of a survey's personal links are faring." })
export class SurveyInvitationDeliveryModel {
  @Field(() => Int, { description: 'Waiting for the worker to send (or to retry).' })
  queued: number;

  @Field(() => Int, { description: 'Accepted by the mail server.' })
  sent: number;

  @Field(() => Int, { description: 'Refused for good by the mail server.' })
  failed: number;
}

@ObjectType('SurveyStaffLinks', { description: 'Signed links for a browser, valid until expiresAt.' })
export class SurveyStaffLinksModel {
  @Field()
  resultsPage: string;

  @Field()
  responsesCsv: string;

  @Field()
  resultsCsv: string;

  @Field({ description: "The resident's page as residents will get it, drafts included, for staff to preview (add ?lang=en or es)." })
  previewPage: string;

  @Field()
  expiresAt: Date;
}

@ObjectType('SurveyTextAnswer')
export class SurveyTextAnswerModel {
  @Field()
  text: string;

  @Field({
    description: 'The day it was sent (YYYY-MM-DD); no finer time is kept. For an anonymous survey, the Monday of its week: a day could point to a person.',
  })
  submittedOn: string;
}
