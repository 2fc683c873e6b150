import { DataSource } from 'typeorm';
import { randomUUID } from 'node:crypto';
import { StaffActor, StaffRole } from '@app/common';
import type { Agency } from '@app/agencies';
import { createAgency } from '@app/agencies/testing';
import { PasswordHasher } from '@app/auth';
import type { StaffUser } from '@app/staff';
import { createStaff as createStaffRow } from '@app/staff/testing';
import { GraphQLClient } from '../graphql-client';

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
  return createStaffRow(dataSource, agencyId, role, { passwordHash: await testPasswordHash(), ...overrides });
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
