import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, IsNull, Not, Repository } from 'typeorm';
import { Clock, InputError, StaffActor, errorText } from '@app/common';
import { AuditService } from '@app/audit';
import { StaffAccountsService } from '@app/staff';
import { RefreshSession } from './refresh-session.entity';
import { PasswordHasher } from './password-hasher';
import { AuthError } from './auth.errors';

export interface PasswordChange {
  currentPassword: string;
  newPassword: string;
}

/** What signed-in staff do to their own account: change the password, end their other sessions. */
@Injectable()
export class OwnAccountService {
  constructor(
    @InjectRepository(RefreshSession) private readonly sessions: Repository<RefreshSession>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly staff: StaffAccountsService,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * The current password is required; the new one follows the invitation's rules. This
   * session stays signed in; the others are left alone (`endOtherSessions` ends them).
   */
  async changePassword(actor: StaffActor, change: PasswordChange): Promise<void> {
    PasswordHasher.checkStrength(change.newPassword, 'input.newPassword');
    if (change.newPassword === change.currentPassword) {
      throw new InputError('input.newPassword', errorText('Choose a password different from the current one'), 'SAME_PASSWORD');
    }
    const passwordHash = await this.hasher.hash(change.newPassword);
    await this.dataSource.transaction(async (manager) => {
      const user = await this.staff.findActiveWithPassword(actor.userId, manager);
      if (!user) throw AuthError.sessionEnded();
      if (!(await this.hasher.verify(user.passwordHash, change.currentPassword))) {
        throw new InputError('input.currentPassword', errorText('The current password is not right'), 'WRONG_PASSWORD');
      }
      await this.staff.setPassword(manager, user.id, passwordHash);
      await this.audit.record(manager, actor, {
        action: 'staff.password.change',
        entityType: 'StaffUser',
        entityId: user.id,
        summary: `${user.email} changed their password`,
      });
    });
  }

  /** Signs the caller out everywhere but this session; returns how many sessions ended. */
  async endOtherSessions(actor: StaffActor): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const result = await manager.update(
        RefreshSession,
        { userId: actor.userId, id: Not(actor.sessionId), revokedAt: IsNull() },
        { revokedAt: this.clock.now() },
      );
      const ended = result.affected ?? 0;
      await this.audit.record(manager, actor, {
        action: 'staff.sessions.end-others',
        entityType: 'StaffUser',
        entityId: actor.userId,
        summary: `${actor.email} signed out of ${ended} other session${ended === 1 ? '' : 's'}`,
        changes: { ended },
      });
      return ended;
    });
  }
}
