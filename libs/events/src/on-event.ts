import { SetMetadata } from '@nestjs/common';
import type { EventMap, EventName } from './event-map';
import type { UnitOfWorkContext } from './unit-of-work-context';

export const EVENT_HANDLER = Symbol('EVENT_HANDLER');

/**
 * Marks a provider method as a handler of one event. It runs inside the emitting
 * transaction (its writes commit or roll back with the change), in the order the handlers
 * were found; throwing rolls the whole change back. Work that must wait for the commit
 * (queuing mail, jobs) goes through `tx.afterCommit`.
 */
export const OnEvent = <K extends EventName>(name: K): MethodDecorator => SetMetadata(EVENT_HANDLER, name);

export type EventHandler<K extends EventName> = (payload: EventMap[K], tx: UnitOfWorkContext) => Promise<void>;
