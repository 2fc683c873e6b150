import { Injectable } from '@nestjs/common';
import { Actor } from '@app/common';
import { UnitOfWork, UnitOfWorkContext } from '@app/events';
import type { ForumChange } from './forums.events';
import { Booking, ForumConflicts, isDeadlock, isDoubleBooking } from './forum-conflicts';

/** One forum change in progress: a unit of work that can also explain a refused booking. */
export interface ForumTransaction extends UnitOfWorkContext {
  /** Tells the dependent features (invitations, surveys) inside this transaction: emits `forum.changed`. */
  notify(change: ForumChange): Promise<void>;
  /** The booking this change writes, so a double booking the database refuses can be explained. */
  booking?: Booking;
  bookingFields?: { venue: string; hosts: string };
}

/**
 * Runs a forum change as a unit of work (the change, its audit entry and whatever the
 * dependent features write, in one transaction; their mail queued after commit). A double
 * booking refused by the exclusion constraints becomes the same CONFLICT the service's own
 * check gives, naming the forum that won.
 */
@Injectable()
export class ForumChangeRunner {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly conflicts: ForumConflicts,
  ) {}

  async run<T>(actor: Actor, work: (tx: ForumTransaction) => Promise<T>): Promise<T> {
    let tx: ForumTransaction | undefined;
    try {
      return await this.unitOfWork.run(
        actor,
        (unit) => {
          tx = Object.assign(unit, { notify: (change: ForumChange) => unit.emit('forum.changed', change) });
          return work(tx);
        },
        // Two overlapping bookings inserted at the same instant can wait on each other's
        // exclusion check; PostgreSQL then fails one with a deadlock. The whole change rolled
        // back, so run it again: it now waits for the winner and meets the usual conflict.
        { retryOn: (error, attempt) => isDeadlock(error) && attempt < 3 },
      );
    } catch (error) {
      if ((isDoubleBooking(error) || isDeadlock(error)) && tx?.booking) throw await this.conflicts.explainDoubleBooking(tx.booking, tx.bookingFields);
      throw error;
    }
  }
}
