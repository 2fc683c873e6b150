import { DynamicModule, Inject, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { json, urlencoded } from 'express';
import { APP_CONFIG, AppConfig, ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { RedisModule } from '@app/redis';
import { QueueModule } from '@app/queue';
import { AuthGuard, AuthModule } from '@app/auth';
import { AuditModule } from '@app/audit';
import { AgenciesModule } from '@app/agencies';
import { StaffModule } from '@app/staff';
import { PartnersModule } from '@app/partners';
import { ForumsModule } from '@app/forums';
import { InvitationsModule } from '@app/invitations';
import { LoggingModule } from './http/logging.module';
import { graphqlOptions } from './graphql/graphql.options';
import { InputValidationPipe } from './graphql/input-validation.pipe';
import { HttpErrorFilter } from './http/http-error.filter';
import { RequestContextMiddleware } from './http/request-context.middleware';
import { TokenLimitMiddleware } from './graphql/token-limit.middleware';
import { AuthResolver } from './auth/auth.resolver';
import { StaffResolver } from './staff/staff.resolver';
import { AgencyResolver } from './agencies/agency.resolver';
import { AuditResolver } from './audit/audit.resolver';
import { HealthController } from './health/health.controller';
import { StaffInvitationController } from './public/staff-invitation.controller';
import { QueueBoardModule } from './admin/queue-board.module';
import { DevMailController } from './dev-mail/dev-mail.controller';
import { InvitationsResolver } from './invitations/invitations.resolver';
import { InvitationFieldsResolver } from './invitations/invitation-fields.resolver';
import { RsvpRepliesResolver } from './invitations/rsvp-replies.resolver';
import { AttendeesExportController } from './invitations/attendees-export.controller';
import { RsvpController } from './public/rsvp.controller';

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
        GraphQLModule.forRoot<ApolloDriverConfig>({ driver: ApolloDriver, ...graphqlOptions(config) }),
        AuthModule,
        AuditModule,
        AgenciesModule,
        StaffModule,
        PartnersModule,
        ForumsModule,
        InvitationsModule,
        QueueBoardModule,
      ],
      controllers: [HealthController, StaffInvitationController, RsvpController, AttendeesExportController, ...(config.DEV_MAIL_DIR ? [DevMailController] : [])],
      providers: [
        AuthResolver,
        StaffResolver,
        AgencyResolver,
        AuditResolver,
        InvitationsResolver,
        InvitationFieldsResolver,
        RsvpRepliesResolver,
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
  }
}
