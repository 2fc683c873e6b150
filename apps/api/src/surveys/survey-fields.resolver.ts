import { Inject } from '@nestjs/common';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { StaffActor } from '@app/common';
import { CanRead, CurrentActor } from '@app/auth';
import { APP_CONFIG, AppConfig } from '@app/config';
import type { ResponseSummary, Survey, SurveyOption, SurveyQuestion } from '@app/surveys';
import { SurveyDistributionService, SurveyResultsService, SurveysService } from '@app/surveys';
import { RequestLoaders, groupInOrder } from '../graphql/request-loaders';
import { SurveyConditionModel, SurveyInvitationDeliveryModel, SurveyModel, SurveyOptionModel, SurveyQuestionModel, SurveyResponseSummaryModel } from './models/survey.model';

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
    return loaders
      .get('survey.questions', () => new DataLoader<string, SurveyQuestion[]>(async (ids) => groupInOrder(ids, await this.surveys.questionsFor(actor.agencyId, ids), (q) => q.surveyId)))
      .load(survey.id);
  }

  @ResolveField(() => String, { nullable: true, description: 'The public link, when the survey has one.' })
  @CanRead()
  publicUrl(@Parent() survey: Survey) {
    return survey.publicLink ? `${this.config.PUBLIC_URL}/s/${survey.slug}` : null;
  }
}

@Resolver(() => SurveyQuestionModel)
export class SurveyQuestionFieldsResolver {
  constructor(private readonly surveys: SurveysService) {}

  @ResolveField(() => [SurveyOptionModel])
  @CanRead()
  options(@Parent() question: SurveyQuestion, @CurrentActor() actor: StaffActor, @Context('loaders') loaders: RequestLoaders) {
    return loaders
      .get('survey.options', () => new DataLoader<string, SurveyOption[]>(async (ids) => groupInOrder(ids, await this.surveys.optionsFor(actor.agencyId, ids), (o) => o.questionId)))
      .load(question.id);
  }

  @ResolveField(() => SurveyConditionModel, { nullable: true })
  @CanRead()
  condition(@Parent() question: SurveyQuestion) {
    return question.conditionQuestionId
      ? { questionId: question.conditionQuestionId, operator: question.conditionOperator, value: question.conditionValue }
      : null;
  }
}
