import { Module } from '@nestjs/common';
import { DeliveryStatusService } from './delivery-status.service';

/** Delivery states of outbox rows, without the outbox's queue (usable where there is no Redis, e.g. the demo seed). */
@Module({ providers: [DeliveryStatusService], exports: [DeliveryStatusService] })
export class DeliveryStatusModule {}
