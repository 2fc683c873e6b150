import { Module } from '@nestjs/common';
import { BullBoardModule } from '@bull-board/nestjs';
import { ExpressAdapter } from '@bull-board/express';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { AuthModule, AuthService } from '@app/auth';
import { QueueName } from '@app/queue';
import { adminOnlyMiddleware } from './admin-session';
import { AdminLoginController } from './admin-login.controller';

/** Bull Board at /admin/queues, for signed-in admins only. */
@Module({
  imports: [
    BullBoardModule.forRootAsync({
      imports: [AuthModule],
      inject: [AuthService],
      useFactory: (auth: AuthService) => ({
        route: '/admin/queues',
        adapter: ExpressAdapter,
        middleware: adminOnlyMiddleware(() => auth),
        boardOptions: { uiConfig: { boardTitle: 'Liaison queues' } },
      }),
    }),
    ...Object.values(QueueName).map((name) => BullBoardModule.forFeature({ name, adapter: BullMQAdapter })),
    AuthModule,
  ],
  controllers: [AdminLoginController],
})
export class QueueBoardModule {}
