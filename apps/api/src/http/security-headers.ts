import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';
import { AppConfig } from '@app/config';

/**
 * The kinds of response the API serves, each with its own Content-Security-Policy:
 * - `page`: server-rendered pages (RSVP, surveys, calendar, sign-in…) and the API itself:
 *   no script at all; USWDS's stylesheet and fonts from 'self' (/uswds) and the page's own <style>.
 * - `uswds-page`: server-rendered pages in the console's look (the staff invitation): as `page`,
 *   but styles, fonts and images from 'self' (USWDS's files at /uswds) and nothing inline.
 * - `app`: a browser app made of our own static files (the staff console at `/`): scripts,
 *   styles and requests to 'self' only, nothing inline.
 * - `explorer`: the bundled GraphQL explorer: as `app`, plus inline styles and blob: workers.
 * - `queues`: the queue dashboard (Bull Board): its own scripts, inline styles.
 * - `dev-inbox`: the local-mode inbox, whose message page frames the email's HTML (no script either).
 * - `framed-page`: as `page`, but the console (same origin) may frame it: the staff survey preview.
 */
export type PolicyKind = 'page' | 'framed-page' | 'uswds-page' | 'app' | 'explorer' | 'queues' | 'dev-inbox';

type Directives = Record<string, string[]>;

const SELF = "'self'";
const NONE = "'none'";
const INLINE = "'unsafe-inline'";

const COMMON: Directives = {
  'base-uri': [NONE],
  'form-action': [SELF],
  'frame-ancestors': [NONE],
  'object-src': [NONE],
};

const POLICIES: Record<PolicyKind, Directives> = {
  page: { ...COMMON, 'default-src': [NONE], 'img-src': [SELF, 'data:'], 'style-src': [SELF, INLINE], 'font-src': [SELF] },
  'framed-page': { ...COMMON, 'default-src': [NONE], 'img-src': [SELF, 'data:'], 'style-src': [SELF, INLINE], 'font-src': [SELF], 'frame-ancestors': [SELF] },
  'uswds-page': { ...COMMON, 'default-src': [NONE], 'style-src': [SELF], 'font-src': [SELF], 'img-src': [SELF, 'data:'] },
  app: {
    ...COMMON,
    'default-src': [SELF],
    'script-src': [SELF],
    'style-src': [SELF],
    'img-src': [SELF, 'data:'],
    'font-src': [SELF, 'data:'],
    'connect-src': [SELF],
  },
  explorer: {
    ...COMMON,
    'default-src': [SELF],
    'script-src': [SELF],
    'style-src': [SELF, INLINE],
    'img-src': [SELF, 'data:', 'blob:'],
    'font-src': [SELF, 'data:'],
    'connect-src': [SELF],
    'worker-src': [SELF, 'blob:'],
  },
  queues: {
    ...COMMON,
    'base-uri': [SELF],
    'default-src': [SELF],
    'script-src': [SELF],
    'style-src': [SELF, INLINE],
    'img-src': [SELF, 'data:'],
    'connect-src': [SELF],
  },
  'dev-inbox': {
    ...COMMON,
    'default-src': [NONE],
    'img-src': [SELF, 'data:', 'https:', 'http:'],
    'style-src': [INLINE],
    'frame-src': [SELF],
    'frame-ancestors': [SELF],
  },
};

/**
 * Paths whose responses get a policy other than `page`; the first matching prefix wins,
 * anything unlisted is a strict page. Routes serving an app add themselves here, or set
 * the header from `contentSecurityPolicy()` on their own responses.
 */
export const POLICY_BY_PATH: readonly (readonly [prefix: string, kind: PolicyKind])[] = [
  ['/admin/queues', 'queues'],
  ['/staff/invitation', 'uswds-page'],
  ['/explorer', 'explorer'],
  ['/dev/mail', 'dev-inbox'],
  ['/staff/surveys/preview', 'framed-page'],
];

export function httpsOnly(config: Pick<AppConfig, 'PUBLIC_URL'>): boolean {
  return new URL(config.PUBLIC_URL).protocol === 'https:';
}

/** Cookies are Secure when this request came over TLS or the site is served over https (TLS may end at a proxy). */
export function secureCookies(config: Pick<AppConfig, 'PUBLIC_URL'>, req: Request): boolean {
  return req.secure || httpsOnly(config);
}

function directivesOf(kind: PolicyKind, config: Pick<AppConfig, 'PUBLIC_URL'>): Directives {
  return httpsOnly(config) ? { ...POLICIES[kind], 'upgrade-insecure-requests': [] } : POLICIES[kind];
}

/** The policy for one kind of response, as a header value, for routes that set it themselves. */
export function contentSecurityPolicy(kind: PolicyKind, config: Pick<AppConfig, 'PUBLIC_URL'>): string {
  return Object.entries(directivesOf(kind, config))
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ');
}

export function policyKindOf(path: string): PolicyKind {
  return POLICY_BY_PATH.find(([prefix]) => path === prefix || path.startsWith(`${prefix}/`))?.[1] ?? 'page';
}

/**
 * Helmet's headers on every response (pages, API, errors): a CSP per kind of route, no
 * framing, no sniffing, a Referrer-Policy (token pages tighten it to no-referrer), and HSTS
 * when PUBLIC_URL is https. Referrer-Policy stays `same-origin`, not `no-referrer`: under
 * no-referrer a browser sends `Origin: null` with our own form posts, and the sign-in's
 * same-origin check needs the real Origin.
 */
export function securityHeaders(config: Pick<AppConfig, 'PUBLIC_URL'>): RequestHandler {
  const https = httpsOnly(config);
  const byKind = new Map(
    (Object.keys(POLICIES) as PolicyKind[]).map((kind) => [
      kind,
      helmet({
        contentSecurityPolicy: { useDefaults: false, directives: directivesOf(kind, config) },
        xFrameOptions: { action: POLICIES[kind]['frame-ancestors'].includes(SELF) ? 'sameorigin' : 'deny' },
        referrerPolicy: { policy: 'same-origin' },
        strictTransportSecurity: https ? { maxAge: 365 * 24 * 3600, includeSubDomains: false } : false,
      }),
    ]),
  );
  return (req: Request, res: Response, next: NextFunction) => byKind.get(policyKindOf(req.path))!(req, res, next);
}
