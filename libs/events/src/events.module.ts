import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { EventBus } from './event-bus';
import { UnitOfWork } from './unit-of-work';

/** The unit of work and the event bus, one per app (global: every feature emits or listens). */
@Global()
@Module({
  imports: [DiscoveryModule],
  providers: [EventBus, UnitOfWork],
  exports: [UnitOfWork, EventBus],
})
export class EventsModule {}
