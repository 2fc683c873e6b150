import type { NextFunction, Request, Response } from 'express';
import { parse } from 'cookie';
import { AuthService } from '@app/auth';

export const ADMIN_COOKIE = 'liaison_admin';

/**
 * Browser pages for platform operators (the queue dashboard: queues are shared by every agency,
 * so no agency's admin may see or act on them) sign in with a cookie holding an access token.
 */
export function operatorOnlyMiddleware(auth: () => AuthService) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const token = parse(req.headers.cookie ?? '')[ADMIN_COOKIE];
    try {
      if (!token) throw new Error('no session');
      const actor = await auth().authenticate(token);
      if (actor.kind !== 'OPERATOR') {
        res.status(403).type('text/plain').send('The queue dashboard is for the platform operator: queues are shared by every agency.');
        return;
      }
      next();
    } catch {
      res.redirect(303, `/admin/login?next=${encodeURIComponent(req.originalUrl)}`);
    }
  };
}
