import type { NextFunction, Request, Response } from 'express';
import { parse } from 'cookie';
import { StaffRole, roleAtLeast } from '@app/common';
import { AuthService } from '@app/auth';

export const ADMIN_COOKIE = 'liaison_admin';

/** Browser pages for admins (the queue dashboard) sign in with a cookie holding an access token. */
export function adminOnlyMiddleware(auth: () => AuthService) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const token = parse(req.headers.cookie ?? '')[ADMIN_COOKIE];
    try {
      if (!token) throw new Error('no session');
      const actor = await auth().authenticate(token);
      if (!roleAtLeast(actor.role, StaffRole.ADMIN)) {
        res.status(403).type('text/plain').send('The queue dashboard is for admins.');
        return;
      }
      next();
    } catch {
      res.redirect(303, `/admin/login?next=${encodeURIComponent(req.originalUrl)}`);
    }
  };
}
