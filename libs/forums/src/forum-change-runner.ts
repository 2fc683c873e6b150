import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '@app/common';
import { OutboxService } from '@app/mail';
import { ForumChange, ForumChangeNotifier, QueuedWork } from './forum-change';
import { Booking, ForumConflicts, isDeadlock, isDoubleBooking } from './forum-conflicts';

/** One forum change in progress: its transaction, and what it tells other features. */
export interface ForumTransaction {
  manager: EntityManager;
  actor: Actor;
  /** Tells the dependent features (invitations, surveys) inside this transaction. */
  notify(change: ForumChange): Promise<void>;
  /** The booking this change writes, so a double booking the database refuses can be explained. */
  booking?: Booking;
  bookingFields?: { venue: string; hosts: string };
}

/**
 * Runs a forum change: one transaction for the change, its audit entry and whatever the
 * dependent features write; their outbox rows are queued only after commit. A double
 * booking refused by the exclusion constraints becomes the same CONFLICT the service's
 * own check gives, naming the forum that won.
 */
@Injectable()
export class ForumChangeRunner {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifier: ForumChangeNotifier,
    private readonly outbox: OutboxService,
    private readonly conflicts: ForumConflicts,
  ) {}

  async run<T>(actor: Actor, work: (tx: ForumTransaction) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const queued: QueuedWork = [];
      let tx: ForumTransaction | undefined;
      let result: T;
      try {
        result = await this.dataSource.transaction(async (manager) => {
          tx = {
            manager,
            actor,
            notify: async (change) => {
              queued.push(...(await this.notifier.notify(change, { manager, actor })));
            },
          };
          return work(tx);
        });
      } catch (error) {
        // Two overlapping bookings inserted at the same instant can wait on each other's
        // exclusion check; PostgreSQL then fails one with a deadlock. The whole change rolled
        // back, so run it again: it now waits for the winner and meets the usual conflict.
        if (isDeadlock(error) && attempt < 3) continue;
        if ((isDoubleBooking(error) || isDeadlock(error)) && tx?.booking) throw await this.conflicts.explainDoubleBooking(tx.booking, tx.bookingFields);
        throw error;
      }
      if (queued.length) await this.outbox.dispatch(queued);
      return result;
    }
  }
}
