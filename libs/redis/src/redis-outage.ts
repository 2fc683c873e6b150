import { isNetworkErrorCode } from '@app/common';

/** ioredis's words for a command it could not send: not connected (no offline queue), closed, or out of retries. */
const CONNECTION_MESSAGES = /^(Stream isn't writeable|Connection is closed|Reached the max retries per request limit)/;

/**
 * True when Redis could not be reached (not yet connected, a restart, a dropped connection), as
 * opposed to a command Redis refused. Rate limits and job queues then cannot work; the edge
 * answers "briefly unavailable, try again" instead of an internal error.
 */
export function isRedisOutage(err: unknown): boolean {
  // Read by shape, not `instanceof Error`: a socket's errors may come from another realm (Jest's sandbox).
  const { name, message, code } = (err ?? {}) as { name?: unknown; message?: unknown; code?: unknown };
  return name === 'MaxRetriesPerRequestError' || (typeof message === 'string' && CONNECTION_MESSAGES.test(message)) || isNetworkErrorCode(code);
}
