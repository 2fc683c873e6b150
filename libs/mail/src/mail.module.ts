import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OutboundEmail } from './outbound-email.entity';
import { OutboxService } from './outbox.service';
import { MailSenderService } from './mail-sender.service';
import { MailTransport } from './mail-transport';
import { DomainPacer } from './domain-pacer';
import { MailTemplates } from './mail-templates';
import { DeliveryStatusModule } from './delivery-status.module';
import { RedisModule } from '@app/redis';

@Module({
  // Redis holds the per-domain pacing every worker shares.
  imports: [TypeOrmModule.forFeature([OutboundEmail]), DeliveryStatusModule, RedisModule],
  providers: [OutboxService, MailSenderService, MailTransport, DomainPacer, MailTemplates],
  exports: [OutboxService, MailSenderService, DeliveryStatusModule],
})
export class MailModule {}
