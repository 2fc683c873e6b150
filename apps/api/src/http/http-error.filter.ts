import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainError, ErrorKind, RequestContext } from '@app/common';
import { errorTextForCaller } from '@app/i18n';
import { outageOf } from './outage';
import { loggableError } from './log-redaction';

const STATUS: Record<ErrorKind, number> = {
  [ErrorKind.BAD_USER_INPUT]: 400,
  [ErrorKind.UNAUTHENTICATED]: 401,
  [ErrorKind.FORBIDDEN]: 403,
  [ErrorKind.NOT_FOUND]: 404,
  [ErrorKind.CONFLICT]: 409,
  [ErrorKind.TOO_MANY_REQUESTS]: 429,
  [ErrorKind.UNAVAILABLE]: 503,
};

/** The HTTP status a domain error answers with, on every route (HTML pages use it too). */
export function httpStatusOf(error: DomainError): number {
  return STATUS[error.kind];
}

/**
 * JSON routes made for the console's own fetch calls (browser sessions), which answer errors as
 * `{ "error": { "code", "message", "field"?, "reason"? } }` rather than in GraphQL's shape.
 */
export const PLAIN_JSON_ERROR_PREFIXES: readonly string[] = ['/auth/session'];

function answersPlainJsonErrors(path: string): boolean {
  return PLAIN_JSON_ERROR_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

/**
 * Errors on plain HTTP routes (and from body parsing before GraphQL runs) answered
 * as JSON in GraphQL's error shape (or the plain shape above). A 429, and a 503 when the
 * database or Redis did not answer, say when to try again in `Retry-After`. In GraphQL
 * context the error is handed back to Apollo, whose formatError does the mapping there.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): unknown {
    const outage = outageOf(exception);
    if (outage) this.logger.warn({ err: exception, requestId: RequestContext.requestId() }, 'Database or Redis unavailable');
    // Handed back to Apollo, whose formatError maps it (an outage already as the error to answer with).
    if (host.getType<string>() === 'graphql') return outage ?? exception;
    const res = host.switchToHttp().getResponse<Response>();
    const req = host.switchToHttp().getRequest<Request>();
    const { status, code, message, extra } = this.describe(outage ?? exception);
    if (!outage && status >= 500) this.logger.error({ err: loggableError(exception), requestId: RequestContext.requestId() }, 'Unhandled HTTP error');
    if (res.headersSent) return;
    if ((status === 429 || status === 503) && typeof extra.retryAfterSeconds === 'number') res.setHeader('Retry-After', String(extra.retryAfterSeconds));
    if (answersPlainJsonErrors(req.path)) {
      const { field, reason } = extra;
      res.status(status).json({ error: { code, message, ...(typeof field === 'string' ? { field } : {}), ...(typeof reason === 'string' ? { reason } : {}) } });
      return;
    }
    res.status(status).json({ errors: [{ message, extensions: { code, ...extra } }] });
  }

  private describe(exception: unknown): { status: number; code: string; message: string; extra: Record<string, unknown> } {
    if (exception instanceof DomainError) {
      const { message, details } = exception.localised(errorTextForCaller);
      return { status: httpStatusOf(exception), code: exception.kind, message, extra: { reason: exception.code, ...details } };
    }
    // Body-parser failures reach us as HttpExceptions (our own code throws DomainErrors).
    const status = exception instanceof HttpException ? exception.getStatus() : (exception as { status?: number }).status;
    const message = (exception as Error).message;
    if (status === 413) {
      return { status, code: 'PAYLOAD_TOO_LARGE', message: 'Request body is larger than this server accepts', extra: {} };
    }
    if (status === 404) return { status, code: 'NOT_FOUND', message, extra: {} };
    if (status === 415) return { status, code: 'UNSUPPORTED_MEDIA_TYPE', message, extra: {} };
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return { status, code: 'BAD_REQUEST', message: `Malformed request body: ${message}`, extra: {} };
    }
    return { status: 500, code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error', extra: { requestId: RequestContext.requestId() } };
  }
}
