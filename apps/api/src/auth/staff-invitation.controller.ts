import { Body, Controller, Get, Header, HttpCode, Inject, Param, Post, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AuthService, Public } from '@app/auth';
import { Clock } from '@app/common';
import { APP_CONFIG, AppConfig } from '@app/config';
import type { Translator } from '@app/i18n';
import { passwordForm, welcomePage } from './staff-invitation.page';
import { PublicRateLimitGuard } from '../http/public-rate-limit.guard';
import { PageErrorFilter } from '../pages/page-errors';
import { STAFF_INVITATION_PAGE_ERRORS } from './staff-invitation.page-errors';
import { sentFromOwnPage } from '../http/same-origin';
import { setSessionCookie } from './session-cookie';
import { languageRequestOf, pageTranslator } from '../pages/page-language';
import { formText } from '../pages/form-body';

/**
 * The page's language: the reader's choice on the page (`?lang=`), then the language the member
 * was invited with (their console language), then their browser's. Kept in `res.locals` so an
 * error page answers in it too (STAFF_INVITATION_PAGE_ERRORS).
 */
export async function invitationTranslator(auth: AuthService, token: string, req: Request, res: Response): Promise<Translator> {
  const preferred = await auth.invitationLanguage(token);
  const t = pageTranslator(languageRequestOf(req, preferred));
  res.locals.translator = t;
  return t;
}

/** The page a newly invited staff member reaches from their email. */
@Controller('staff/invitation')
@UseGuards(PublicRateLimitGuard)
export class StaffInvitationController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  @Get(':token')
  @Public()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Referrer-Policy', 'no-referrer')
  async show(@Param('token') token: string, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<string> {
    return passwordForm(token, await invitationTranslator(this.auth, token, req, res));
  }

  /**
   * 200 with the welcome page; a refusal shows the form again with a 4xx status, never 2xx
   * (STAFF_INVITATION_PAGE_ERRORS).
   * Sent from this page, the new staff member is signed in to the console (the browser session
   * cookie); a post from anywhere else still activates the account but signs no browser in,
   * so another site cannot slip its own account into a visitor's browser.
   */
  @Post(':token')
  @Public()
  @HttpCode(200)
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Referrer-Policy', 'no-referrer')
  @Header('Cache-Control', 'no-store')
  @UseFilters(new PageErrorFilter(STAFF_INVITATION_PAGE_ERRORS))
  async accept(
    @Param('token') token: string,
    @Body() body: unknown,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const t = await invitationTranslator(this.auth, token, req, res);
    const password = formText(body, 'password') ?? '';
    if (password !== (formText(body, 'confirm') ?? '')) {
      res.status(400);
      return passwordForm(token, t, { message: t.t('page.staffInvitation.mismatch'), field: 'confirm' });
    }
    const session = await this.auth.acceptInvitation(token, password);
    const signIn = sentFromOwnPage(req, this.config.PUBLIC_URL);
    if (signIn) setSessionCookie(this.config, req, res, session.refreshToken, session.refreshTokenExpiresAt, this.clock.now());
    else await this.auth.endSession(session.refreshToken);
    return welcomePage(session.user, signIn, t);
  }
}
