import { Module } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { BullBoardModule } from '@bull-board/nestjs';
import { ExpressAdapter } from '@bull-board/express';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { AuthModule, AuthService } from '@app/auth';
import { QueueName } from '@app/queue';
import { APP_CONFIG, AppConfig } from '@app/config';
import { operatorOnlyMiddleware } from './admin-session';
import { sameOriginOnly } from '../http/same-origin';
import { AdminLoginController } from './admin-login.controller';

/**
 * Bull Board at /admin/queues, for signed-in platform operators only (queues carry every
 * agency's jobs). Its actions (pause, retry, clean) are refused from other sites' pages.
 */
@Module({
  imports: [
    BullBoardModule.forRootAsync({
      imports: [AuthModule],
      inject: [AuthService, APP_CONFIG],
      useFactory: (auth: AuthService, config: AppConfig) => {
        const operatorOnly = operatorOnlyMiddleware(() => auth);
        const sameOrigin = sameOriginOnly(config);
        return {
          route: '/admin/queues',
          adapter: ExpressAdapter,
          middleware: (req: Request, res: Response, next: NextFunction) => sameOrigin(req, res, () => operatorOnly(req, res, next)),
          boardOptions: { uiConfig: { boardTitle: 'Liaison queues' } },
        };
      },
    }),
    ...Object.values(QueueName).map((name) => BullBoardModule.forFeature({ name, adapter: BullMQAdapter })),
    AuthModule,
  ],
  controllers: [AdminLoginController],
})
export class AdminApiModule {}
