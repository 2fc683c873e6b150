import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { discoverMethods } from '@app/common';
import type { EventMap, EventName } from './event-map';
import { EVENT_HANDLER } from './on-event';
import type { UnitOfWorkContext } from './unit-of-work-context';

type AnyHandler = (payload: unknown, tx: UnitOfWorkContext) => Promise<unknown>;

/** Finds every `@OnEvent` method at start-up; runs an event's handlers in the caller's transaction. */
@Injectable()
export class EventBus implements OnModuleInit {
  private readonly handlers = new Map<string, AnyHandler[]>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
  ) {}

  onModuleInit(): void {
    this.handlers.clear();
    for (const { meta, handler } of discoverMethods<string>(this.discovery, this.scanner, EVENT_HANDLER)) {
      this.handlers.set(meta, [...(this.handlers.get(meta) ?? []), handler as unknown as AnyHandler]);
    }
  }

  /** Runs every handler in order; an error stops here and rolls the caller's transaction back. */
  async publish<K extends EventName>(name: K, payload: EventMap[K], tx: UnitOfWorkContext): Promise<void> {
    for (const handler of this.handlers.get(name as string) ?? []) await handler(payload, tx);
  }
}
