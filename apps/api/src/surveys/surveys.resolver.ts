import { Inject } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Clock, PageArgs, StaffActor } from '@app/common';
import { CanRead, CanWrite, CurrentActor } from '@app/auth';
import { APP_CONFIG, AppConfig } from '@app/config';
import { SurveyDistributionService, SurveyExportService, SurveyRecipients, SurveyResultsService, SurveysService, signStaffLink } from '@app/surveys';
import { InviteAudienceInput } from '../invitations/dto/invite-to-forum.input';
import { ParseIdPipe } from '../graphql/parse-id.pipe';
import { ParseIdsPipe } from '../graphql/parse-ids.pipe';
import { SurveyConnection, SurveyDistributionModel, SurveyModel, SurveyStaffLinksModel, SurveyTextAnswerModel } from './models/survey.model';
import { SurveyResultsModel } from './models/survey-results.model';
import { SurveyInput } from './dto/survey.input';
import { SurveyFilterInput } from './dto/survey-filter.input';

const STAFF_LINK_TTL_MS = 15 * 60 * 1000;

/** Ids checked as the API's ids are (naming the argument), the audience as given. */
function recipients(contactIds: string[], organisationIds: string[] | undefined, audience: InviteAudienceInput | undefined): SurveyRecipients {
  const ids = (list: string[], data: string) => list.map((id) => new ParseIdPipe().transform(id, { type: 'body', data }));
  return { contactIds: ids(contactIds, 'contactIds'), organisationIds: ids(organisationIds ?? [], 'organisationIds'), audience: audience ?? null };
}

@Resolver(() => SurveyModel)
export class SurveysResolver {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly service: SurveysService,
    private readonly results: SurveyResultsService,
    private readonly exports: SurveyExportService,
    private readonly distribution: SurveyDistributionService,
    private readonly clock: Clock,
  ) {}

  @Query(() => SurveyConnection, { description: "Surveys of the caller's agency, newest first." })
  @CanRead()
  surveys(@CurrentActor() actor: StaffActor, @Args() page: PageArgs, @Args('filter', { nullable: true }) filter?: SurveyFilterInput) {
    return this.service.list(actor, filter ?? {}, page);
  }

  @Query(() => SurveyModel)
  @CanRead()
  survey(@CurrentActor() actor: StaffActor, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return this.service.get(actor, id);
  }

  @Query(() => SurveyResultsModel, {
    description: 'The stored results snapshot (small cells suppressed); with `language`, the results of only the responses given in that language.',
  })
  @CanRead()
  async surveyResults(
    @CurrentActor() actor: StaffActor,
    @Args('surveyId', { type: () => ID }, ParseIdPipe) surveyId: string,
    @Args('language', { type: () => String, nullable: true, description: 'A language code, e.g. es or vi' }) language?: string | null,
  ) {
    const snapshot = language ? await this.results.forStaffInLanguage(actor, surveyId, language) : await this.results.forStaff(actor, surveyId);
    return { ...snapshot, computedAt: new Date(snapshot.computedAt) };
  }

  @Query(() => [SurveyTextAnswerModel], { description: 'Text answers to one question (staff only), newest day first.' })
  @CanRead()
  surveyTextAnswers(
    @CurrentActor() actor: StaffActor,
    @Args('surveyId', { type: () => ID }, ParseIdPipe) surveyId: string,
    @Args('questionId', { type: () => ID }, ParseIdPipe) questionId: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 100 }) first: number,
    @Args('offset', { type: () => Int, nullable: true, defaultValue: 0 }) offset: number,
  ) {
    return this.exports.textAnswers(actor, surveyId, questionId, Math.max(1, first), Math.max(0, offset));
  }

  @Mutation(() => SurveyModel)
  @CanWrite()
  createSurvey(@CurrentActor() actor: StaffActor, @Args('input') input: SurveyInput) {
    return this.service.create(actor, input);
  }

  @Mutation(() => SurveyModel, {
    description: 'Replaces settings and questions (matched by key). Once answered, removing answered questions/options or changing a type is CONFLICT.',
  })
  @CanWrite()
  updateSurvey(@CurrentActor() actor: StaffActor, @Args('id', { type: () => ID }, ParseIdPipe) id: string, @Args('input') input: SurveyInput) {
    return this.service.update(actor, id, input);
  }

  @Mutation(() => SurveyModel)
  @CanWrite()
  publishSurvey(
    @CurrentActor() actor: StaffActor,
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
    @Args('allowFallbackToEnglish', {
      type: () => Boolean,
      nullable: true,
      defaultValue: false,
      description: 'Publish although some text lacks a language the survey offers: the page shows English there and says so.',
    })
    allowFallbackToEnglish: boolean,
  ) {
    return this.service.publish(actor, id, { allowFallbackToEnglish });
  }

  @Mutation(() => SurveyModel)
  @CanWrite()
  closeSurvey(@CurrentActor() actor: StaffActor, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return this.service.close(actor, id);
  }

  @Mutation(() => SurveyModel, { description: 'A new draft version with the same settings and questions.' })
  @CanWrite()
  copySurvey(@CurrentActor() actor: StaffActor, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return this.service.copy(actor, id);
  }

  @Mutation(() => SurveyDistributionModel, {
    description: 'Emails personal links to contacts, to every contact of organisations, and to an audience (opted-out skipped, already invited not mailed again).',
  })
  @CanWrite()
  sendSurveyInvitations(
    @CurrentActor() actor: StaffActor,
    @Args('surveyId', { type: () => ID }, ParseIdPipe) surveyId: string,
    @Args('contactIds', { type: () => [ID] }, ParseIdsPipe) contactIds: string[],
    @Args('organisationIds', { type: () => [ID], nullable: true }, ParseIdsPipe) organisationIds?: string[],
    @Args('audience', { type: () => InviteAudienceInput, nullable: true }) audience?: InviteAudienceInput,
  ) {
    return this.distribution.distributeToRecipients(actor, surveyId, recipients(contactIds, organisationIds, audience));
  }

  @Query(() => SurveyDistributionModel, { description: 'What sendSurveyInvitations would do with the same arguments, without writing or mailing anything.' })
  @CanRead()
  surveyInvitationPreview(
    @CurrentActor() actor: StaffActor,
    @Args('surveyId', { type: () => ID }, ParseIdPipe) surveyId: string,
    @Args('contactIds', { type: () => [ID] }, ParseIdsPipe) contactIds: string[],
    @Args('organisationIds', { type: () => [ID], nullable: true }, ParseIdsPipe) organisationIds?: string[],
    @Args('audience', { type: () => InviteAudienceInput, nullable: true }) audience?: InviteAudienceInput,
  ) {
    return this.distribution.preview(actor, surveyId, recipients(contactIds, organisationIds, audience));
  }

  @Mutation(() => SurveyStaffLinksModel, { description: 'Short-lived signed links to the staff results page and CSV exports.' })
  @CanRead()
  async createSurveyStaffLinks(@CurrentActor() actor: StaffActor, @Args('surveyId', { type: () => ID }, ParseIdPipe) surveyId: string) {
    await this.service.get(actor, surveyId);
    const expiresAt = this.clock.now().getTime() + STAFF_LINK_TTL_MS;
    const base = `${this.config.PUBLIC_URL}/staff/surveys/${surveyId}`;
    return {
      resultsPage: `${base}/results?${signStaffLink(this.config.LINK_SECRET, surveyId, 'results', expiresAt)}`,
      responsesCsv: `${base}/responses.csv?${signStaffLink(this.config.LINK_SECRET, surveyId, 'responses.csv', expiresAt)}`,
      resultsCsv: `${base}/results.csv?${signStaffLink(this.config.LINK_SECRET, surveyId, 'results.csv', expiresAt)}`,
      previewPage: `${this.config.PUBLIC_URL}/staff/surveys/preview/${surveyId}?${signStaffLink(this.config.LINK_SECRET, surveyId, 'preview', expiresAt)}`,
      expiresAt: new Date(expiresAt),
    };
  }
}
