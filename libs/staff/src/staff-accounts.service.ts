import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { Clock, StaffRole } from '@app/common';
import { StaffStatus, StaffUser } from './staff-user.entity';

/** Someone to add as active staff with a password already set (first start, the demo). */
export interface ActiveStaffMember {
  name: string;
  email: string;
  role: StaffRole;
}

/**
 * Staff rows as other libs need them: auth signs people in, forums names its hosts, setup
 * creates the first admin. No mail and no queue, so the setup context can use it.
 * Methods taking an `EntityManager` run inside the caller's transaction.
 */
@Injectable()
export class StaffAccountsService {
  constructor(
    @InjectRepository(StaffUser) private readonly users: Repository<StaffUser>,
    private readonly clock: Clock,
  ) {}

  /** Staff of one agency by id, in one query; unknown ids (or another agency's) are absent. */
  findByIds(agencyId: string, ids: readonly string[], manager: EntityManager = this.users.manager): Promise<StaffUser[]> {
    return ids.length ? manager.findBy(StaffUser, { agencyId, id: In([...ids]) }) : Promise.resolve([]);
  }

  /** The account behind an (already normalised) address, whatever its status. */
  findByEmail(email: string): Promise<StaffUser | null> {
    return this.users.findOneBy({ email });
  }

  /** An active staff member by id, or null (deactivated, invited or unknown). */
  findActive(id: string): Promise<StaffUser | null> {
    return this.users.findOneBy({ id, status: StaffStatus.ACTIVE });
  }

  /** The account behind an address with its password hash (selected only here), for signing in. */
  findForSignIn(email: string): Promise<StaffUser | null> {
    return this.users.createQueryBuilder('u').addSelect('u.passwordHash').where('u.email = :email', { email }).getOne();
  }

  /** An active staff member by id with the password hash (selected only here and for signing in). */
  findActiveWithPassword(id: string, manager: EntityManager = this.users.manager): Promise<StaffUser | null> {
    return manager
      .createQueryBuilder(StaffUser, 'u')
      .addSelect('u.passwordHash')
      .setLock('pessimistic_write')
      .where('u.id = :id AND u.status = :status', { id, status: StaffStatus.ACTIVE })
      .getOne();
  }

  /** A new password for an active account, in the caller's transaction. */
  async setPassword(manager: EntityManager, id: string, passwordHash: string): Promise<void> {
    await manager.update(StaffUser, { id }, { passwordHash });
  }

  async recordSignIn(id: string, at: Date): Promise<void> {
    await this.users.update({ id }, { lastLoginAt: at });
  }

  /** The invited account a live invitation token (by its hash) belongs to, locked until the caller's transaction ends. */
  findInvitedForUpdate(manager: EntityManager, tokenHash: string): Promise<StaffUser | null> {
    return manager
      .createQueryBuilder(StaffUser, 'u')
      .setLock('pessimistic_write')
      .where('u.inviteTokenHash = :hash AND u.status = :status AND u.inviteExpiresAt > :now', { hash: tokenHash, status: StaffStatus.INVITED, now: this.clock.now() })
      .getOne();
  }

  /** The console language an invited member was given (by their invitation token's hash); null when none or no such invitation. */
  async invitedLanguage(tokenHash: string): Promise<string | null> {
    const user = await this.users.findOne({ select: { id: true, preferredLanguage: true }, where: { inviteTokenHash: tokenHash, status: StaffStatus.INVITED } });
    return user?.preferredLanguage ?? null;
  }

  /** Completes an invitation: the password is set once and the account becomes active. */
  async activateInvited(manager: EntityManager, id: string, passwordHash: string): Promise<void> {
    await manager.update(StaffUser, { id }, { passwordHash, status: StaffStatus.ACTIVE, inviteTokenHash: null, inviteExpiresAt: null });
  }

  /** Active staff with a password already set, in the caller's transaction (first start, the demo). */
  createActive(manager: EntityManager, agencyId: string, people: ActiveStaffMember[], passwordHash: string): Promise<StaffUser[]> {
    return manager.save(people.map((person) => manager.create(StaffUser, { ...person, agencyId, status: StaffStatus.ACTIVE, passwordHash })));
  }
}
