import { Controller, Get, Header, Headers, Inject, Param, Query, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Response } from 'express';
import { APP_CONFIG, AppConfig } from '@app/config';
import { Public } from '@app/auth';
import { PublicCalendarService, absoluteUrl, publicCalendarPaths } from '@app/forums';
import { PublicRateLimitGuard } from '../http/public-rate-limit.guard';
import type { LanguageCode } from '@app/common';
import { Translator } from '@app/i18n';
import { publicCalendarPage } from './public-calendar.page';
import { pageLanguage } from '../pages/page-language';
import { PageErrorFilter } from '../pages/page-errors';
import { CALENDAR_PAGE_ERRORS } from './calendar.page-errors';

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
  feed(@Param('slug') slug: string, @Query('lang') lang: string | undefined, @Res({ passthrough: true }) res: Response): Promise<string> {
    res.setHeader('Content-Disposition', `inline; filename="${slug.replace(/[^\w-]/g, '')}.ics"`);
    // Only an explicit ?lang= changes a feed: calendar apps send no useful Accept-Language.
    return this.calendar.feed(slug, pageLanguage({ chosen: lang }));
  }

  @Get(':slug/forums/:forumId.ics')
  @Public()
  @Header('Content-Type', ICS)
  @Header('Cache-Control', ICS_CACHE)
  async forum(
    @Param('slug') slug: string,
    @Param('forumId') forumId: string,
    @Query('lang') lang: string | undefined,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const ics = await this.calendar.forumDownload(slug, forumId, pageLanguage({ chosen: lang, acceptLanguage }));
    res.setHeader('Vary', 'Accept-Language');
    res.setHeader('Content-Disposition', `attachment; filename="forum-${forumId}.ics"`);
    return ics;
  }

  @Get(':slug')
  @Public()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'public, max-age=60')
  @UseFilters(new PageErrorFilter(CALENDAR_PAGE_ERRORS))
  async page(@Param('slug') slug: string, @Query('lang') lang: string | undefined, @Headers('accept-language') acceptLanguage: string | undefined, @Res({ passthrough: true }) res: Response): Promise<string> {
    const listing = await this.calendar.upcoming(slug);
    // The reader's choice, else their browser's, among the languages the agency offers; else English.
    const asked = pageLanguage({ chosen: lang, acceptLanguage });
    const language: LanguageCode = listing.agency.enabledLanguages.includes(asked) ? asked : 'en';
    res.setHeader('Vary', 'Accept-Language');
    return publicCalendarPage(listing, absoluteUrl(this.config.PUBLIC_URL, publicCalendarPaths.feed(listing.agency.slug)), new Translator(language));
  }
}
