import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { Clock } from '@app/common';
import { OnEvent, UnitOfWorkContext } from '@app/events';
import type { StaffDeactivated } from '@app/staff';
import { RefreshSession } from './refresh-session.entity';

/** Sessions are auth's: a deactivated staff member's open ones end in the deactivating transaction. */
@Injectable()
export class StaffSessionsListener {
  constructor(private readonly clock: Clock) {}

  @OnEvent('staff.deactivated')
  async endSessions(event: StaffDeactivated, tx: UnitOfWorkContext): Promise<void> {
    await tx.manager.update(RefreshSession, { userId: event.staffUserId, revokedAt: IsNull() }, { revokedAt: this.clock.now() });
  }
}
