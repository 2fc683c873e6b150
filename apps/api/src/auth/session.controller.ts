import { Body, Controller, Header, HttpCode, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Clock, DomainError, ErrorKind, InputError, errorText } from '@app/common';
import { AccountKind, AuthError, AuthErrorCode, AuthService, Public, SessionTokens } from '@app/auth';
import { APP_CONFIG, AppConfig } from '@app/config';
import { SameOriginGuard } from '../http/same-origin';
import { JsonRequestGuard } from '../http/json-request.guard';
import { clearSessionCookie, deviceTokenOf, sessionTokenOf, setDeviceCookie, setSessionCookie } from './session-cookie';

/** What the console gets back: the access token stays in its memory, never in a cookie or the page. */
export interface BrowserSession {
  accessToken: string;
  /** ISO 8601. */
  accessTokenExpiresAt: string;
  account: { kind: AccountKind };
}

/** Loose on purpose: the account decides, and every sign-in account has an address like this. */
const EMAIL = /^[^\s@]+@[^\s@]+$/;

/** The email and password from a JSON body, or bad input naming the field. */
function credentialsOf(body: unknown): { email: string; password: string } {
  const { email, password } = body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  if (email === undefined || email === null || (typeof email === 'string' && !email.trim())) {
    throw new InputError('email', errorText('Enter your email address'), 'EMAIL_REQUIRED');
  }
  if (typeof email !== 'string' || email.length > 254 || !EMAIL.test(email.trim())) {
    throw new InputError('email', errorText('Enter an email address like name@agency.gov'), 'EMAIL_INVALID');
  }
  if (password === undefined || password === null || password === '') throw new InputError('password', errorText('Enter your password'), 'PASSWORD_REQUIRED');
  if (typeof password !== 'string' || password.length > 256) {
    throw new InputError('password', errorText('The password must be text of at most 256 characters'), 'PASSWORD_INVALID');
  }
  return { email, password };
}

/**
 * The words and statuses a browser gets: one message for every wrong email or password, and a
 * suspended agency is a refusal (403) told only to someone who gave the right password.
 */
function browserError(error: unknown): unknown {
  if (!(error instanceof DomainError)) return error;
  if (error.code === AuthErrorCode.INVALID_CREDENTIALS) {
    return new AuthError(ErrorKind.UNAUTHENTICATED, AuthErrorCode.INVALID_CREDENTIALS, errorText('The email or password is not right'));
  }
  if (error.code === AuthErrorCode.AGENCY_SUSPENDED) return new AuthError(ErrorKind.FORBIDDEN, error.code, error.text);
  return error;
}

/**
 * Browser sessions for the staff console, JSON in and out. The refresh token lives in the
 * `liaison_session` cookie (HttpOnly, SameSite=Strict, Path=/auth/session, Secure under https);
 * each refresh rotates it, and an old one presented again ends the whole session (AuthService).
 * Every route refuses requests from other sites (Origin/Referer) and anything but JSON.
 */
@Controller('auth/session')
@Public()
@UseGuards(SameOriginGuard, JsonRequestGuard)
export class SessionController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /**
   * Staff and platform operators alike, limited like `login` (per client address and per account).
   * A session this browser already had is ended: its cookie is about to be replaced.
   */
  @Post()
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  async signIn(@Body() body: unknown, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<BrowserSession> {
    const { email, password } = credentialsOf(body);
    let tokens: SessionTokens;
    try {
      tokens = await this.auth.login(email, password, req.ip ?? 'unknown', deviceTokenOf(req));
    } catch (error) {
      throw browserError(error);
    }
    const previous = sessionTokenOf(req);
    if (previous) await this.auth.endSession(previous);
    // This browser is known to the account from now on: a stranger's failed guesses will not lock it out.
    if (tokens.trustedDevice) setDeviceCookie(this.config, req, res, tokens.trustedDevice);
    return this.open(tokens, req, res);
  }

  /**
   * A new access token and a rotated cookie; an unknown, spent or revoked token is 401 and clears
   * the cookie. Without a cookie there is no session to renew: 204, as every console load asks.
   */
  @Post('refresh')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  async refresh(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<BrowserSession | undefined> {
    const token = sessionTokenOf(req);
    if (!token) {
      res.status(204);
      return undefined;
    }
    try {
      return this.open(await this.auth.refresh(token), req, res);
    } catch (error) {
      if (error instanceof DomainError) clearSessionCookie(this.config, req, res);
      throw browserError(error);
    }
  }

  /** Signs this browser out: revokes its refresh token (if any) and clears the cookie. */
  @Post('end')
  @HttpCode(204)
  async end(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    const token = sessionTokenOf(req);
    if (token) await this.auth.endSession(token);
    clearSessionCookie(this.config, req, res);
  }

  private open(tokens: SessionTokens, req: Request, res: Response): BrowserSession {
    setSessionCookie(this.config, req, res, tokens.refreshToken, tokens.refreshTokenExpiresAt, this.clock.now());
    return { accessToken: tokens.accessToken, accessTokenExpiresAt: tokens.accessTokenExpiresAt.toISOString(), account: { kind: tokens.accountKind } };
  }
}
