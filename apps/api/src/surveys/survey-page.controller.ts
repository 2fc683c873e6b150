import { Body, Controller, Get, Param, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '@app/auth';
import { PublicRateLimitGuard } from '../http/public-rate-limit.guard';
import { PageErrorFilter } from '../pages/page-errors';
import { SURVEY_PAGE_ERRORS } from './survey.page-errors';
import { FormBody, SurveyPages } from './survey-pages';

/**
 * The resident's survey page: `/s/<slug>` (public link) and `/s/<slug>/<token>`
 * (personal link); the work is in SurveyPages. The public form's POST is not here: the
 * explicit route of survey-submit.route.ts answers it, ahead of the router.
 */
@Controller('s')
@UseFilters(new PageErrorFilter(SURVEY_PAGE_ERRORS))
export class SurveyPageController {
  constructor(private readonly pages: SurveyPages) {}

  @Get(':slug')
  @UseGuards(PublicRateLimitGuard)
  @Public()
  show(@Param('slug') slug: string, @Query('lang') lang: string | undefined, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.pages.show(slug, lang, req, res);
  }

  @Get(':slug/results')
  @UseGuards(PublicRateLimitGuard)
  @Public()
  publicResults(@Param('slug') slug: string, @Query('lang') lang: string | undefined, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.pages.publicResults(slug, lang, req, res);
  }

  @Get(':slug/:token')
  @UseGuards(PublicRateLimitGuard)
  @Public()
  showPersonal(@Param('slug') slug: string, @Param('token') token: string, @Query('lang') lang: string | undefined, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.pages.showPersonal(slug, token, lang, req, res);
  }

  @Post(':slug/:token')
  @UseGuards(PublicRateLimitGuard)
  @Public()
  submitPersonal(@Param('slug') slug: string, @Param('token') token: string, @Body() body: FormBody | undefined, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.pages.submitPersonal(slug, token, body, req, res);
  }
}
