import { DataSource } from 'typeorm';
import type { PlatformOperator } from '@app/auth';
import { createOperator as createOperatorRow } from '@app/auth/testing';
import { GraphQLClient } from '../graphql-client';
import { signIn, testPasswordHash } from './staff.factory';

/** An active platform operator with TEST_PASSWORD. */
export async function createOperator(dataSource: DataSource, overrides: Partial<PlatformOperator> = {}): Promise<PlatformOperator> {
  return createOperatorRow(dataSource, { passwordHash: await testPasswordHash(), ...overrides });
}

/** Creates a platform operator and signs them in over GraphQL (the same `login` as staff). */
export async function createSignedInOperator(dataSource: DataSource, graphql: GraphQLClient): Promise<{ operator: PlatformOperator; token: string }> {
  const operator = await createOperator(dataSource);
  return { operator, token: await signIn(graphql, operator.email) };
}
