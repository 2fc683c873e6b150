import { isNetworkErrorCode } from '@app/common';

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

/** The pg driver's own words when a connection ends or cannot be had. */
const CONNECTION_MESSAGES = /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection ended)/;

/**
 * True when PostgreSQL could not be reached or dropped the connection — a restart, a failover, a
 * full server (SQLSTATE classes 08 and 57P0x, 53300) — rather than refusing the query itself.
 * The edge answers these with "briefly unavailable, try again" instead of an internal error.
 */
export function isDatabaseOutage(err: unknown): boolean {
  const { code } = pgError(err);
  if (code && (code.startsWith('08') || /^57P0[1-3]$/.test(code) || code === '53300' || isNetworkErrorCode(code))) return true;
  // Read by shape, not `instanceof Error`: a socket's errors may come from another realm (Jest's sandbox).
  const message = ((err as { driverError?: { message?: unknown } })?.driverError ?? (err as { message?: unknown }))?.message;
  return typeof message === 'string' && CONNECTION_MESSAGES.test(message);
}
