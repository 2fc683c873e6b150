import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { randomBytes } from 'node:crypto';
import { StaffRole, systemActor } from '@app/common';
import { AgenciesService } from '@app/agencies';
import type { Agency } from '@app/agencies';
import { AuditService } from '@app/audit';
import { OperatorAccountsService, PasswordHasher } from '@app/auth';
import { StaffAccountsService, normaliseEmail } from '@app/staff';
import { FIRST_RUN_ENV, FirstRunEnv } from './setup.tokens';

export interface FirstAdmin {
  /** The agency the account belongs to (and signs in to). */
  agency: Agency;
  email: string;
  /** Only when we generated it: shown once, never stored in clear. */
  generatedPassword?: string;
  /** The account was there already (a later start): nothing was created, no password is shown. */
  existing?: boolean;
}

export interface FirstOperator {
  email: string;
  /** Only when we generated it: shown once, never stored in clear. */
  generatedPassword?: string;
}

/** On an empty database: one agency and one admin, so a newcomer can act at once; and a platform operator. */
@Injectable()
export class FirstRunService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(FIRST_RUN_ENV) private readonly env: FirstRunEnv,
    private readonly agencies: AgenciesService,
    private readonly audit: AuditService,
    private readonly hasher: PasswordHasher,
    private readonly operators: OperatorAccountsService,
    private readonly staffAccounts: StaffAccountsService,
  ) {}

  /** A platform operator when there is none yet (a first start, or the first start after upgrading). */
  async ensureOperator(): Promise<FirstOperator | null> {
    if ((await this.operators.count()) > 0) return null;
    const { operator, generatedPassword } = await this.operators.create(
      { email: this.env.OPERATOR_EMAIL ?? 'operator@liaison.local', password: this.env.OPERATOR_PASSWORD },
      { email: 'OPERATOR_EMAIL', password: 'OPERATOR_PASSWORD' },
    );
    return { email: operator.email, generatedPassword };
  }

  async ensureFirstAgency(): Promise<FirstAdmin | null> {
    if (await this.agencies.hasAny()) return null;
    const { password, passwordHash } = await this.adminPassword();
    return this.dataSource.transaction(async (manager) => {
      const agency = await this.agencies.create(manager, {
        name: this.env.AGENCY_NAME ?? 'My Police Department',
        slug: this.env.AGENCY_SLUG ?? 'my-pd',
        timeZone: this.env.AGENCY_TIME_ZONE ?? 'America/Chicago',
      });
      const email = await this.createAdmin(manager, agency, passwordHash, 'agency.create', `Created ${agency.name} and its first admin`);
      return { agency, email, generatedPassword: password };
    });
  }

  /**
   * With demo data (`npm start -- --demo`): the ADMIN_EMAIL admin joins the given (demo) agency
   * instead of a second, empty agency, so the newcomer signs in to the demo's data. Without
   * ADMIN_EMAIL nothing is created (the demo's own accounts sign in). An address that already
   * has an account is left as it is, and the agency it belongs to is reported.
   */
  async ensureAdminOf(agency: Agency): Promise<FirstAdmin | null> {
    if (!this.env.ADMIN_EMAIL) return null;
    const email = normaliseEmail(this.env.ADMIN_EMAIL);
    const found = await this.staffAccounts.findByEmail(email);
    if (found) return { agency: await this.agencies.get(found.agencyId), email, existing: true };
    const { password, passwordHash } = await this.adminPassword();
    await this.dataSource.transaction((manager) => this.createAdmin(manager, agency, passwordHash, 'staff.admin.create', `Added to ${agency.name} the admin from ADMIN_EMAIL,`));
    return { agency, email, generatedPassword: password };
  }

  /** ADMIN_PASSWORD, or a generated one (returned only then, to be shown once). */
  private async adminPassword(): Promise<{ password?: string; passwordHash: string }> {
    const password = this.env.ADMIN_PASSWORD ?? randomBytes(12).toString('base64url');
    PasswordHasher.checkStrength(password, 'ADMIN_PASSWORD');
    return { password: this.env.ADMIN_PASSWORD ? undefined : password, passwordHash: await this.hasher.hash(password) };
  }

  /** The admin named by ADMIN_EMAIL (else admin@liaison.local) in `agency`, audited as `action` with `summary` and the address. */
  private async createAdmin(manager: EntityManager, agency: Agency, passwordHash: string, action: string, summary: string): Promise<string> {
    const email = normaliseEmail(this.env.ADMIN_EMAIL ?? 'admin@liaison.local');
    await this.staffAccounts.createActive(manager, agency.id, [{ name: 'First Admin', email, role: StaffRole.ADMIN }], passwordHash);
    await this.audit.record(manager, systemActor(agency.id, 'first-run setup'), {
      action,
      entityType: 'Agency',
      entityId: agency.id,
      summary: `${summary} ${email}`,
    });
    return email;
  }
}
