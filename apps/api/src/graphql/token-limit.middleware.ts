import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { Lexer, Source, TokenKind } from 'graphql';

export const MAX_QUERY_TOKENS = 2_000;

/** Counts tokens, stopping early past the limit; syntax errors are left for the parser to report. */
export function exceedsTokenLimit(query: string, limit = MAX_QUERY_TOKENS): boolean {
  const lexer = new Lexer(new Source(query));
  try {
    for (let count = 0; lexer.advance().kind !== TokenKind.EOF; count++) if (count >= limit) return true;
  } catch {
    return false;
  }
  return false;
}

/**
 * Refuses oversized GraphQL documents before Apollo parses them. (graphql-armor's
 * Apollo token plugin turns every syntax error into a 500, so we count here instead.)
 */
@Injectable()
export class TokenLimitMiddleware implements NestMiddleware {
  use(req: Request, res: Response, next: NextFunction): void {
    const query = (req.body as { query?: unknown } | undefined)?.query;
    if (typeof query === 'string' && exceedsTokenLimit(query)) {
      res.status(400).json({
        errors: [{ message: `Query has more than ${MAX_QUERY_TOKENS} tokens`, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }],
      });
      return;
    }
    next();
  }
}
