import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type Actor, retrying } from '@app/common';
import { EventBus } from './event-bus';
import type { UnitOfWorkContext } from './unit-of-work-context';

export interface UnitOfWorkOptions {
  /** Whether a failed attempt should run again from the start (e.g. a deadlock); `attempt` counts from 1. */
  retryOn?: (error: unknown, attempt: number) => boolean;
}

/**
 * Runs a change as one transaction: the change, everything its events' handlers write, and
 * nothing else. What the change owes outside the database (mail, jobs) is queued by the
 * after-commit tasks, only once the transaction has committed; an attempt that rolls back
 * (or is retried) leaves none of its tasks behind.
 */
@Injectable()
export class UnitOfWork {
  private readonly logger = new Logger(UnitOfWork.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly bus: EventBus,
  ) {}

  async run<T>(actor: Actor, work: (tx: UnitOfWorkContext) => Promise<T>, options: UnitOfWorkOptions = {}): Promise<T> {
    let tasks: (() => Promise<unknown>)[] = [];
    const result = await retrying(
      () => {
        tasks = []; // a retried attempt starts with none of the failed one's tasks
        return this.dataSource.transaction(async (manager) => {
          const tx: UnitOfWorkContext = {
            manager,
            actor,
            emit: (name, payload) => this.bus.publish(name, payload, tx),
            afterCommit: (task) => void tasks.push(task),
          };
          return work(tx);
        });
      },
      (error, attempt) => options.retryOn?.(error, attempt) ?? false,
    );
    for (const task of tasks) {
      try {
        await task();
      } catch (error) {
        this.logger.warn(`An after-commit task failed; the sweep that owns its work will redo it: ${error}`);
      }
    }
    return result;
  }
}
