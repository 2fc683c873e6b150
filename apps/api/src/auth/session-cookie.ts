import type { Request, Response } from 'express';
import { parse, serialize } from 'cookie';
import { AppConfig } from '@app/config';
import { secureCookies } from '../http/security-headers';

/** The browser session's refresh token. Never readable by scripts; sent only to the session routes. */
export const SESSION_COOKIE = 'liaison_session';
export const SESSION_COOKIE_PATH = '/auth/session';

type CookieConfig = Pick<AppConfig, 'PUBLIC_URL'>;

function attributes(config: CookieConfig, req: Request, maxAge: number) {
  return { httpOnly: true, sameSite: 'strict' as const, path: SESSION_COOKIE_PATH, secure: secureCookies(config, req), maxAge };
}

/**
 * Puts the refresh token in the session cookie, for as long as the session lives (a rotated
 * token keeps its session's end: rotation never lengthens a session). `now` is the `Clock`'s,
 * the one the session's end was set by.
 */
export function setSessionCookie(config: CookieConfig, req: Request, res: Response, refreshToken: string, expiresAt: Date, now: Date): void {
  const maxAge = Math.max(0, Math.floor((expiresAt.getTime() - now.getTime()) / 1000));
  res.append('Set-Cookie', serialize(SESSION_COOKIE, refreshToken, attributes(config, req, maxAge)));
}

export function clearSessionCookie(config: CookieConfig, req: Request, res: Response): void {
  res.append('Set-Cookie', serialize(SESSION_COOKIE, '', { ...attributes(config, req, 0), expires: new Date(0) }));
}

function cookieOf(req: Request, name: string): string | undefined {
  return parse(req.headers.cookie ?? '')[name] || undefined;
}

/** The refresh token the browser sent, if any. */
export function sessionTokenOf(req: Request): string | undefined {
  return cookieOf(req, SESSION_COOKIE);
}

/** The token of a browser that signed in to an account before (see trusted-device.ts in the auth lib). */
export const DEVICE_COOKIE = 'liaison_device';
const DEVICE_MAX_AGE_SECONDS = 365 * 24 * 3600;

export function setDeviceCookie(config: CookieConfig, req: Request, res: Response, token: string): void {
  res.append('Set-Cookie', serialize(DEVICE_COOKIE, token, attributes(config, req, DEVICE_MAX_AGE_SECONDS)));
}

/** The device token the browser sent, if any. */
export function deviceTokenOf(req: Request): string | undefined {
  return cookieOf(req, DEVICE_COOKIE);
}
