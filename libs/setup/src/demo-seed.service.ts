import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { StaffRole, systemActor } from '@app/common';
import { AgenciesService } from '@app/agencies';
import type { Agency } from '@app/agencies';
import { AuditService } from '@app/audit';
import { PasswordHasher } from '@app/auth';
import { StaffAccountsService } from '@app/staff';
import type { StaffUser } from '@app/staff';

export const DEMO_AGENCY_SLUG = 'riverside-pd';
/** Feature demo parts, in order (later ones may read what earlier ones wrote); see SetupModule. */
export const DEMO_SEED_CONTRIBUTORS = Symbol('DEMO_SEED_CONTRIBUTORS');
export const DEMO_PASSWORD = 'riverside-demo-2026';

const NEIGHBOURHOODS = ['Old Town', 'Northgate', 'Riverside Flats', 'Eastbrook', 'Harbor District', 'Westfield', 'Cedar Hill', 'University Park'];

const STAFF: { name: string; email: string; role: StaffRole }[] = [
  { name: 'Dana Whitfield', email: 'dana.whitfield@riverside-pd.example', role: StaffRole.ADMIN },
  { name: 'Officer Luis Ortega', email: 'luis.ortega@riverside-pd.example', role: StaffRole.LIAISON_OFFICER },
  { name: 'Officer Priya Raman', email: 'priya.raman@riverside-pd.example', role: StaffRole.LIAISON_OFFICER },
  { name: 'Sgt. Marcus Bell', email: 'marcus.bell@riverside-pd.example', role: StaffRole.LIAISON_OFFICER },
  { name: 'Grace Okafor', email: 'grace.okafor@riverside-pd.example', role: StaffRole.ANALYST },
];

export interface DemoSeedResult {
  created: boolean;
  agency: Agency;
  logins: { email: string; role: StaffRole }[];
}

/**
 * A realistic demo department. Idempotent: a second run finds the agency and changes
 * nothing. Feature libs add their part through `DemoSeedContributor`s.
 */
@Injectable()
export class DemoSeedService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly agencies: AgenciesService,
    private readonly audit: AuditService,
    private readonly hasher: PasswordHasher,
    private readonly staffAccounts: StaffAccountsService,
    @Inject(DEMO_SEED_CONTRIBUTORS) private readonly contributors: DemoSeedContributor[],
  ) {}

  async seed(): Promise<DemoSeedResult> {
    const logins = STAFF.map(({ email, role }) => ({ email, role }));
    const existing = await this.agencies.findBySlug(DEMO_AGENCY_SLUG);
    if (existing) return { created: false, agency: existing, logins };
    const passwordHash = await this.hasher.hash(DEMO_PASSWORD);
    const agency = await this.dataSource.transaction(async (manager) => {
      const agency = await this.agencies.create(manager, {
        name: 'Riverside Police Department',
        slug: DEMO_AGENCY_SLUG,
        timeZone: 'America/Chicago',
        neighbourhoods: NEIGHBOURHOODS,
        mailSenderName: 'Riverside PD Community Engagement',
        mailSenderEmail: 'community@riverside-pd.example',
        branding: { primaryColor: '#1d4e89' },
      });
      const staff = await this.staffAccounts.createActive(manager, agency.id, STAFF, passwordHash);
      for (const contributor of this.contributors) await contributor.seed(manager, agency, staff);
      await this.audit.record(manager, systemActor(agency.id, 'demo seed'), {
        action: 'demo.seed',
        entityType: 'Agency',
        entityId: agency.id,
        summary: 'Loaded the demo data',
      });
      return agency;
    });
    return { created: true, agency, logins };
  }
}

/** A feature's part of the demo, written in the same transaction as the agency. */
export interface DemoSeedContributor {
  seed(manager: EntityManager, agency: Agency, staff: StaffUser[]): Promise<void>;
}
