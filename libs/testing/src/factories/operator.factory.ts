import { DataSource } from 'typeorm';
import { randomBytes } from 'node:crypto';
import { OperatorStatus, PlatformOperator } from '@app/auth';
import { GraphQLClient } from '../graphql-client';
import { signIn, testPasswordHash } from './staff.factory';

/** An active platform operator with TEST_PASSWORD. */
export async function createOperator(dataSource: DataSource, overrides: Partial<PlatformOperator> = {}): Promise<PlatformOperator> {
  const repo = dataSource.getRepository(PlatformOperator);
  return repo.save(
    repo.create({
      name: `Operator ${randomBytes(3).toString('hex')}`,
      email: `operator-${randomBytes(5).toString('hex')}@test.example`,
      status: OperatorStatus.ACTIVE,
      passwordHash: await testPasswordHash(),
      ...overrides,
    }),
  );
}

/** Creates a platform operator and signs them in over GraphQL (the same `login` as staff). */
export async function createSignedInOperator(dataSource: DataSource, graphql: GraphQLClient): Promise<{ operator: PlatformOperator; token: string }> {
  const operator = await createOperator(dataSource);
  return { operator, token: await signIn(graphql, operator.email) };
}
