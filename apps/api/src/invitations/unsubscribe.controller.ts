import { Body, Controller, Get, Header, HttpCode, Param, Post, Req, UseFilters, UseGuards } from '@nestjs/common';
import type { Request } from 'express';
import { Public } from '@app/auth';
import { OutreachUnsubscribe } from '@app/invitations';
import { PublicRateLimitGuard } from '../http/public-rate-limit.guard';
import { PageErrorFilter } from '../pages/page-errors';
import { RSVP_PAGE_ERRORS } from './rsvp.page-errors';
import { translatorFor } from './rsvp.controller';
import { unsubscribePage } from './rsvp-pages';

/**
 * The unsubscribe link of outreach that is not a forum invitation (survey invitations,
 * task-force digests and reminders), and its RFC 8058 one-click POST. GET only shows the
 * page (mail scanners open every link); the POST opts the contact out of outreach.
 */
@Controller('unsubscribe')
@UseGuards(PublicRateLimitGuard)
@UseFilters(new PageErrorFilter(RSVP_PAGE_ERRORS))
export class UnsubscribeController {
  constructor(private readonly unsubscribes: OutreachUnsubscribe) {}

  @Get(':token')
  @Public()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Referrer-Policy', 'no-referrer')
  async form(@Param('token') token: string, @Req() req: Request): Promise<string> {
    const view = await this.unsubscribes.view(token);
    return unsubscribePage(`/unsubscribe/${token}`, view, false, translatorFor(req, view.language));
  }

  @Post(':token')
  @Public()
  @HttpCode(200)
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Referrer-Policy', 'no-referrer')
  async unsubscribe(@Param('token') token: string, @Body() body: Record<string, string | undefined>, @Req() req: Request): Promise<string> {
    const oneClick = body?.['List-Unsubscribe'] === 'One-Click';
    const view = await this.unsubscribes.optOut(token, oneClick ? 'list-unsubscribe' : 'unsubscribe-link');
    return unsubscribePage(`/unsubscribe/${token}`, view, true, translatorFor(req, view.language));
  }
}
