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
import { MailProcessor } from './processors/mail.processor';
import { MaintenanceProcessor } from './processors/maintenance.processor';
import { InvitationsProcessor } from './processors/invitations.processor';
import { InboundMailListener } from './inbound/inbound-mail.listener';

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
      ],
      providers: [JobHandlerRegistry, MailProcessor, MaintenanceProcessor, InvitationsProcessor, InboundMailListener],
    };
  }
}
