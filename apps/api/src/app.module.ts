import { DynamicModule, Inject, MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { json, urlencoded } from 'express';
import { APP_CONFIG, AppConfig, ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { RedisModule } from '@app/redis';
import { QueueModule } from '@app/queue';
import { AuthGuard, AuthModule, AuthService } from '@app/auth';
import { AuditModule } from '@app/audit';
import { AgenciesModule } from '@app/agencies';
import { StaffModule } from '@app/staff';
import { PartnersModule } from '@app/partners';
import { ForumsModule } from '@app/forums';
import { TaskForcesModule } from '@app/task-forces';
import { SurveysModule } from '@app/surveys';
import { InvitationsModule } from '@app/invitations';
import { PlatformModule } from '@app/platform';
import { LoggingModule } from './http/logging.module';
import { graphqlOptions } from './graphql/graphql.options';
import { InputValidationPipe } from './graphql/input-validation.pipe';
import { HttpErrorFilter } from './http/http-error.filter';
import { RequestContextMiddleware } from './http/request-context.middleware';
import { TokenLimitMiddleware } from './graphql/token-limit.middleware';
import { AuthResolver } from './auth/auth.resolver';
import { SessionController } from './auth/session.controller';
import { StaffResolver } from './staff/staff.resolver';
import { AgencyResolver } from './agencies/agency.resolver';
import { AuditResolver } from './audit/audit.resolver';
import { VenuesResolver } from './forums/venues.resolver';
import { ForumsResolver } from './forums/forums.resolver';
import { ForumFieldsResolver, ForumReportFieldsResolver } from './forums/forum-fields.resolver';
import { CommunityConcernsResolver } from './forums/community-concerns.resolver';
import { ForumSeriesFieldResolver, ForumSeriesResolver } from './forums/series/forum-series.resolver';
import { HealthController } from './health/health.controller';
import { StaffInvitationController } from './public/staff-invitation.controller';
import { SurveyPageController } from './public/survey-page.controller';
import { SurveySubmitMiddleware } from './public/survey-submit.middleware';
import { StaffSurveyResultsController } from './public/staff-survey-results.controller';
import { SurveysResolver } from './surveys/surveys.resolver';
import { SurveyFieldsResolver, SurveyQuestionFieldsResolver } from './surveys/survey-fields.resolver';
import { QueueBoardModule } from './admin/queue-board.module';
import { PublicCalendarPagesModule } from './public/public-calendar-pages.module';
import { DevMailController } from './dev-mail/dev-mail.controller';
import { OrganisationsResolver } from './partners/organisations.resolver';
import { OrganisationFieldsResolver } from './partners/organisation-fields.resolver';
import { ContactsResolver } from './partners/contacts.resolver';
import { ContactFieldsResolver } from './partners/contact-fields.resolver';
import { OrganisationImportsResolver } from './partners/organisation-imports.resolver';
import { OrganisationsCsvController } from './partners/organisations-csv.controller';
import { TASK_FORCE_CONTROLLERS, TASK_FORCE_RESOLVERS } from './task-forces/task-forces.api';
import { InvitationsResolver } from './invitations/invitations.resolver';
import { InvitationFieldsResolver } from './invitations/invitation-fields.resolver';
import { ForumRsvpFieldsResolver } from './invitations/forum-rsvp-fields.resolver';
import { RsvpRepliesResolver } from './invitations/rsvp-replies.resolver';
import { AttendeesExportController } from './invitations/attendees-export.controller';
import { RsvpController } from './public/rsvp.controller';
import { PlatformResolver } from './platform/platform.resolver';

@Module({})
export class AppModule implements NestModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(config),
        DatabaseModule,
        RedisModule,
        QueueModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [AuthModule],
          inject: [AuthService],
          useFactory: (auth: AuthService) => graphqlOptions(config, auth),
        }),
        AuthModule,
        AuditModule,
        AgenciesModule,
        StaffModule,
        PartnersModule,
        ForumsModule,
        TaskForcesModule,
        SurveysModule,
        InvitationsModule,
        PlatformModule,
        QueueBoardModule,
        PublicCalendarPagesModule,
      ],
      controllers: [
        HealthController,
        SessionController,
        StaffInvitationController,
        OrganisationsCsvController,
        ...TASK_FORCE_CONTROLLERS,
        SurveyPageController,
        StaffSurveyResultsController,
        RsvpController,
        AttendeesExportController,
        ...(config.DEV_MAIL_DIR ? [DevMailController] : []),
      ],
      providers: [
        AuthResolver,
        StaffResolver,
        AgencyResolver,
        AuditResolver,
        VenuesResolver,
        ForumsResolver,
        ForumFieldsResolver,
        ForumReportFieldsResolver,
        CommunityConcernsResolver,
        OrganisationsResolver,
        OrganisationFieldsResolver,
        ContactsResolver,
        ContactFieldsResolver,
        OrganisationImportsResolver,
        ...TASK_FORCE_RESOLVERS,
        ForumSeriesResolver,
        ForumSeriesFieldResolver,
        SurveysResolver,
        SurveyFieldsResolver,
        SurveyQuestionFieldsResolver,
        InvitationsResolver,
        InvitationFieldsResolver,
        ForumRsvpFieldsResolver,
        RsvpRepliesResolver,
        PlatformResolver,
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_PIPE, useClass: InputValidationPipe },
        { provide: APP_FILTER, useClass: HttpErrorFilter },
      ],
    };
  }

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  configure(consumer: MiddlewareConsumer): void {
    const limit = this.config.BODY_LIMIT;
    // Body parsing runs as Nest middleware so its errors (too large, malformed) reach HttpErrorFilter;
    // the request context starts after it, so parser stream callbacks cannot drop it.
    consumer.apply(json({ limit }), urlencoded({ extended: false, limit }), RequestContextMiddleware).forRoutes('{*splat}');
    consumer.apply(TokenLimitMiddleware).forRoutes('graphql');
    consumer.apply(SurveySubmitMiddleware).forRoutes({ path: 's/:slug', method: RequestMethod.POST });
  }
}
