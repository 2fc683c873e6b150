import { Body, Controller, Get, Header, Inject, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import { serialize } from 'cookie';
import { DomainError } from '@app/common';
import { AuthService, Public } from '@app/auth';
import { APP_CONFIG, AppConfig } from '@app/config';
import { type Translator, translateErrorText } from '@app/i18n';
import { html } from '../pages/html';
import { page } from '../pages/layout';
import { OUTAGE_PAGE_ONLY, PageErrorFilter } from '../pages/page-errors';
import { formText } from '../pages/form-body';
import { readerTranslator } from '../pages/page-language';
import { PublicRateLimitGuard } from '../http/public-rate-limit.guard';
import { SameOriginGuard } from '../http/same-origin';
import { secureCookies } from '../http/security-headers';
import { outageOf } from '../http/outage';
import { ADMIN_COOKIE } from './admin-session';

/** Where to go after signing in: an /admin/ path only (a repeated `next` in the query is an array, and ignored). */
function safeNext(next: unknown): string {
  return typeof next === 'string' && next.startsWith('/admin/') && !next.startsWith('//') ? next : '/admin/queues';
}

/** The form; after a refusal it keeps the email typed (the password is never sent back). */
function form(next: string, t: Translator, refused?: { error: string; email: string }): string {
  return page(
    t.t('page.adminSignIn.title'),
    html`<div class="card"><h1>${t.t('page.adminSignIn.title')}</h1>
${refused ? html`<div class="error-summary" role="alert"><p class="error">${refused.error}</p></div>` : ''}
<form method="post" action="/admin/login?next=${encodeURIComponent(next)}&amp;lang=${t.language}">
<label for="email">${t.t('page.adminSignIn.email')}</label><input id="email" name="email" type="email" autocomplete="username" required value="${refused?.email ?? ''}">
<label for="password">${t.t('page.adminSignIn.password')}</label><input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">${t.t('page.adminSignIn.submit')}</button></form></div>`,
    t.language,
  );
}

/** A plain sign-in form for the admin pages served by the API (queue dashboard), in the reader's language. */
@Controller('admin/login')
@UseGuards(PublicRateLimitGuard)
@UseFilters(new PageErrorFilter(OUTAGE_PAGE_ONLY))
export class AdminLoginController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Public()
  @Header('Content-Type', 'text/html; charset=utf-8')
  show(@Req() req: Request, @Query('next') next?: string): string {
    return form(safeNext(next), readerTranslator(req));
  }

  /** Refused from other sites' pages: a forged sign-in would put the victim in the attacker's session. */
  @Post()
  @Public()
  @UseGuards(SameOriginGuard)
  async signIn(
    @Body() body: unknown,
    @Query('next') next: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const email = formText(body, 'email') ?? '';
    try {
      const session = await this.auth.login(email, formText(body, 'password') ?? '', req.ip ?? 'unknown');
      const cookie = serialize(ADMIN_COOKIE, session.accessToken, {
        httpOnly: true,
        sameSite: 'strict',
        path: '/admin',
        secure: secureCookies(this.config, req),
        expires: session.accessTokenExpiresAt,
      });
      res.setHeader('Set-Cookie', cookie).redirect(303, safeNext(next));
    } catch (error) {
      // The database or Redis not answering is said on the form too ("try again"), the address kept.
      const refusal = error instanceof DomainError ? error : outageOf(error);
      if (!refusal) throw error;
      const t = readerTranslator(req);
      const status = refusal.kind === 'TOO_MANY_REQUESTS' ? 429 : refusal.kind === 'UNAVAILABLE' ? 503 : 401;
      res.status(status).type('html').send(form(safeNext(next), t, { error: translateErrorText(refusal.text, t.language), email }));
    }
  }
}
