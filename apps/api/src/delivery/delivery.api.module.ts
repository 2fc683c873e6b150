import { Module } from '@nestjs/common';
import { MailModule } from '@app/mail';
import { DeliveryResolver } from './delivery.resolver';

/** An agency admin's read-only view of their own mail delivery. */
@Module({
  imports: [MailModule],
  providers: [DeliveryResolver],
})
export class DeliveryApiModule {}
