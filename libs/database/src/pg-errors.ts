/** PostgreSQL's SQLSTATE and constraint name of a failed query (TypeORM wraps the driver's error). */
export function pgError(err: unknown): { code?: string; constraint?: string } {
  const e = err as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  return { code: e?.driverError?.code ?? e?.code, constraint: e?.driverError?.constraint ?? e?.constraint };
}

/** True when a unique index or check named here refused the row (also under races). */
export function isUniqueViolation(err: unknown, constraints: readonly string[]): boolean {
  const { code, constraint } = pgError(err);
  return code === '23505' && constraint !== undefined && constraints.includes(constraint);
}

/**
 * An email names one account across staff and platform operators: the unique indexes of both
 * tables and the trigger that checks one table against the other.
 */
export const ACCOUNT_EMAIL_CONSTRAINTS = ['staff_users_email_key', 'platform_operators_email_key', 'account_email_unique'] as const;
