import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { APP_CONFIG, AppConfig } from '@app/config';
import { AuthError } from '@app/auth';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** scheme://host[:port] of an Origin or Referer value; null for absent, "null" or malformed. */
function originOf(value: string | undefined): string | null {
  if (!value || value === 'null') return null;
  try {
    return new URL(value).origin;
  } catch {
    return null;
  }
}

/**
 * True when a request was sent by one of our own pages: its `Origin` (or, without one, its
 * `Referer`) is PUBLIC_URL's origin or the request's own (scheme and Host as this server sees
 * them, so a deployment reached under another name still works). With neither (`Origin: null`
 * is what browsers send from a page whose Referrer-Policy is no-referrer, like the personal-link
 * pages), the browser's own `Sec-Fetch-Site: same-origin` is accepted: no page can set that
 * header. A request saying none of these is refused: browsers send Origin with every cross-site
 * POST, so only non-browser clients omit it, and cookie-authenticated routes are for browsers.
 * This does not replace SameSite cookies; it covers what SameSite leaves open (sign-in CSRF,
 * sibling subdomains, old browsers).
 */
export function sentFromOwnPage(req: Request, publicUrl: string): boolean {
  const claimed = originOf(req.get('origin')) ?? originOf(req.get('referer'));
  if (!claimed) return req.get('sec-fetch-site') === 'same-origin';
  return isOurOrigin(claimed, req, publicUrl);
}

/** PUBLIC_URL's origin, or the request's own (scheme and Host as this server sees them). */
function isOurOrigin(origin: string, req: Request, publicUrl: string): boolean {
  return origin === new URL(publicUrl).origin || origin === `${req.protocol}://${req.get('host')}`;
}

/**
 * True when a browser says the request comes from another site's page: `Sec-Fetch-Site:
 * cross-site`, or an Origin that is not ours. For public forms anyone may post without a
 * cookie (a survey's public link): programs and old browsers, which send neither, still
 * may, but a page elsewhere cannot have its visitors' browsers post for it.
 */
export function sentFromAnotherSite(req: Request, publicUrl: string): boolean {
  if (req.get('sec-fetch-site') === 'cross-site') return true;
  const claimed = originOf(req.get('origin'));
  return claimed !== null && !isOurOrigin(claimed, req, publicUrl);
}

function changesState(req: Request): boolean {
  return !SAFE_METHODS.has(req.method);
}

/** For cookie-authenticated Nest routes: a POST (PUT, DELETE…) from another site is refused. */
@Injectable()
export class SameOriginGuard implements CanActivate {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<Request>();
    if (changesState(req) && !sentFromOwnPage(req, this.config.PUBLIC_URL)) throw AuthError.crossSiteRequest();
    return true;
  }
}

/** The same check as Express middleware, for routers Nest does not guard (the queue dashboard). */
export function sameOriginOnly(config: Pick<AppConfig, 'PUBLIC_URL'>): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!changesState(req) || sentFromOwnPage(req, config.PUBLIC_URL)) return next();
    const error = AuthError.crossSiteRequest();
    res.status(403).json({ errors: [{ message: error.message, extensions: { code: error.kind, reason: error.code } }] });
  };
}
