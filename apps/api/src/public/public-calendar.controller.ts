import { Controller, Get, Header, Inject, Param, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Response } from 'express';
import { APP_CONFIG, AppConfig } from '@app/config';
import { Public } from '@app/auth';
import { PublicCalendarService, absoluteUrl, publicCalendarPaths } from '@app/forums';
import { PublicRateLimitGuard } from '../http/public-rate-limit.guard';
import { publicCalendarPage } from './public-calendar.page';
import { PageErrorFilter } from '../pages/page-errors';
import { CALENDAR_PAGE_ERRORS } from '../forums/calendar.page-errors';

const ICS = 'text/calendar; charset=utf-8';
// Short enough that a change reaches subscribers soon; Express adds an ETag, so a re-read
// of an unchanged calendar is a 304 (DTSTAMPs come from the forums, not the clock).
const ICS_CACHE = 'public, max-age=300';

/**
 * The agency's public calendar: a page listing upcoming public forums, the subscription
 * feed and one-forum downloads. Routes ending in `.ics` are declared first so they win
 * over the page's `:slug`.
 */
@Controller('calendar')
@UseGuards(PublicRateLimitGuard)
export class PublicCalendarController {
  constructor(
    private readonly calendar: PublicCalendarService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get(':slug.ics')
  @Public()
  @Header('Content-Type', ICS)
  @Header('Cache-Control', ICS_CACHE)
  feed(@Param('slug') slug: string, @Res({ passthrough: true }) res: Response): Promise<string> {
    res.setHeader('Content-Disposition', `inline; filename="${slug.replace(/[^\w-]/g, '')}.ics"`);
    return this.calendar.feed(slug);
  }

  @Get(':slug/forums/:forumId.ics')
  @Public()
  @Header('Content-Type', ICS)
  @Header('Cache-Control', ICS_CACHE)
  async forum(@Param('slug') slug: string, @Param('forumId') forumId: string, @Res({ passthrough: true }) res: Response): Promise<string> {
    const ics = await this.calendar.forumDownload(slug, forumId);
    res.setHeader('Content-Disposition', `attachment; filename="forum-${forumId}.ics"`);
    return ics;
  }

  @Get(':slug')
  @Public()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'public, max-age=60')
  @UseFilters(new PageErrorFilter(CALENDAR_PAGE_ERRORS))
  async page(@Param('slug') slug: string): Promise<string> {
    const listing = await this.calendar.upcoming(slug);
    return publicCalendarPage(listing, absoluteUrl(this.config.PUBLIC_URL, publicCalendarPaths.feed(listing.agency.slug)));
  }
}
