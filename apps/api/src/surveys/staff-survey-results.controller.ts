import { Controller, Get, Inject, Param, Query, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '@app/auth';
import { Clock } from '@app/common';
import { APP_CONFIG, AppConfig } from '@app/config';
import { AgenciesService } from '@app/agencies';
import { QuestionType, StaffLinkPurpose, SurveyExportService, SurveyResultsService, SurveysService, TextAnswer, signStaffLink, verifyStaffLink } from '@app/surveys';
import { PublicRateLimitGuard } from '../http/public-rate-limit.guard';
import { OUTAGE_PAGE_ONLY, PageErrorFilter } from '../pages/page-errors';
import { renderResultsPage } from './survey-results.view';
import { SurveyPages } from './survey-pages';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Staff views opened from short-lived signed links (made by `createSurveyStaffLinks`
 * for a signed-in analyst or officer): the results page with text answers, and CSVs.
 */
@Controller('staff/surveys')
@UseGuards(PublicRateLimitGuard)
@UseFilters(new PageErrorFilter(OUTAGE_PAGE_ONLY))
export class StaffSurveyResultsController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly surveys: SurveysService,
    private readonly results: SurveyResultsService,
    private readonly exports: SurveyExportService,
    private readonly agencies: AgenciesService,
    private readonly clock: Clock,
    private readonly pages: SurveyPages,
  ) {}

  /**
   * The resident's page exactly as residents get it (drafts too), for the console's preview
   * frame: opened only from a link a signed-in staff member was given, never public for drafts.
   */
  @Get('preview/:id')
  @Public()
  async preview(@Param('id') id: string, @Query('exp') exp: string, @Query('sig') sig: string, @Query('lang') lang: string | undefined, @Res() res: Response) {
    const agency = await this.authorise(id, 'preview', exp, sig, res);
    if (!agency) return;
    const survey = await this.surveys.get(agency, id);
    res.setHeader('Referrer-Policy', 'no-referrer');
    await this.pages.preview(survey.slug, lang, res);
  }

  @Get(':id/results')
  @Public()
  async page(@Param('id') id: string, @Query('exp') exp: string, @Query('sig') sig: string, @Query('lang') lang: string | undefined, @Res() res: Response) {
    const agency = await this.authorise(id, 'results', exp, sig, res);
    if (!agency) return;
    const survey = await this.surveys.get(agency, id);
    const snapshot = await this.results.forStaff(agency, id);
    const texts = new Map<string, TextAnswer[]>();
    for (const q of snapshot.questions) {
      if (q.type === QuestionType.SHORT_TEXT || q.type === QuestionType.LONG_TEXT || q.type === QuestionType.MULTIPLE_CHOICE) {
        const answers = await this.exports.textAnswers(agency, id, q.questionId, 50);
        if (answers.length) texts.set(q.questionId, answers);
      }
    }
    const expiresAt = Number(exp);
    const link = (purpose: StaffLinkPurpose) => `/staff/surveys/${id}/${purpose}?${signStaffLink(this.config.LINK_SECRET, id, purpose, expiresAt)}`;
    const language = lang === 'es' && survey.languages.includes('es') ? 'es' : survey.languages.includes('en') ? 'en' : 'es';
    res.status(200).type('html').setHeader('Cache-Control', 'no-store');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.send(renderResultsPage(survey, snapshot, language, { texts, downloads: [{ label: 'responses.csv', href: link('responses.csv') }, { label: 'results.csv', href: link('results.csv') }] }));
  }

  @Get(':id/responses.csv')
  @Public()
  async responsesCsv(@Param('id') id: string, @Query('exp') exp: string, @Query('sig') sig: string, @Res() res: Response) {
    const agency = await this.authorise(id, 'responses.csv', exp, sig, res);
    if (!agency) return;
    this.csv(res, `survey-${id}-responses.csv`, await this.exports.responsesCsv(agency, id));
  }

  @Get(':id/results.csv')
  @Public()
  async resultsCsv(@Param('id') id: string, @Query('exp') exp: string, @Query('sig') sig: string, @Res() res: Response) {
    const agency = await this.authorise(id, 'results.csv', exp, sig, res);
    if (!agency) return;
    this.csv(res, `survey-${id}-results.csv`, await this.exports.resultsCsv(agency, id));
  }

  private async authorise(id: string, purpose: StaffLinkPurpose, exp: string, sig: string, res: Response): Promise<{ agencyId: string } | null> {
    if (!UUID.test(id) || !verifyStaffLink(this.config.LINK_SECRET, id, purpose, exp, sig, this.clock.now())) {
      res.status(403).type('text/plain').send('This link has expired or is not valid. Make a new one from Liaison.');
      return null;
    }
    // The signature names the survey; its agency comes from the survey itself.
    const agencyId = await this.surveys.agencyOf(id);
    // A suspended agency's links stop working.
    if (!agencyId || !(await this.agencies.isActive(agencyId))) {
      res.status(404).type('text/plain').send('Survey not found');
      return null;
    }
    return { agencyId };
  }

  private csv(res: Response, filename: string, body: string) {
    res.status(200).type('text/csv; charset=utf-8').setHeader('Content-Disposition', `attachment; filename="${filename}"`);
    res.setHeader('Cache-Control', 'no-store');
    res.send(body);
  }
}
