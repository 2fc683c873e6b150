import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import { RequestContext } from '@app/common';
import { languageFromAcceptHeader } from '@app/i18n';

const VALID_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** Accepts a caller's X-Request-Id when sane, otherwise makes one; echoes it back. */
export function requestIdOf(req: Request & { id?: unknown }, res: Response): string {
  if (typeof req.id === 'string') return req.id;
  const header = req.headers['x-request-id'];
  const id = typeof header === 'string' && VALID_ID.test(header) ? header : randomUUID();
  req.id = id;
  res.setHeader('x-request-id', id);
  return id;
}

/** Runs the rest of the request inside a context that carries its id (logs, audit) and its reader's language (error messages). */
@Injectable()
export class RequestContextMiddleware implements NestMiddleware {
  use(req: Request, res: Response, next: NextFunction): void {
    RequestContext.run(requestIdOf(req, res), next, languageFromAcceptHeader(req.headers['accept-language']));
  }
}
