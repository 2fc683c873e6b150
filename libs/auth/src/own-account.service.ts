import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull, Not } from 'typeorm';
import { Clock, InputError, StaffActor, errorText } from '@app/common';
import { AuditService } from '@app/audit';
import { StaffAccountsService } from '@app/staff';
import { RefreshSession } from './refresh-session.entity';
import { PasswordHasher } from './password-hasher';
import { AuthError } from './auth.errors';
import { AuthService } from './auth.service';

export interface PasswordChange {
  currentPassword: string;
  newPassword: string;
}

/** What signed-in staff do to their own account: change the password, end their other sessions. */
@Injectable()
export class OwnAccountService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly staff: StaffAccountsService,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly auth: AuthService,
  ) {}

  /**
   * The current password is required (each wrong one counted as a failed sign-in); the new one
   * follows the invitation's rules. This session stays signed in; every other session of the
   * person ends (a password is changed when someone else may know it). Returns how many ended.
   */
  async changePassword(actor: StaffActor, change: PasswordChange): Promise<number> {
    PasswordHasher.checkStrength(change.newPassword, 'input.newPassword');
    if (change.newPassword === change.currentPassword) {
      throw new InputError('input.newPassword', errorText('Choose a password different from the current one'), 'SAME_PASSWORD');
    }
    const passwordHash = await this.hasher.hash(change.newPassword);
    return this.dataSource.transaction(async (manager) => {
      const user = await this.staff.findActiveWithPassword(actor.userId, manager);
      if (!user) throw AuthError.sessionEnded();
      if (!(await this.auth.confirmPassword(user.email, user.passwordHash, change.currentPassword))) {
        throw new InputError('input.currentPassword', errorText('The current password is not right'), 'WRONG_PASSWORD');
      }
      await this.staff.setPassword(manager, user.id, passwordHash);
      const ended = await this.endOthersIn(manager, actor);
      await this.audit.record(manager, actor, {
        action: 'staff.password.change',
        entityType: 'StaffUser',
        entityId: user.id,
        summary: `${user.email} changed their password${ended ? `, signing out of ${ended} other session${ended === 1 ? '' : 's'}` : ''}`,
        changes: { otherSessionsEnded: ended },
      });
      return ended;
    });
  }

  /** Signs the caller out everywhere but this session; returns how many sessions ended. */
  async endOtherSessions(actor: StaffActor): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const ended = await this.endOthersIn(manager, actor);
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

  private async endOthersIn(manager: EntityManager, actor: StaffActor): Promise<number> {
    const result = await manager.update(RefreshSession, { userId: actor.userId, id: Not(actor.sessionId), revokedAt: IsNull() }, { revokedAt: this.clock.now() });
    return result.affected ?? 0;
  }
}
