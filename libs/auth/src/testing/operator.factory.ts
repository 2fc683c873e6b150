import { DataSource } from 'typeorm';
import { randomBytes } from 'node:crypto';
import { OperatorStatus, PlatformOperator } from '../platform-operator.entity';

/**
 * An active platform operator written straight to the database. No password unless
 * `overrides.passwordHash` gives one (@app/testing's createOperator gives TEST_PASSWORD's).
 */
export async function createOperator(dataSource: DataSource, overrides: Partial<PlatformOperator> = {}): Promise<PlatformOperator> {
  const repo = dataSource.getRepository(PlatformOperator);
  return repo.save(
    repo.create({
      name: `Operator ${randomBytes(3).toString('hex')}`,
      email: `operator-${randomBytes(5).toString('hex')}@test.example`,
      status: OperatorStatus.ACTIVE,
      ...overrides,
    }),
  );
}
