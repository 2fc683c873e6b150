import type { Request, Response } from 'express';
import type { RequestLoaders } from './request-loaders';

/** What every resolver gets as context; made per request in graphql.options.ts. */
export interface GraphQLContext {
  req: Request & { actor?: unknown };
  res: Response;
  /** DataLoaders for this request only; use with `@Context('loaders')`. */
  loaders: RequestLoaders;
}
