export type { EventMap, EventName } from './event-map';
export { OnEvent } from './on-event';
export type { EventHandler } from './on-event';
export type { UnitOfWorkContext } from './unit-of-work-context';
export { UnitOfWork } from './unit-of-work';
export type { UnitOfWorkOptions } from './unit-of-work';
export { EventsModule } from './events.module';
export { EventBus } from './event-bus';
