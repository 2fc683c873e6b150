import { Module } from '@nestjs/common';
import { AgenciesModule } from '@app/agencies';
import { SurveysModule } from '@app/surveys';
import { SurveysResolver } from './surveys.resolver';
import { SurveyFieldsResolver, SurveyQuestionFieldsResolver } from './survey-fields.resolver';
import { SurveyPageController } from '../public/survey-page.controller';
import { StaffSurveyResultsController } from '../public/staff-survey-results.controller';

/** Surveys for staff, the resident's survey pages, and the staff results pages opened by signed link. */
@Module({
  imports: [SurveysModule, AgenciesModule],
  controllers: [SurveyPageController, StaffSurveyResultsController],
  providers: [SurveysResolver, SurveyFieldsResolver, SurveyQuestionFieldsResolver],
})
export class SurveysApiModule {}
