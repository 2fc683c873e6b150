import { Injectable, OnModuleInit, SetMetadata } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { EntityManager } from 'typeorm';
import { Actor } from '@app/common';
import { Forum } from './forum.entity';

/** What happened to a forum, told to other features inside the transaction that did it. */
export type ForumChange =
  | { kind: 'PUBLISHED'; forum: Forum }
  | { kind: 'UPDATED'; forum: Forum; fields: string[] }
  | { kind: 'RESCHEDULED'; forum: Forum; previous: { startsAt: Date; endsAt: Date; timeZone: string; venueId: string | null; sequence: number } }
  | { kind: 'CANCELLED'; forum: Forum }
  | { kind: 'COMPLETED'; forum: Forum }
  /** People were marked present at a forum that has started or is completed (check-in, by the invitations feature). */
  | { kind: 'ATTENDED'; forum: Forum; contactIds: string[] };

export interface ForumChangeContext {
  manager: EntityManager;
  actor: Actor;
}

/** Outbox rows a handler wrote; queued by the forums service once the transaction commits. */
export type QueuedWork = { id: string; sendAfter: Date }[];

export type ForumChangeHandler = (change: ForumChange, context: ForumChangeContext) => Promise<QueuedWork | void>;

const FORUM_CHANGE_HANDLER = Symbol('FORUM_CHANGE_HANDLER');

/**
 * Marks a provider method as a `ForumChangeHandler`. Features that depend on forums
 * (invitations, surveys) react to forum changes this way, so the forums lib never
 * imports them: the dependency points one way only.
 */
export const OnForumChange = (): MethodDecorator => SetMetadata(FORUM_CHANGE_HANDLER, true);

/** Finds every `@OnForumChange()` method at start-up and runs them, in the caller's transaction. */
@Injectable()
export class ForumChangeNotifier implements OnModuleInit {
  private handlers: ForumChangeHandler[] = [];

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
  ) {}

  onModuleInit(): void {
    const handlers: ForumChangeHandler[] = [];
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance);
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        if (Reflect.getMetadata(FORUM_CHANGE_HANDLER, prototype[method])) handlers.push((prototype[method] as ForumChangeHandler).bind(instance));
      }
    }
    this.handlers = handlers;
  }

  /** Runs every handler in order; a handler's error rolls the whole change back. */
  async notify(change: ForumChange, context: ForumChangeContext): Promise<QueuedWork> {
    const queued: QueuedWork = [];
    for (const handler of this.handlers) queued.push(...((await handler(change, context)) ?? []));
    return queued;
  }
}
