import { DynamicModule, Inject, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { json, urlencoded } from 'express';
import { APP_CONFIG, AppConfig, ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { RedisModule } from '@app/redis';
import { QueueModule } from '@app/queue';
import { AuthGuard, AuthModule, AuthService } from '@app/auth';
import { LoggingModule } from './http/logging.module';
import { graphqlOptions } from './graphql/graphql.options';
import { InputValidationPipe } from './graphql/input-validation.pipe';
import { HttpErrorFilter } from './http/http-error.filter';
import { RequestContextMiddleware } from './http/request-context.middleware';
import { TokenLimitMiddleware } from './graphql/token-limit.middleware';
import { HealthApiModule } from './health/health.api.module';
import { AuthApiModule } from './auth/auth.api.module';
import { StaffApiModule } from './staff/staff.api.module';
import { AgenciesApiModule } from './agencies/agencies.api.module';
import { AuditApiModule } from './audit/audit.api.module';
import { PlatformApiModule } from './platform/platform.api.module';
import { PartnersApiModule } from './partners/partners.api.module';
import { ForumsApiModule } from './forums/forums.api.module';
import { TaskForcesApiModule } from './task-forces/task-forces.api.module';
import { SurveysApiModule } from './surveys/surveys.api.module';
import { InvitationsApiModule } from './invitations/invitations.api.module';
import { AdminApiModule } from './admin/admin.api.module';
import { DevMailApiModule } from './dev-mail/dev-mail.api.module';
import { DeliveryApiModule } from './delivery/delivery.api.module';

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
        // The global AuthGuard below needs it here.
        AuthModule,
        // Each feature's resolvers, field resolvers, controllers and pages (see <feature>/<feature>.api.module.ts).
        HealthApiModule,
        AuthApiModule,
        StaffApiModule,
        AgenciesApiModule,
        AuditApiModule,
        PlatformApiModule,
        PartnersApiModule,
        ForumsApiModule,
        TaskForcesApiModule,
        SurveysApiModule,
        InvitationsApiModule,
        AdminApiModule,
        DeliveryApiModule,
        ...(config.DEV_MAIL_DIR ? [DevMailApiModule] : []),
      ],
      providers: [
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
