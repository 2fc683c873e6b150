import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OutboundEmail } from './outbound-email.entity';
import { OutboxService } from './outbox.service';
import { MailSenderService } from './mail-sender.service';
import { MailTransport } from './mail-transport';
import { DeliveryStatusService } from './delivery-status.service';

@Module({
  imports: [TypeOrmModule.forFeature([OutboundEmail])],
  providers: [OutboxService, MailSenderService, MailTransport, DeliveryStatusService],
  exports: [OutboxService, MailSenderService, DeliveryStatusService],
})
export class MailModule {}
