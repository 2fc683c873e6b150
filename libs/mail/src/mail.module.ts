import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OutboundEmail } from './outbound-email.entity';
import { OutboxService } from './outbox.service';
import { MailSenderService } from './mail-sender.service';
import { MailTransport } from './mail-transport';
import { DomainPacer } from './domain-pacer';
import { DeliveryStatusModule } from './delivery-status.module';

@Module({
  imports: [TypeOrmModule.forFeature([OutboundEmail]), DeliveryStatusModule],
  providers: [OutboxService, MailSenderService, MailTransport, DomainPacer],
  exports: [OutboxService, MailSenderService, DeliveryStatusModule],
})
export class MailModule {}
