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
