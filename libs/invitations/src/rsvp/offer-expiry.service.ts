import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock, systemActor } from '@app/common';
import { AuditService } from '@app/audit';
import { UnitOfWork } from '@app/events';
import { SeatAllocator } from './seat-allocator';
import { SeatChangeMailer } from './seat-change-mailer';
import { InvitationsRepository } from '../invitations.repository';

/** Waitlist offers whose window passed: the seat goes to the next in line. */
@Injectable()
export class OfferExpiryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly seats: SeatAllocator,
    private readonly mailer: SeatChangeMailer,
    private readonly audit: AuditService,
    private readonly invitations: InvitationsRepository,
    private readonly clock: Clock,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  /** Expires one offer if (and only if) the database says it is due; safe to repeat. */
  async expire(invitationId: string): Promise<boolean> {
    const row = await this.invitations.forumOf(this.dataSource.manager, invitationId);
    if (!row) return false;
    return this.unitOfWork.run(systemActor(row.agencyId, 'waitlist'), async (tx) => {
      const manager = tx.manager;
      const locked = await this.seats.lockForum(manager, row.forumId);
      const changes = await this.seats.expireOffer(manager, locked, invitationId);
      if (changes.length === 0) return false;
      await this.audit.record(manager, tx.actor, {
        action: 'rsvp.waitlist.offer_lapsed',
        entityType: 'Invitation',
        entityId: invitationId,
        summary: `A waitlist offer lapsed; ${changes.length - 1} next in line promoted or offered`,
      });
      const work = await this.mailer.write(manager, locked, changes);
      tx.afterCommit(() => this.mailer.dispatch(work));
      return true;
    });
  }

  async expireDue(): Promise<number> {
    const due = await this.invitations.lapsedOffers(this.dataSource.manager, this.clock.now(), 200);
    let expired = 0;
    for (const id of due) if (await this.expire(id)) expired++;
    return expired;
  }
}
