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
}

export interface DomainErrorDetails {
  /** Input path of the offending field, e.g. `input.email`. */
  field?: string;
  [key: string]: unknown;
}

/** Base class of every expected failure. Anything else is an internal error. */
export class DomainError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    message: string,
    readonly details: DomainErrorDetails = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends DomainError {
  constructor(entity: string, id?: string) {
    super(ErrorKind.NOT_FOUND, `${entity.toUpperCase()}_NOT_FOUND`, `${entity} not found`, id ? { id } : {});
  }
}

export class InputError extends DomainError {
  constructor(field: string, message: string, code = 'INVALID_INPUT') {
    super(ErrorKind.BAD_USER_INPUT, code, message, { field });
  }
}

export class RateLimitedError extends DomainError {
  constructor(retryAfterSeconds: number) {
    super(ErrorKind.TOO_MANY_REQUESTS, 'RATE_LIMITED', `Too many attempts; try again in ${retryAfterSeconds} seconds`, {
      retryAfterSeconds,
    });
  }
}
