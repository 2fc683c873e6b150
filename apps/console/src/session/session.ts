/**
 * The browser session. The access token lives in this module's memory only; the refresh
 * token is an HttpOnly, SameSite=Strict cookie the page never sees (set by /auth/session).
 * The access token is renewed a minute before it expires; a reload restores the session
 * from the cookie. Nothing is written to localStorage or sessionStorage.
 */
import { languageHeaders } from '../i18n/shown-language';

export type AccountKind = 'STAFF' | 'OPERATOR';

export interface Session {
  accessToken: string;
  expiresAt: number;
  kind: AccountKind;
}

export interface SessionProblem {
  code: string;
  message: string;
  field?: string;
  retryAfterSeconds?: number;
}

export class SessionError extends Error {
  constructor(readonly problem: SessionProblem) {
    super(problem.message);
  }
}

type Listener = (session: Session | null, reason?: 'expired') => void;

const RENEW_BEFORE_MS = 60_000;
let current: Session | null = null;
let renewTimer: ReturnType<typeof setTimeout> | undefined;
let refreshing: Promise<Session | null> | null = null;
const listeners = new Set<Listener>();

function set(session: Session | null, reason?: 'expired'): void {
  current = session;
  clearTimeout(renewTimer);
  if (session) {
    const wait = Math.max(5_000, session.expiresAt - Date.now() - RENEW_BEFORE_MS);
    renewTimer = setTimeout(() => void refreshSession(), wait);
  }
  listeners.forEach((listener) => listener(session, reason));
}

export function currentSession(): Session | null {
  return current;
}

export function accessToken(): string | null {
  return current?.accessToken ?? null;
}

export function onSessionChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

async function post(path: string, body?: unknown): Promise<Response> {
  return fetch(path, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', ...languageHeaders() },
    body: JSON.stringify(body ?? {}),
  });
}

async function sessionFrom(response: Response): Promise<Session> {
  const body = (await response.json()) as { accessToken: string; accessTokenExpiresAt: string; account: { kind: AccountKind } };
  return { accessToken: body.accessToken, expiresAt: Date.parse(body.accessTokenExpiresAt), kind: body.account.kind };
}

async function problemFrom(response: Response): Promise<SessionProblem> {
  const retryAfter = Number(response.headers.get('Retry-After')) || undefined;
  try {
    const body = (await response.json()) as { error?: SessionProblem };
    if (body.error) return { ...body.error, retryAfterSeconds: retryAfter };
  } catch {
    // not JSON: a proxy or a server that is down
  }
  return { code: response.status >= 500 ? 'UNAVAILABLE' : 'UNKNOWN', message: response.statusText, retryAfterSeconds: retryAfter };
}

/** Signs in; throws SessionError (code UNAVAILABLE when the server cannot be reached). */
export async function signIn(email: string, password: string): Promise<Session> {
  let response: Response;
  try {
    response = await post('/auth/session', { email, password });
  } catch {
    throw new SessionError({ code: 'UNAVAILABLE', message: 'network' });
  }
  if (!response.ok) throw new SessionError(await problemFrom(response));
  const session = await sessionFrom(response);
  set(session);
  return session;
}

/**
 * Runs `renew` while holding a lock shared by every console tab of this browser: refresh tokens
 * are single use, so two tabs renewing with the same cookie at once would look like a stolen
 * token and end the session. One after the other, each sends the cookie the previous one set.
 */
function oneTabAtATime<T>(renew: () => Promise<T>): Promise<T> {
  return navigator.locks ? navigator.locks.request('liaison-session-renewal', renew) : renew();
}

/** Renews the access token from the cookie; one request at a time. Null when there is no session. */
export function refreshSession(): Promise<Session | null> {
  refreshing ??= oneTabAtATime(async () => {
    try {
      const response = await post('/auth/session/refresh');
      if (response.status === 204) return null; // no session cookie: not signed in
      if (!response.ok) {
        if (response.status === 401) set(null, current ? 'expired' : undefined);
        return null;
      }
      const session = await sessionFrom(response);
      set(session);
      return session;
    } catch {
      return null;
    } finally {
      refreshing = null;
    }
  });
  return refreshing;
}

/** Ends the session on the server (revoking the refresh token), then here. */
export async function signOut(): Promise<void> {
  try {
    await post('/auth/session/end');
  } finally {
    set(null);
  }
}

/** The server refused our access token: try one renewal, else the session has expired. */
export async function sessionRejected(): Promise<boolean> {
  const renewed = await refreshSession();
  if (!renewed && current) set(null, 'expired');
  return Boolean(renewed);
}
