import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventsModule } from '@app/events';
import { AuditModule } from '@app/audit';
import { AgenciesModule } from '@app/agencies';
import { MailModule } from '@app/mail';
import { ForumsModule } from '@app/forums';
import { InvitationsModule } from '@app/invitations';
import { PartnersModule } from '@app/partners';
import { Survey } from './survey.entity';
import { SurveyQuestion } from './survey-question.entity';
import { SurveyOption } from './survey-option.entity';
import { SurveyInvitation } from './survey-invitation.entity';
import { SurveyResultsRow } from './survey-results.entity';
import { SurveysService } from './surveys.service';
import { SurveyResponsesService } from './survey-responses.service';
import { SurveyDistributionService } from './survey-distribution.service';
import { SurveyResultsService } from './results/survey-results.service';
import { SurveyExportService } from './results/survey-export.service';
import { SurveyFollowUps } from './survey-follow-ups';
import { SurveySubmissionGate } from './survey-submission.gate';

const SERVICES = [SurveysService, SurveyResponsesService, SurveySubmissionGate, SurveyDistributionService, SurveyResultsService, SurveyExportService];

/** Surveys split by concern: building, answering, distributing (also to a completed forum's attendees), results and exports. */
@Module({
  imports: [TypeOrmModule.forFeature([Survey, SurveyQuestion, SurveyOption, SurveyInvitation, SurveyResultsRow]), AuditModule, AgenciesModule, EventsModule, ForumsModule, MailModule, InvitationsModule, PartnersModule],
  providers: [...SERVICES, SurveyFollowUps],
  exports: SERVICES,
})
export class SurveysModule {}
