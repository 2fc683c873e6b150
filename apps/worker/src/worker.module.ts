import { DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig, ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { QueueModule, JobHandlerRegistry } from '@app/queue';
import { MailModule } from '@app/mail';
import { PartnersModule } from '@app/partners';
import { ForumsModule } from '@app/forums';
import { InvitationsModule } from '@app/invitations';
import { TaskForcesModule } from '@app/task-forces';
import { SurveysModule } from '@app/surveys';
import { MailProcessor } from './processors/mail.processor';
import { MaintenanceProcessor } from './processors/maintenance.processor';
import { ImportsProcessor } from './processors/imports.processor';
import { ForumsProcessor } from './processors/forums.processor';
import { InvitationsProcessor } from './processors/invitations.processor';
import { TaskForcesProcessor } from './processors/task-forces.processor';
import { SurveysProcessor } from './processors/surveys.processor';
import { InboundMailListener } from './inbound/inbound-mail.listener';
import { WorkerHealthServer } from './health/worker-health.server';

/** Background work only: processors translate jobs into lib service calls. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({ pinoHttp: { level: config.LOG_LEVEL, name: 'worker' } }),
        DiscoveryModule,
        DatabaseModule,
        QueueModule,
        MailModule,
        PartnersModule,
        ForumsModule,
        InvitationsModule,
        TaskForcesModule,
        SurveysModule,
      ],
      providers: [
        JobHandlerRegistry,
        MailProcessor,
        MaintenanceProcessor,
        ImportsProcessor,
        ForumsProcessor,
        InvitationsProcessor,
        TaskForcesProcessor,
        SurveysProcessor,
        InboundMailListener,
        WorkerHealthServer,
      ],
    };
  }
}
