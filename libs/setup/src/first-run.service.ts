import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { randomBytes } from 'node:crypto';
import { StaffRole, systemActor } from '@app/common';
import { AgenciesService, Agency } from '@app/agencies';
import { AuditService } from '@app/audit';
import { OperatorAccountsService, PasswordHasher } from '@app/auth';
import { StaffStatus, StaffUser, normaliseEmail } from '@app/staff';
import { FIRST_RUN_ENV, FirstRunEnv } from './setup.tokens';

export interface FirstAdmin {
  agency: Agency;
  email: string;
  /** Only when we generated it: shown once, never stored in clear. */
  generatedPassword?: string;
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
    if ((await this.dataSource.getRepository(Agency).count()) > 0) return null;
    const password = this.env.ADMIN_PASSWORD ?? randomBytes(12).toString('base64url');
    PasswordHasher.checkStrength(password, 'ADMIN_PASSWORD');
    const passwordHash = await this.hasher.hash(password);
    const email = normaliseEmail(this.env.ADMIN_EMAIL ?? 'admin@liaison.local');
    return this.dataSource.transaction(async (manager) => {
      const agency = await this.agencies.create(manager, {
        name: this.env.AGENCY_NAME ?? 'My Police Department',
        slug: this.env.AGENCY_SLUG ?? 'my-pd',
        timeZone: this.env.AGENCY_TIME_ZONE ?? 'America/Chicago',
      });
      const admin = await manager.save(
        manager.create(StaffUser, { agencyId: agency.id, name: 'First Admin', email, role: StaffRole.ADMIN, status: StaffStatus.ACTIVE, passwordHash }),
      );
      await this.audit.record(manager, systemActor(agency.id, 'first-run setup'), {
        action: 'agency.create',
        entityType: 'Agency',
        entityId: agency.id,
        summary: `Created ${agency.name} and its first admin ${admin.email}`,
      });
      return { agency, email, generatedPassword: this.env.ADMIN_PASSWORD ? undefined : password };
    });
  }
}
