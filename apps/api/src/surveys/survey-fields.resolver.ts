import { Inject } from '@nestjs/common';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { LocalisedText, StaffActor, translationsOf } from '@app/common';
import { CanRead, CurrentActor } from '@app/auth';
import { APP_CONFIG, AppConfig } from '@app/config';
import type { ResponseSummary, Survey, SurveyOption, SurveyQuestion } from '@app/surveys';
import { SurveyDistributionService, SurveyResultsService, SurveysService, missingTranslations } from '@app/surveys';
import { RequestLoaders, groupInOrder } from '../graphql/request-loaders';
import {
  LocalisedTextModel,
  MissingTranslationModel,
  SurveyConditionModel,
  SurveyInvitationDeliveryModel,
  SurveyModel,
  SurveyOptionModel,
  SurveyQuestionModel,
  SurveyResponseSummaryModel,
  TranslationModel,
} from './models/survey.model';

@Resolver(() => SurveyModel)
export class SurveyFieldsResolver {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly surveys: SurveysService,
    private readonly results: SurveyResultsService,
    private readonly distribution: SurveyDistributionService,
  ) {}

  @ResolveField(() => SurveyInvitationDeliveryModel, { description: 'Sending progress of personal links (for one survey at a time: the distribution screen polls it).' })
  @CanRead()
  invitationDelivery(@Parent() survey: Survey, @CurrentActor() actor: StaffActor) {
    return this.distribution.delivery(actor, survey.id);
  }

  @ResolveField(() => SurveyResponseSummaryModel, { description: 'Responses counted so far and the response rate of personal links.' })
  @CanRead()
  responseSummary(@Parent() survey: Survey, @CurrentActor() actor: StaffActor, @Context('loaders') loaders: RequestLoaders) {
    return loaders
      .get('survey.responseSummary', () => new DataLoader<string, ResponseSummary>(async (ids) => this.results.summariesFor(actor.agencyId, ids)))
      .load(survey.id);
  }

  @ResolveField(() => [SurveyQuestionModel])
  @CanRead()
  questions(@Parent() survey: Survey, @CurrentActor() actor: StaffActor, @Context('loaders') loaders: RequestLoaders) {
    return questionsOf(this.surveys, actor, loaders).load(survey.id);
  }

  @ResolveField(() => [MissingTranslationModel], {
    description: 'Every text lacking one of the languages the survey offers (empty when complete); publishing needs none, or allowFallbackToEnglish.',
  })
  @CanRead()
  async missingTranslations(@Parent() survey: Survey, @CurrentActor() actor: StaffActor, @Context('loaders') loaders: RequestLoaders) {
    const questions = await questionsOf(this.surveys, actor, loaders).load(survey.id);
    const options = questions.length ? await optionsOf(this.surveys, actor, loaders).loadMany(questions.map((q) => q.id)) : [];
    return missingTranslations(
      { ...survey, questions: questions.map((q, i) => ({ ...q, options: Array.isArray(options[i]) ? (options[i] as SurveyOption[]) : [] })) },
      survey.languages,
    );
  }

  @ResolveField(() => String, { nullable: true, description: 'The public link, when the survey has one.' })
  @CanRead()
  publicUrl(@Parent() survey: Survey) {
    return survey.publicLink ? `${this.config.PUBLIC_URL}/s/${survey.slug}` : null;
  }
}

function questionsOf(surveys: SurveysService, actor: StaffActor, loaders: RequestLoaders) {
  return loaders.get('survey.questions', () => new DataLoader<string, SurveyQuestion[]>(async (ids) => groupInOrder(ids, await surveys.questionsFor(actor.agencyId, ids), (q) => q.surveyId)));
}

function optionsOf(surveys: SurveysService, actor: StaffActor, loaders: RequestLoaders) {
  return loaders.get('survey.options', () => new DataLoader<string, SurveyOption[]>(async (ids) => groupInOrder(ids, await surveys.optionsFor(actor.agencyId, ids), (o) => o.questionId)));
}

@Resolver(() => LocalisedTextModel)
export class LocalisedTextFieldsResolver {
  @ResolveField(() => [TranslationModel])
  @CanRead()
  translations(@Parent() text: LocalisedText) {
    return translationsOf(text);
  }
}

@Resolver(() => SurveyQuestionModel)
export class SurveyQuestionFieldsResolver {
  constructor(private readonly surveys: SurveysService) {}

  @ResolveField(() => [SurveyOptionModel])
  @CanRead()
  options(@Parent() question: SurveyQuestion, @CurrentActor() actor: StaffActor, @Context('loaders') loaders: RequestLoaders) {
    return optionsOf(this.surveys, actor, loaders).load(question.id);
  }

  @ResolveField(() => SurveyConditionModel, { nullable: true })
  @CanRead()
  condition(@Parent() question: SurveyQuestion) {
    return question.conditionQuestionId
      ? { questionId: question.conditionQuestionId, operator: question.conditionOperator, value: question.conditionValue }
      : null;
  }
}
