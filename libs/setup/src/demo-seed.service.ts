import { Injectable } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DEMO_SEED_PART, DemoSeedContributor, LANGUAGE_CODES, StaffRole, discoverProviders, systemActor } from '@app/common';
import { AgenciesService } from '@app/agencies';
import type { Agency } from '@app/agencies';
import { AuditService } from '@app/audit';
import { PasswordHasher } from '@app/auth';
import { StaffAccountsService } from '@app/staff';

export const DEMO_AGENCY_SLUG = 'riverside-pd';
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
    private readonly discovery: DiscoveryService,
  ) {}

  /** The features' `@DemoSeedPart` providers, by order (later ones may read what earlier ones wrote). */
  private parts(): DemoSeedContributor[] {
    return discoverProviders<number>(this.discovery, DEMO_SEED_PART)
      .sort((a, b) => a.meta - b.meta)
      .map(({ instance }) => instance as DemoSeedContributor);
  }

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
        enabledLanguages: [...LANGUAGE_CODES],
        mailSenderName: 'Riverside PD Community Engagement',
        mailSenderEmail: 'community@riverside-pd.example',
        branding: { primaryColor: '#1d4e89' },
      });
      const staff = await this.staffAccounts.createActive(manager, agency.id, STAFF, passwordHash);
      for (const part of this.parts()) await part.seed(manager, agency, staff);
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
