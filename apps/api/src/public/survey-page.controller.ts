import { Body, Controller, Get, Inject, Param, Post, Query, Req, Res, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import Redis from 'ioredis';
import { parse, serialize } from 'cookie';
import { DateTime } from 'luxon';
import { DomainError, RateLimitedError } from '@app/common';
import { Public } from '@app/auth';
import { APP_CONFIG, AppConfig } from '@app/config';
import { REDIS, RedisRateLimit } from '@app/redis';
import {
  AnswerProblem,
  RawAnswer,
  SURVEY_LANGUAGES,
  SurveyErrorCode,
  SurveyForm,
  SurveyLanguage,
  SurveyResponsesService,
  SurveyResultsService,
  availability,
  evaluateAnswers,
  messages,
  signFormStart,
  verifyFormStart,
} from '@app/surveys';
import { PublicRateLimitGuard } from '../http/public-rate-limit.guard';
import { renderForm, renderNotice, renderThanks } from './survey-page.view';
import { renderResultsPage } from './survey-results.view';
import { secureCookies } from '../http/security-headers';

type FormBody = Record<string, string | string[] | undefined>;

/** A stamp older than this asks the resident to send the form again (their answers are kept). */
const FORM_MAX_AGE_MS = 24 * 3600 * 1000;

function list(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/**
 * The resident's survey page: `/s/<slug>` (public link) and `/s/<slug>/<token>`
 * (personal link). Plain HTML forms; conditions, validation and bot screening all
 * happen here on the server.
 */
@Controller('s')
export class SurveyPageController {
  private readonly submitLimit: RedisRateLimit;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(REDIS) redis: Redis,
    private readonly responses: SurveyResponsesService,
    private readonly results: SurveyResultsService,
  ) {
    this.submitLimit = new RedisRateLimit(redis, config.REDIS_PREFIX, 'survey-submit', config.SURVEY_SUBMIT_RATE_LIMIT, config.SURVEY_SUBMIT_RATE_WINDOW_SECONDS);
  }

  @Get(':slug')
  @UseGuards(PublicRateLimitGuard)
  @Public()
  async show(@Param('slug') slug: string, @Query('lang') lang: string | undefined, @Req() req: Request, @Res() res: Response) {
    const form = await this.responses.loadForm(slug);
    if (!form || form.survey.status === 'DRAFT') return this.notFound(res, this.language(null, lang, req));
    const language = this.language(form, lang, req);
    if (!form.survey.publicLink) return this.send(res, 403, renderNotice(form.survey, language, messages(language).invitationOnly, messages(language).invitationOnlyBody));
    if (this.answeredHere(req, form)) return this.send(res, 200, renderNotice(form.survey, language, messages(language).thanks, messages(language).alreadyAnswered));
    if (this.closedPage(res, form, language)) return;
    this.send(res, 200, this.freshForm(form, language, `/s/${slug}`));
  }

  @Get(':slug/results')
  @UseGuards(PublicRateLimitGuard)
  @Public()
  async publicResults(@Param('slug') slug: string, @Query('lang') lang: string | undefined, @Req() req: Request, @Res() res: Response) {
    const form = await this.responses.loadForm(slug);
    const snapshot = form && form.survey.status !== 'DRAFT' ? await this.results.forPublic(form.survey) : null;
    if (!form || !snapshot) return this.notFound(res, this.language(form, lang, req));
    const language = this.language(form, lang, req);
    this.send(res, 200, renderResultsPage(form.survey, snapshot, language, null));
  }

  @Get(':slug/:token')
  @UseGuards(PublicRateLimitGuard)
  @Public()
  async showPersonal(@Param('slug') slug: string, @Param('token') token: string, @Query('lang') lang: string | undefined, @Req() req: Request, @Res() res: Response) {
    res.setHeader('Referrer-Policy', 'no-referrer');
    const form = await this.responses.loadForm(slug);
    if (!form || form.survey.status === 'DRAFT') return this.notFound(res, this.language(null, lang, req));
    let language = this.language(form, lang, req);
    try {
      const invitation = await this.responses.checkToken(form.survey, token);
      if (!lang && form.survey.languages.includes(invitation.language)) language = invitation.language;
    } catch (error) {
      return this.sendError(res, form, language, error);
    }
    if (this.closedPage(res, form, language)) return;
    this.send(res, 200, this.freshForm(form, language, `/s/${slug}/${token}`));
  }

  // Limited per client by the stricter survey-submit limit below, not the page limit.
  // Served through SurveySubmitMiddleware (ahead of the router); the route stays declared here.
  @Post(':slug')
  @Public()
  async submitPublic(@Param('slug') slug: string, @Body() body: FormBody | undefined, @Req() req: Request, @Res() res: Response) {
    body ??= {}; // a post without a form body (no content type) is treated as an empty form
    const form = await this.responses.loadForm(slug);
    if (!form || form.survey.status === 'DRAFT') return this.notFound(res, this.language(null, undefined, req));
    const language = this.language(form, body.lang as string | undefined, req);
    const m = messages(language);
    if (!form.survey.publicLink) return this.send(res, 403, renderNotice(form.survey, language, m.invitationOnly, m.invitationOnlyBody));
    if (this.answeredHere(req, form)) return this.send(res, 409, renderNotice(form.survey, language, m.thanks, m.alreadyAnswered));
    try {
      await this.submitLimit.consume(`${req.ip ?? 'unknown'}:${form.survey.id}`);
    } catch (error) {
      if (!(error instanceof RateLimitedError)) throw error;
      return this.send(res, 429, this.formWith(form, language, `/s/${slug}`, this.answersFrom(form, body), new Map(), m.tooMany));
    }
    // A filled honeypot is a bot: it sees the usual thanks, and nothing is written.
    if (list(body.website).some((v) => v.trim() !== '')) return this.send(res, 200, renderThanks(form.survey, language, null));
    await this.handleSubmit(form, body, language, `/s/${slug}`, undefined, req, res);
  }

  @Post(':slug/:token')
  @UseGuards(PublicRateLimitGuard)
  @Public()
  async submitPersonal(@Param('slug') slug: string, @Param('token') token: string, @Body() body: FormBody | undefined, @Req() req: Request, @Res() res: Response) {
    body ??= {};
    res.setHeader('Referrer-Policy', 'no-referrer');
    const form = await this.responses.loadForm(slug);
    if (!form || form.survey.status === 'DRAFT') return this.notFound(res, this.language(null, undefined, req));
    const language = this.language(form, body.lang as string | undefined, req);
    await this.handleSubmit(form, body, language, `/s/${slug}/${token}`, token, req, res);
  }

  private async handleSubmit(form: SurveyForm, body: FormBody, language: SurveyLanguage, action: string, token: string | undefined, req: Request, res: Response) {
    const m = messages(language);
    const answers = this.answersFrom(form, body);
    const again = (status: number, notice: string, problems: AnswerProblem[] = []) =>
      this.send(res, status, this.formWith(form, language, action, answers, new Map(problems.map((p) => [p.questionId, p.message])), notice));

    const started = verifyFormStart(this.config.LINK_SECRET, form.survey.id, body.started as string | undefined);
    if (started === null || Date.now() - started > FORM_MAX_AGE_MS) return again(400, m.expired);
    if (token === undefined && Date.now() - started < this.config.SURVEY_MIN_FILL_SECONDS * 1000) return again(400, m.slowDown);

    // Questions revealed by these answers that the resident has not seen yet: show them first.
    const shown = new Set(list(body.shown));
    const evaluated = evaluateAnswers(form.questions, answers, form.neighbourhoods, language);
    const unseen = [...evaluated.visible].filter((id) => !shown.has(id));
    if (unseen.length && availability(form.survey) === 'OPEN') {
      return this.send(res, 200, this.formWith(form, language, action, answers, new Map(), m.moreQuestions));
    }
    try {
      await this.responses.submit({ form, token, language, answers });
    } catch (error) {
      if (error instanceof DomainError && error.code === SurveyErrorCode.ANSWERS_INVALID) {
        return again(400, '', error.details.problems as AnswerProblem[]);
      }
      return this.sendError(res, form, language, error);
    }
    if (token === undefined) {
      res.setHeader(
        'Set-Cookie',
        serialize(this.cookieName(form), '1', { httpOnly: true, sameSite: 'lax', path: `/s/${form.survey.slug}`, maxAge: 365 * 24 * 3600, secure: secureCookies(this.config, req) }),
      );
    }
    this.send(res, 200, renderThanks(form.survey, language, form.survey.resultsPublic ? `/s/${form.survey.slug}/results?lang=${language}` : null));
  }

  private answersFrom(form: SurveyForm, body: FormBody): Record<string, RawAnswer> {
    const answers: Record<string, RawAnswer> = {};
    for (const q of form.questions) {
      const values = list(body[`q.${q.id}`]);
      const other = body[`q.${q.id}.other`];
      answers[q.id] = { values, other: typeof other === 'string' ? other : undefined };
    }
    return answers;
  }

  private freshForm(form: SurveyForm, language: SurveyLanguage, action: string): string {
    return this.formWith(form, language, action, {}, new Map());
  }

  private formWith(form: SurveyForm, language: SurveyLanguage, action: string, answers: Record<string, RawAnswer>, problems: Map<string, string>, notice = ''): string {
    const visible = evaluateAnswers(form.questions, answers, form.neighbourhoods, language).visible;
    return renderForm({
      survey: form.survey,
      questions: form.questions,
      neighbourhoods: form.neighbourhoods,
      language,
      action,
      stamp: signFormStart(this.config.LINK_SECRET, form.survey.id, Date.now()),
      visible,
      answers,
      problems,
      notice: notice || undefined,
    });
  }

  /** Writes the "closed" or "not yet open" page when the survey takes no answers now. */
  private closedPage(res: Response, form: SurveyForm, language: SurveyLanguage): boolean {
    const state = availability(form.survey);
    if (state === 'OPEN') return false;
    const m = messages(language);
    if (state === 'NOT_YET_OPEN') {
      const when = DateTime.fromJSDate(form.survey.opensAt!, { zone: form.timeZone }).setLocale(language).toLocaleString(DateTime.DATETIME_FULL);
      this.send(res, 200, renderNotice(form.survey, language, m.notYetOpen, m.notYetOpenBody(when)));
    } else {
      this.send(res, 200, renderNotice(form.survey, language, m.closed, m.closedBody));
    }
    return true;
  }

  private sendError(res: Response, form: SurveyForm, language: SurveyLanguage, error: unknown) {
    const m = messages(language);
    if (!(error instanceof DomainError)) throw error;
    switch (error.code) {
      case SurveyErrorCode.TOKEN_INVALID:
        return this.send(res, 404, renderNotice(form.survey, language, m.tokenInvalid, m.tokenInvalidBody));
      case SurveyErrorCode.TOKEN_USED:
        return this.send(res, 409, renderNotice(form.survey, language, m.tokenUsed, m.tokenUsedBody));
      case SurveyErrorCode.INVITATION_ONLY:
        return this.send(res, 403, renderNotice(form.survey, language, m.invitationOnly, m.invitationOnlyBody));
      case SurveyErrorCode.NOT_OPEN:
        return error.details.state === 'NOT_YET_OPEN'
          ? this.send(res, 409, renderNotice(form.survey, language, m.notYetOpen, m.notYetOpenBody('')))
          : this.send(res, 409, renderNotice(form.survey, language, m.closed, m.closedBody));
      default:
        throw error;
    }
  }

  private notFound(res: Response, language: SurveyLanguage) {
    const es = language === 'es';
    this.send(res, 404, renderNotice(null, language, es ? 'Encuesta no encontrada' : 'Survey not found', es ? 'Compruebe la dirección.' : 'Check the address you were given.'));
  }

  /** Pages are per visitor and never cached, so no ETag is computed (res.end, not res.send). */
  private send(res: Response, status: number, body: string) {
    res.status(status).setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Content-Length', Buffer.byteLength(body));
    res.end(body);
  }

  private cookieName(form: SurveyForm): string {
    return `liaison_answered_${form.survey.id.slice(0, 8)}`;
  }

  private answeredHere(req: Request, form: SurveyForm): boolean {
    return parse(req.headers.cookie ?? '')[this.cookieName(form)] === '1';
  }

  /** ?lang= (or the form's lang), then the browser's Accept-Language, then the survey's first language. */
  private language(form: SurveyForm | null, requested: string | undefined, req: Request): SurveyLanguage {
    const offered = form?.survey.languages ?? SURVEY_LANGUAGES;
    if (requested && offered.includes(requested as SurveyLanguage)) return requested as SurveyLanguage;
    const accepted = (req.headers['accept-language'] ?? '')
      .split(',')
      .map((part) => {
        const [tag, q] = part.trim().split(';q=');
        return { lang: tag.slice(0, 2).toLowerCase(), q: q === undefined ? 1 : Number(q) };
      })
      .filter((a) => a.lang && a.q > 0)
      .sort((a, b) => b.q - a.q);
    for (const a of accepted) if (offered.includes(a.lang as SurveyLanguage)) return a.lang as SurveyLanguage;
    return offered[0];
  }
}
