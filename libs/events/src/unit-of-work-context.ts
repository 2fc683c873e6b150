import type { EntityManager } from 'typeorm';
import type { Actor } from '@app/common';
import type { EventMap, EventName } from './event-map';

/** One unit of work in progress: its transaction, who acts, and what it tells and owes. */
export interface UnitOfWorkContext {
  readonly manager: EntityManager;
  readonly actor: Actor;
  /** Runs every handler of `name` now, in this transaction. */
  emit<K extends EventName>(name: K, payload: EventMap[K]): Promise<void>;
  /**
   * Runs `task` once the transaction has committed (never if it rolls back): queuing the
   * mail and jobs the change owes. The rows they stand for are already written, so a task
   * that fails is logged and left to the sweep that owns that work.
   */
  afterCommit(task: () => Promise<unknown>): void;
}
