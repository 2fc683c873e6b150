import { GraphQLFormattedError } from 'graphql';
import { Logger } from '@nestjs/common';
import { DomainError, RequestContext } from '@app/common';
import { errorTextForCaller } from '@app/i18n';
import { outageOf } from '../http/outage';
import { loggableError } from '../http/log-redaction';

const logger = new Logger('GraphQL');

/** The error a resolver (or guard, or pipe) actually threw, under GraphQL's wrappers. */
function rootCause(error: unknown): unknown {
  let current = error;
  while (current && typeof current === 'object' && 'originalError' in current && current.originalError) current = current.originalError;
  return current;
}

/**
 * The one place errors become GraphQL errors. Domain errors keep their message (in the
 * caller's Accept-Language), kind (as `code`) and field; GraphQL's own parse/validation errors pass through;
 * the database or Redis not answering becomes UNAVAILABLE ("try again"); anything else is logged
 * with the request id and reported without details.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const cause = rootCause(error);
  const outage = outageOf(cause);
  if (outage) logger.warn({ err: cause, requestId: RequestContext.requestId(), path: formatted.path }, 'Database or Redis unavailable');
  const original = outage ?? cause;
  const { locations, path } = formatted;
  if (original instanceof DomainError) {
    const { message, details } = original.localised(errorTextForCaller);
    return {
      message,
      locations,
      path,
      extensions: { code: original.kind, reason: original.code, ...details },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
    // Apollo's own errors: parse failures, unknown fields, wrong variable types, limits.
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { message: formatted.message, locations, path, extensions };
  }
  const requestId = RequestContext.requestId();
  logger.error({ err: loggableError(original), requestId, path }, `Unhandled error in ${path?.join('.') ?? 'request'}`);
  return {
    message: 'Internal server error',
    locations,
    path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
  };
}
