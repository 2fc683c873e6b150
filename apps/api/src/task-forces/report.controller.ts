import { Controller, Get, Param, Res, UseGuards } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '@app/auth';
import { ReportsService } from '@app/task-forces';
import { AgenciesService } from '@app/agencies';
import { html } from '../pages/html';
import { page } from '../pages/layout';
import { PublicRateLimitGuard } from '../http/public-rate-limit.guard';
import { ReportLinks } from './report/report-links';
import { reportPage } from './report/report-page';
import { reportCsv } from './report/report-csv';

/** The printable report and its CSV, opened from a short-lived link made by `createTaskForceReportLink`. */
@Controller('reports/task-forces')
@UseGuards(PublicRateLimitGuard)
export class TaskForceReportController {
  constructor(
    private readonly reports: ReportsService,
    private readonly links: ReportLinks,
    private readonly agencies: AgenciesService,
  ) {}

  @Get(':token')
  @Public()
  async show(@Param('token') token: string, @Res() res: Response): Promise<void> {
    const report = await this.load(token, res);
    if (!report) return;
    res.status(200).set({ 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' }).send(reportPage(report, `/reports/task-forces/${token}/csv`));
  }

  @Get(':token/csv')
  @Public()
  async csv(@Param('token') token: string, @Res() res: Response): Promise<void> {
    const report = await this.load(token, res);
    if (!report) return;
    const name = report.taskForce.name.replace(/[^\w-]+/g, '-').toLowerCase();
    res
      .status(200)
      .set({ 'Content-Type': 'text/csv; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Disposition': `attachment; filename="${name}-report-${report.asOf}.csv"` })
      .send(reportCsv(report));
  }

  private async load(token: string, res: Response) {
    const claims = this.links.verify(token);
    // A suspended agency's links stop working.
    if (claims === 'INVALID' || claims === 'EXPIRED' || !(await this.agencies.isActive(claims.agencyId))) {
      const expired = claims === 'EXPIRED';
      res
        .status(expired ? 410 : 404)
        .type('html')
        .send(page('Report link', html`<div class="card"><h1>${expired ? 'This report link has expired' : 'This report link is not valid'}</h1><p>Open the report again from Liaison to get a fresh link.</p></div>`));
      return null;
    }
    return this.reports.effectiveness({ agencyId: claims.agencyId }, claims.taskForceId);
  }
}
