import { pgError } from './pg-errors';

/**
 * SQLSTATE 40001 (a REPEATABLE READ or SERIALIZABLE transaction met a row changed since its
 * snapshot) and 40P01 (chosen as a deadlock's victim): PostgreSQL asks for the whole
 * transaction to be run again, and it will usually pass the second time.
 */
export function isTransactionConflict(err: unknown): boolean {
  const { code } = pgError(err);
  return code === '40001' || code === '40P01';
}

/**
 * Runs `transaction` (a whole transaction: it begins, and commits or rolls back, inside) again
 * when PostgreSQL refuses it as a conflict, up to `attempts` runs in all; any other error, or
 * the last conflict, is thrown.
 */
export async function retryOnConflict<T>(transaction: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await transaction();
    } catch (error) {
      if (attempt >= attempts || !isTransactionConflict(error)) throw error;
    }
  }
}
