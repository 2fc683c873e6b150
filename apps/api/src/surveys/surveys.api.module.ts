import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { AgenciesModule } from '@app/agencies';
import { SurveysModule } from '@app/surveys';
import { SurveysResolver } from './surveys.resolver';
import { LocalisedTextFieldsResolver, SurveyFieldsResolver, SurveyQuestionFieldsResolver } from './survey-fields.resolver';
import { SurveyPageController } from './survey-page.controller';
import { StaffSurveyResultsController } from './staff-survey-results.controller';
import { SurveyPages } from './survey-pages';
import { SurveySubmitRoute } from './survey-submit.route';

/** Surveys for staff, the resident's survey pages, and the staff results pages opened by signed link. */
@Module({
  imports: [SurveysModule, AgenciesModule],
  controllers: [SurveyPageController, StaffSurveyResultsController],
  providers: [SurveysResolver, SurveyFieldsResolver, SurveyQuestionFieldsResolver, LocalisedTextFieldsResolver, SurveyPages],
})
export class SurveysApiModule implements NestModule {
  /** The public form's POST, answered ahead of the router (see survey-submit.route.ts); runs after AppModule's global middleware. */
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(SurveySubmitRoute).forRoutes({ path: 's/:slug', method: RequestMethod.POST });
  }
}
