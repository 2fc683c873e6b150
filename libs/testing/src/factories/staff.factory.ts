import { DataSource } from 'typeorm';
import { randomBytes, randomUUID } from 'node:crypto';
import { StaffActor, StaffRole } from '@app/common';
import { Agency } from '@app/agencies';
import { PasswordHasher } from '@app/auth';
import { StaffStatus, StaffUser } from '@app/staff';
import { GraphQLClient } from '../graphql-client';
import { createAgency } from './agency.factory';

export const TEST_PASSWORD = 'correct-horse-battery-staple';
let cachedHash: Promise<string> | undefined;

export interface SignedInStaff {
  user: StaffUser;
  token: string;
}

/** TEST_PASSWORD's hash, computed once per run to keep tests quick. */
export function testPasswordHash(): Promise<string> {
  cachedHash ??= new PasswordHasher().hash(TEST_PASSWORD);
  return cachedHash;
}

/** An active staff member with TEST_PASSWORD. */
export async function createStaff(dataSource: DataSource, agencyId: string, role: StaffRole, overrides: Partial<StaffUser> = {}) {
  const repo = dataSource.getRepository(StaffUser);
  return repo.save(
    repo.create({
      agencyId,
      name: `${role.toLowerCase()} ${randomBytes(3).toString('hex')}`,
      email: `${role.toLowerCase()}-${randomBytes(5).toString('hex')}@test.example`,
      role,
      status: StaffStatus.ACTIVE,
      passwordHash: await testPasswordHash(),
      ...overrides,
    }),
  );
}

export async function signIn(graphql: GraphQLClient, email: string, password = TEST_PASSWORD): Promise<string> {
  const data = await graphql.data<{ login: { accessToken: string } }>(
    `mutation($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { accessToken } }`,
    { email, password },
  );
  return data.login.accessToken;
}

/** Creates a staff member and signs them in over GraphQL. */
export async function createSignedInStaff(dataSource: DataSource, graphql: GraphQLClient, agencyId: string, role: StaffRole): Promise<SignedInStaff> {
  const user = await createStaff(dataSource, agencyId, role);
  return { user, token: await signIn(graphql, user.email) };
}

/** A new agency and one of its staff, as the actor that services take (for tests that call lib services directly). */
export async function createStaffActor(dataSource: DataSource, role = StaffRole.LIAISON_OFFICER, agency: Partial<Agency> = {}): Promise<StaffActor> {
  const { id: agencyId } = await createAgency(dataSource, agency);
  const staff = await createStaff(dataSource, agencyId, role);
  return { kind: 'STAFF', userId: staff.id, agencyId, role, sessionId: randomUUID(), email: staff.email };
}
