import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { Clock, InputError, NotFoundError, isLanguageCode, unknownLanguage, OperatorInAgency, PageArgs, StaffActor, StaffRole, SystemActor, generateToken, hashToken, paginate, whereContainsText, errorText } from '@app/common';
import { APP_CONFIG, AppConfig } from '@app/config';
import { AuditService } from '@app/audit';
import { AgenciesService } from '@app/agencies';
import type { Agency } from '@app/agencies';
import { ACCOUNT_EMAIL_CONSTRAINTS, isUniqueViolation } from '@app/database';
import { OutboxService, QueuedEmail } from '@app/mail';
import { formatDateTime, languageOf, requireLanguageCode } from '@app/i18n';
import { UnitOfWork } from '@app/events';
import type { StaffDeactivated } from './staff.events';
import { StaffStatus, StaffUser, normaliseEmail } from './staff-user.entity';
import { StaffError } from './staff.errors';

export interface StaffInvite {
  name: string;
  email: string;
  role: StaffRole;
  /** Their console language (a code Liaison ships); it also chooses the invitation email's and page's language. Left out: follow the browser (the email in English). */
  preferredLanguage?: string | null;
}

export interface StaffCounts {
  active: number;
  invited: number;
  lastSignInAt: Date | null;
}

export interface StaffFilter {
  role?: StaffRole;
  status?: StaffStatus;
  /** Words in the name or email (a host picker's search). */
  text?: string;
}

@Injectable()
export class StaffService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectRepository(StaffUser) private readonly users: Repository<StaffUser>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly agencies: AgenciesService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  list(actor: StaffActor, filter: StaffFilter, page: PageArgs) {
    const query = this.users.createQueryBuilder('user').where('user.agencyId = :agencyId', { agencyId: actor.agencyId });
    if (filter.role) query.andWhere('user.role = :role', { role: filter.role });
    if (filter.status) query.andWhere('user.status = :status', { status: filter.status });
    whereContainsText(query, ['user.name', 'user.email'], filter.text);
    return paginate(query, page, { property: 'createdAt', direction: 'DESC' });
  }

  /** Scoped to the caller's agency: another agency's id is simply not found. */
  async get(actor: Pick<StaffActor, 'agencyId'>, id: string): Promise<StaffUser> {
    const user = await this.users.findOneBy({ id, agencyId: actor.agencyId });
    if (!user) throw new NotFoundError('StaffUser', id);
    return user;
  }

  async invite(actor: StaffActor, invite: StaffInvite): Promise<StaffUser> {
    const agency = await this.agencies.get(actor.agencyId);
    const inviter = await this.get(actor, actor.userId);
    return this.unitOfWork.run(actor, async (tx) => {
      const { user, message } = await this.inviteIn(tx.manager, agency, invite, inviter.name, actor);
      this.outbox.dispatchAfterCommit(tx, [message]);
      return user;
    });
  }

  /**
   * A new agency's first admin, invited by a platform operator inside the transaction that
   * creates the agency (the caller dispatches the email after commit).
   */
  inviteFirstAdmin(manager: EntityManager, agency: Agency, invite: Omit<StaffInvite, 'role'>, inviterName: string, by: OperatorInAgency | SystemActor) {
    return this.inviteIn(manager, agency, { ...invite, role: StaffRole.ADMIN }, inviterName, by, { email: 'input.adminEmail', language: 'input.adminPreferredLanguage', name: 'input.adminName' });
  }

  /** Active and invited staff and their latest sign-in, per agency (for the platform operator's list). */
  async countsByAgency(agencyIds: string[]): Promise<Map<string, StaffCounts>> {
    const rows: { agency_id: string; active: number; invited: number; last_sign_in_at: Date | null }[] = agencyIds.length
      ? await this.users
          .createQueryBuilder('u')
          .select('u.agencyId', 'agency_id')
          .addSelect('count(*) FILTER (WHERE u.status = :active)::int', 'active')
          .addSelect('count(*) FILTER (WHERE u.status = :invited)::int', 'invited')
          .addSelect('max(u.lastLoginAt)', 'last_sign_in_at')
          .where('u.agencyId IN (:...agencyIds)', { agencyIds, active: StaffStatus.ACTIVE, invited: StaffStatus.INVITED })
          .groupBy('u.agencyId')
          .getRawMany()
      : [];
    const counts = new Map(agencyIds.map((id) => [id, { active: 0, invited: 0, lastSignInAt: null } as StaffCounts]));
    for (const row of rows) counts.set(row.agency_id, { active: row.active, invited: row.invited, lastSignInAt: row.last_sign_in_at });
    return counts;
  }

  private async inviteIn(
    manager: EntityManager,
    agency: Agency,
    invite: StaffInvite,
    inviterName: string,
    by: StaffActor | OperatorInAgency | SystemActor,
    fields = { email: 'input.email', language: 'input.preferredLanguage', name: 'input.name' },
  ): Promise<{ user: StaffUser; message: QueuedEmail }> {
    // Spaces alone are no name: the console, the audit log and every email would show a blank.
    if (!invite.name.trim()) throw new InputError(fields.name, errorText('must not be empty'));
    const email = normaliseEmail(invite.email);
    const emailField = fields.email;
    const preferredLanguage = invite.preferredLanguage == null ? null : requireLanguageCode(invite.preferredLanguage, fields.language);
    const language = languageOf(preferredLanguage);
    const token = generateToken();
    const expiresAt = new Date(this.clock.now().getTime() + this.config.STAFF_INVITE_TTL_SECONDS * 1000);
    if (await manager.existsBy(StaffUser, { email })) throw StaffError.emailTaken(emailField);
    // The trigger shared with platform operators' addresses (or a racing invite) may still refuse it.
    const user = await manager
      .save(
        manager.create(StaffUser, {
          agencyId: agency.id,
          name: invite.name.trim(),
          email,
          role: invite.role,
          status: StaffStatus.INVITED,
          inviteTokenHash: hashToken(token),
          inviteExpiresAt: expiresAt,
          preferredLanguage,
        }),
      )
      .catch((error) => {
        throw isUniqueViolation(error, ACCOUNT_EMAIL_CONSTRAINTS) ? StaffError.emailTaken(emailField) : error;
      });
    const message = await this.outbox.add(manager, {
      agencyId: agency.id,
      kind: 'staff-invitation',
      to: email,
      template: 'staff-invitation',
      language,
      senderName: agency.mailSenderName ?? agency.name,
      replyTo: agency.mailSenderEmail ?? undefined,
      branding: { agencyName: agency.name, ...agency.branding },
      data: {
        name: user.name,
        inviterName,
        role: invite.role,
        link: `${this.config.PUBLIC_URL}/staff/invitation/${token}`,
        expiresAt: formatDateTime(expiresAt, agency.timeZone, language),
      },
    });
    await this.audit.record(manager, by, {
      action: 'staff.invite',
      entityType: 'StaffUser',
      entityId: user.id,
      summary: `Invited ${email} as ${invite.role}`,
      changes: { email, role: invite.role },
    });
    return { user, message };
  }

  async changeRole(actor: StaffActor, id: string, role: StaffRole): Promise<StaffUser> {
    return this.dataSource.transaction(async (manager) => {
      const user = await this.lockInAgency(manager, actor, id);
      if (user.role === role) return user;
      if (user.role === StaffRole.ADMIN) await this.ensureAnotherAdmin(manager, actor.agencyId, id);
      const from = user.role;
      user.role = role;
      await manager.save(user);
      await this.audit.record(manager, actor, {
        action: 'staff.role.change',
        entityType: 'StaffUser',
        entityId: id,
        summary: `Changed ${user.email} from ${from} to ${role}`,
        changes: { role: { from, to: role } },
      });
      return user;
    });
  }

  /** The signed-in staff member's own name (any role may change their own). */
  async renameSelf(actor: StaffActor, name: string): Promise<StaffUser> {
    const trimmed = name.trim();
    if (!trimmed) throw new InputError('input.name', errorText('Give your name'));
    return this.updateOwnProfile(actor, 'name', trimmed, 'name');
  }

  /** The caller's console language (a code Liaison ships), or null to follow the browser. */
  async setOwnLanguage(actor: StaffActor, language: string | null): Promise<StaffUser> {
    const code = language === null ? null : language.trim();
    if (code !== null && !isLanguageCode(code)) throw unknownLanguage(code, 'language');
    return this.updateOwnProfile(actor, 'preferredLanguage', code, 'console language');
  }

  /** One field of the caller's own profile, audited when it changes. */
  private updateOwnProfile<K extends 'name' | 'preferredLanguage'>(actor: StaffActor, key: K, value: StaffUser[K], what: string): Promise<StaffUser> {
    return this.dataSource.transaction(async (manager) => {
      const user = await this.lockInAgency(manager, actor, actor.userId);
      if (user[key] === value) return user;
      const from = user[key];
      user[key] = value;
      await manager.save(user);
      await this.audit.record(manager, actor, {
        action: 'staff.profile.update',
        entityType: 'StaffUser',
        entityId: user.id,
        summary: `${user.email} changed their ${what}`,
        changes: { [key]: { from, to: value } },
      });
      return user;
    });
  }

  /** Deactivation also ends every session the person has open (auth does, on `staff.deactivated`). */
  async deactivate(actor: StaffActor, id: string): Promise<StaffUser> {
    return this.unitOfWork.run(actor, async (tx) => {
      const { manager } = tx;
      const user = await this.lockInAgency(manager, actor, id);
      if (user.status === StaffStatus.DEACTIVATED) return user;
      if (user.role === StaffRole.ADMIN) await this.ensureAnotherAdmin(manager, actor.agencyId, id);
      user.status = StaffStatus.DEACTIVATED;
      await manager.save(user);
      await tx.emit('staff.deactivated', { staffUserId: id, agencyId: actor.agencyId } satisfies StaffDeactivated);
      await this.audit.record(manager, actor, {
        action: 'staff.deactivate',
        entityType: 'StaffUser',
        entityId: id,
        summary: `Deactivated ${user.email}`,
      });
      return user;
    });
  }

  private async lockInAgency(manager: EntityManager, actor: StaffActor, id: string): Promise<StaffUser> {
    const user = await manager.findOne(StaffUser, { where: { id, agencyId: actor.agencyId }, lock: { mode: 'pessimistic_write' } });
    if (!user) throw new NotFoundError('StaffUser', id);
    return user;
  }

  private async ensureAnotherAdmin(manager: EntityManager, agencyId: string, exceptId: string): Promise<void> {
    // Lock the agency's admins so two concurrent demotions cannot both pass this check.
    const admins = await manager
      .createQueryBuilder(StaffUser, 'u')
      .select('u.id')
      .setLock('pessimistic_write')
      .where('u.agencyId = :agencyId AND u.role = :role AND u.status = :status AND u.id <> :exceptId', {
        agencyId,
        role: StaffRole.ADMIN,
        status: StaffStatus.ACTIVE,
        exceptId,
      })
      .getMany();
    if (admins.length === 0) throw StaffError.lastAdmin();
  }
}
