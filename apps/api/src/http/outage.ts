import { ServiceUnavailableError } from '@app/common';
import { isDatabaseOutage } from '@app/database';
import { isRedisOutage } from '@app/redis';

/**
 * The error to answer with when the database or Redis did not answer: "briefly unavailable, try
 * again" (503 with Retry-After), not an internal error; null for any other error.
 */
export function outageOf(error: unknown): ServiceUnavailableError | null {
  return isDatabaseOutage(error) || isRedisOutage(error) ? new ServiceUnavailableError() : null;
}
