import { DataSource } from 'typeorm';
import { randomBytes } from 'node:crypto';
import { StaffRole } from '@app/common';
import { StaffStatus, StaffUser } from '../staff-user.entity';

/**
 * An active staff member written straight to the database. No password unless
 * `overrides.passwordHash` gives one (@app/testing's createStaff gives TEST_PASSWORD's).
 */
export async function createStaff(dataSource: DataSource, agencyId: string, role: StaffRole, overrides: Partial<StaffUser> = {}): Promise<StaffUser> {
  const repo = dataSource.getRepository(StaffUser);
  return repo.save(
    repo.create({
      agencyId,
      name: `${role.toLowerCase()} ${randomBytes(3).toString('hex')}`,
      email: `${role.toLowerCase()}-${randomBytes(5).toString('hex')}@test.example`,
      role,
      status: StaffStatus.ACTIVE,
      ...overrides,
    }),
  );
}
