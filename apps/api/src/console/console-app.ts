import { join } from 'node:path';
import express, { NextFunction, Request, RequestHandler, Response } from 'express';
import { AppConfig } from '@app/config';
import { contentSecurityPolicy, policyKindOf } from '../http/security-headers';
import { isServerRoute, looksLikeFile } from './server-routes';

/** Hashed by Vite: a changed file gets a new name, so a copy never goes stale. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html (and unhashed root files) are checked on every load, so a deploy shows at once. */
const REVALIDATE = 'no-cache';

const NOT_BUILT =
  'The staff console has not been built yet.\n\nRun `npm run build` in the project folder (it puts the console in dist/console), then reload this page.\n';

/**
 * The staff console (a Vite build) at `/`, from the same origin as the API it calls:
 * - files under /assets/ (hashed names) cached for a year; a missing one is a 404;
 * - other files at the root (index.html, favicon…) revalidated every time;
 * - any other GET or HEAD that accepts HTML, is not a server route (see server-routes.ts) and
 *   does not name a file: index.html, so the console's own router shows the screen;
 * - without index.html (never built): a 503 saying how to build it.
 * express.static (serve-static) does the file serving: no directory listing, no dotfiles,
 * nothing outside the folder. Responses carry the `app` policy (`explorer` under /explorer).
 * Everything else falls through to the API's routes.
 */
export function consoleApp(config: Pick<AppConfig, 'CONSOLE_DIR' | 'PUBLIC_URL'>): RequestHandler {
  const dir = config.CONSOLE_DIR;
  const policies = { app: contentSecurityPolicy('app', config), explorer: contentSecurityPolicy('explorer', config) };
  // Set only on what the console answers; a request passed on keeps the policy of the route that answers it.
  const withPolicy = (res: Response) =>
    res.setHeader('Content-Security-Policy', policyKindOf(res.req.baseUrl + res.req.path) === 'explorer' ? policies.explorer : policies.app);
  const assets = express.static(join(dir, 'assets'), {
    index: false,
    redirect: false,
    fallthrough: true,
    maxAge: '1y',
    immutable: true,
    setHeaders: withPolicy,
  });
  const rootFiles = express.static(dir, {
    index: false,
    redirect: false,
    fallthrough: true,
    cacheControl: false,
    setHeaders: (res) => {
      withPolicy(res);
      res.setHeader('Cache-Control', REVALIDATE);
    },
  });

  const router = express.Router();
  router.use((req: Request, _res: Response, next: NextFunction) => {
    next((req.method === 'GET' || req.method === 'HEAD') && !isServerRoute(req.path) ? undefined : 'router');
  });
  router.use('/assets', assets, (_req: Request, res: Response) => {
    withPolicy(res);
    res.status(404).type('text/plain').send('Not found\n');
  });
  router.use(rootFiles);
  router.use((req: Request, res: Response, next: NextFunction) => {
    if (looksLikeFile(req.path) || !req.accepts('html')) return next('router');
    withPolicy(res);
    res.vary('Accept');
    res.sendFile('index.html', { root: dir, cacheControl: false, headers: { 'Cache-Control': REVALIDATE } }, (error?: NodeJS.ErrnoException) => {
      if (!error || res.headersSent) return;
      if (error.code !== 'ENOENT' && error.code !== 'ENOTDIR') return next(error);
      res.status(503).setHeader('Cache-Control', 'no-store');
      res.type('text/plain').send(NOT_BUILT);
    });
  });
  return router;
}
