import { ErrorText, errorText, renderErrorText } from './error-text';

/**
 * The kinds a domain error can be; the GraphQL layer maps each to an error code
 * clients already understand. Feature libs add their own `code` enums on top.
 */
export enum ErrorKind {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  FORBIDDEN = 'FORBIDDEN',
  CONFLICT = 'CONFLICT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
  /** A service Liaison depends on (its database, Redis) did not answer: try again shortly. */
  UNAVAILABLE = 'UNAVAILABLE',
}

export interface DomainErrorDetails {
  /** Input path of the offending field, e.g. `input.email`. */
  field?: string;
  [key: string]: unknown;
}

/**
 * Base class of every expected failure. Anything else is an internal error. `message` is the
 * English text (logs, tests); `text` is what the edge translates into the reader's language.
 */
export class DomainError extends Error {
  readonly text: ErrorText;

  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    text: ErrorText,
    readonly details: DomainErrorDetails = {},
  ) {
    super(renderErrorText(text));
    this.text = text;
    this.name = new.target.name;
  }

  /** The message and details in the reader's words; `translate` renders one text. */
  localised(translate: (text: ErrorText) => string): { message: string; details: DomainErrorDetails } {
    return { message: translate(this.text), details: this.details };
  }
}

export class NotFoundError extends DomainError {
  constructor(entity: string, id?: string) {
    super(ErrorKind.NOT_FOUND, `${entity.toUpperCase()}_NOT_FOUND`, errorText('{entity} not found', { entity }), id ? { id } : {});
  }
}

export class InputError extends DomainError {
  constructor(field: string, message: ErrorText, code = 'INVALID_INPUT') {
    super(ErrorKind.BAD_USER_INPUT, code, message, { field });
  }
}

export class RateLimitedError extends DomainError {
  constructor(retryAfterSeconds: number) {
    super(ErrorKind.TOO_MANY_REQUESTS, 'RATE_LIMITED', errorText('Too many attempts; try again in {retryAfterSeconds} seconds', { retryAfterSeconds }), {
      retryAfterSeconds,
    });
  }
}

/**
 * The database or Redis did not answer (a restart, a dropped connection, a full pool). Made at
 * the edge from the driver's error, so the caller hears "try again" instead of an internal error.
 */
export class ServiceUnavailableError extends DomainError {
  constructor(retryAfterSeconds = 5) {
    super(ErrorKind.UNAVAILABLE, 'SERVICE_UNAVAILABLE', errorText('Liaison is briefly unavailable; try again in {retryAfterSeconds} seconds', { retryAfterSeconds }), {
      retryAfterSeconds,
    });
  }
}
