import { SetMetadata } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { StaffRole } from '../auth/staff-role';

export const DEMO_SEED_PART = Symbol('DEMO_SEED_PART');

/** The demo agency, as a feature's demo part needs it. */
export interface DemoAgency {
  id: string;
  name: string;
  slug: string;
  timeZone: string;
}

/** A demo staff member, as a feature's demo part needs it. */
export interface DemoStaffMember {
  id: string;
  name: string;
  email: string;
  role: StaffRole;
}

/** A feature's part of the demo, written in the same transaction as the agency. */
export interface DemoSeedContributor {
  seed(manager: EntityManager, agency: DemoAgency, staff: DemoStaffMember[]): Promise<void>;
}

/**
 * Marks a provider as a feature's demo part. The setup lib finds every one at start-up and
 * runs them by `order` (later parts may read what earlier ones wrote), so setup never
 * imports a feature lib: each feature offers a small `<Feature>DemoModule` holding its part.
 */
export const DemoSeedPart = (order: number): ClassDecorator => SetMetadata(DEMO_SEED_PART, order);
