import { Controller, Get, Param, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Translator } from '@app/i18n';
import { Public } from '@app/auth';
import { ReportsService } from '@app/task-forces';
import { AgenciesService } from '@app/agencies';
import { html } from '../pages/html';
import { page } from '../pages/layout';
import { readerTranslator } from '../pages/page-language';
import { PublicRateLimitGuard } from '../http/public-rate-limit.guard';
import { OUTAGE_PAGE_ONLY, PageErrorFilter } from '../pages/page-errors';
import { ReportLinks } from './report/report-links';
import { reportPage } from './report/report-page';
import { reportCsv } from './report/report-csv';

/** The printable report and its CSV, opened from a short-lived link made by `createTaskForceReportLink`. */
@Controller('reports/task-forces')
@UseGuards(PublicRateLimitGuard)
@UseFilters(new PageErrorFilter(OUTAGE_PAGE_ONLY))
export class TaskForceReportController {
  constructor(
    private readonly reports: ReportsService,
    private readonly links: ReportLinks,
    private readonly agencies: AgenciesService,
  ) {}

  @Get(':token')
  @Public()
  async show(@Param('token') token: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    // The page is in the reader's `?lang=` choice, else their browser's language; the CSV keeps its fixed headers.
    const t = readerTranslator(req);
    const report = await this.load(token, res, t);
    if (!report) return;
    res
      .status(200)
      .set({ 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer', 'Content-Language': t.language, Vary: 'Accept-Language' })
      .send(reportPage(report, `/reports/task-forces/${token}/csv`, t));
  }

  @Get(':token/csv')
  @Public()
  async csv(@Param('token') token: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const report = await this.load(token, res, readerTranslator(req));
    if (!report) return;
    const name = report.taskForce.name.replace(/[^\w-]+/g, '-').toLowerCase();
    res
      .status(200)
      .set({ 'Content-Type': 'text/csv; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Disposition': `attachment; filename="${name}-report-${report.asOf}.csv"` })
      .send(reportCsv(report));
  }

  private async load(token: string, res: Response, t: Translator) {
    const claims = this.links.verify(token);
    // A suspended agency's links stop working.
    if (claims === 'INVALID' || claims === 'EXPIRED' || !(await this.agencies.isActive(claims.agencyId))) {
      const expired = claims === 'EXPIRED';
      res
        .status(expired ? 410 : 404)
        .type('html')
        .set({ 'Content-Language': t.language, Vary: 'Accept-Language' })
        .send(
          page(
            t.t('page.taskForceReport.linkError.title'),
            html`<div class="card"><h1>${t.t(expired ? 'page.taskForceReport.linkError.expiredHeading' : 'page.taskForceReport.linkError.notValidHeading')}</h1><p>${t.t('page.taskForceReport.linkError.openAgain')}</p></div>`,
            t.language,
          ),
        );
      return null;
    }
    return this.reports.effectiveness({ agencyId: claims.agencyId }, claims.taskForceId);
  }
}
