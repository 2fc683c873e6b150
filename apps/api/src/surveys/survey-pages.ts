import { Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import Redis from 'ioredis';
import { parse, serialize } from 'cookie';
import { formatDateTime, translateErrorText } from '@app/i18n';
import { Clock, DomainError, RateLimitedError, matchLanguage } from '@app/common';
import { APP_CONFIG, AppConfig } from '@app/config';
import { REDIS, RedisRateLimit, limitedClient } from '@app/redis';
import {
  AnswerProblem,
  RawAnswer,
  SURVEY_LANGUAGES,
  SurveyErrorCode,
  SurveyForm,
  SurveyLanguage,
  SurveyResponsesService,
  SurveyResultsService,
  SurveySubmissionGate,
  availability,
  evaluateAnswers,
  messages,
  messagesLanguage,
} from '@app/surveys';
import { renderForm, renderNotice, renderThanks } from './survey-page.view';
import { renderResultsPage } from './survey-results.view';
import { secureCookies } from '../http/security-headers';
import { sentFromAnotherSite } from '../http/same-origin';
import { outageOf } from '../http/outage';
import { formText } from '../pages/form-body';
import { sendSurveyPage, setSurveyPageContext } from './survey.page-errors';

/** A posted form as the body parsers leave it: strings from a form, anything from a crafted JSON post. */
export type FormBody = Record<string, unknown>;

/** The text values of a field (a repeated field gives several); numbers, nulls, objects a crafted post sends are not answers. */
function list(value: unknown): string[] {
  const values: unknown[] = value === undefined ? [] : Array.isArray(value) ? value : [value];
  return values.filter((v): v is string => typeof v === 'string');
}

/**
 * The resident's survey pages: `/s/<slug>` (public link) and `/s/<slug>/<token>` (personal
 * link). Plain HTML forms; conditions and validation happen on the server, and every posted
 * form passes the surveys lib's SurveySubmissionGate first. Refused links and answers throw,
 * and SURVEY_PAGE_ERRORS shows them as notices. Served by SurveyPageController and, for the
 * public form's POST, by the route in survey-submit.route.ts.
 */
@Injectable()
export class SurveyPages {
  private readonly submitLimit: RedisRateLimit;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(REDIS) redis: Redis,
    private readonly responses: SurveyResponsesService,
    private readonly results: SurveyResultsService,
    private readonly gate: SurveySubmissionGate,
    private readonly clock: Clock,
  ) {
    this.submitLimit = new RedisRateLimit(redis, config.REDIS_PREFIX, 'survey-submit', config.SURVEY_SUBMIT_RATE_LIMIT, config.SURVEY_SUBMIT_RATE_WINDOW_SECONDS);
  }

  async show(slug: string, lang: string | undefined, req: Request, res: Response): Promise<void> {
    const form = await this.responses.loadForm(slug);
    if (!form || form.survey.status === 'DRAFT') return this.notFound(res, this.language(null, lang, req));
    const language = this.language(form, lang, req);
    if (!form.survey.publicLink) return this.send(res, 403, renderNotice(form.survey, language, messages(language).invitationOnly, messages(language).invitationOnlyBody, '', form.agency));
    if (this.answeredHere(req, form)) return this.send(res, 200, renderNotice(form.survey, language, messages(language).thanks, messages(language).alreadyAnswered, '', form.agency));
    if (this.closedPage(res, form, language)) return;
    // A reload keeps the time the resident first got the form, so the fill-time check never refuses them for it.
    const stamp = this.gate.stamp(form.survey.id, parse(req.headers.cookie ?? '')[this.startedCookieName(form)]);
    res.setHeader(
      'Set-Cookie',
      serialize(this.startedCookieName(form), stamp, { httpOnly: true, sameSite: 'lax', path: `/s/${form.survey.slug}`, maxAge: 12 * 3600, secure: secureCookies(this.config, req) }),
    );
    this.send(res, 200, this.formWith(form, language, `/s/${slug}`, {}, new Map(), '', { stamp }));
  }

  /** Staff preview (see StaffSurveyResultsController.preview): the fresh form in any state, marked as a preview. */
  async preview(slug: string, lang: string | undefined, res: Response): Promise<void> {
    const form = await this.responses.loadForm(slug);
    if (!form) return this.notFound(res, 'en');
    const asked = matchLanguage(lang);
    const language: SurveyLanguage = asked && form.survey.languages.includes(asked) ? asked : form.survey.languages[0];
    this.send(res, 200, this.formWith(form, language, `/s/${form.survey.slug}`, {}, new Map(), messages(language).previewOnly));
  }

  async publicResults(slug: string, lang: string | undefined, req: Request, res: Response): Promise<void> {
    const form = await this.responses.loadForm(slug);
    const snapshot = form && form.survey.status !== 'DRAFT' ? await this.results.forPublic(form.survey) : null;
    if (!form || !snapshot) return this.notFound(res, this.language(form, lang, req));
    const language = this.language(form, lang, req);
    this.send(res, 200, renderResultsPage(form.survey, snapshot, language, null, form.agency, `/s/${slug}/results`));
  }

  async showPersonal(slug: string, token: string, lang: string | undefined, req: Request, res: Response): Promise<void> {
    res.setHeader('Referrer-Policy', 'no-referrer');
    const form = await this.responses.loadForm(slug);
    if (!form || form.survey.status === 'DRAFT') return this.notFound(res, this.language(null, lang, req));
    let language = this.language(form, lang, req);
    setSurveyPageContext(res, { survey: form.survey, language });
    const invitation = await this.responses.checkToken(form.survey, token);
    if (!lang && form.survey.languages.includes(invitation.language)) language = invitation.language;
    if (this.closedPage(res, form, language)) return;
    this.send(res, 200, this.freshForm(form, language, `/s/${slug}/${token}`));
  }

  // Limited per client by the stricter survey-submit limit below, not the page limit.
  async submitPublic(slug: string, body: FormBody | undefined, req: Request, res: Response): Promise<void> {
    body ??= {}; // a post without a form body (no content type) is treated as an empty form
    const form = await this.responses.loadForm(slug);
    if (!form || form.survey.status === 'DRAFT') return this.notFound(res, this.language(null, undefined, req));
    const language = this.language(form, formText(body, 'lang'), req);
    const m = messages(language);
    if (!form.survey.publicLink) return this.send(res, 403, renderNotice(form.survey, language, m.invitationOnly, m.invitationOnlyBody, '', form.agency));
    if (this.answeredHere(req, form)) return this.send(res, 409, renderNotice(form.survey, language, m.thanks, m.alreadyAnswered, '', form.agency));
    const action = `/s/${slug}`;
    // Posted by a page on another site (through its visitors' browsers, to stuff the survey):
    // nothing is recorded, and the visitor gets the survey's own form, their answers kept.
    if (sentFromAnotherSite(req, this.config.PUBLIC_URL)) {
      return this.send(res, 403, this.formWith(form, language, action, this.answersFrom(form, body), new Map(), '', { formProblem: m.expired }));
    }
    await this.keepingAnswers(form, body, language, action, res, async () => {
      try {
        await this.submitLimit.consume(`${limitedClient(req.ip)}:${form.survey.id}`);
      } catch (error) {
        if (!(error instanceof RateLimitedError)) throw error;
        return this.send(res, 429, this.formWith(form, language, action, this.answersFrom(form, body), new Map(), m.tooMany, { stamp: formText(body, 'started') }));
      }
      await this.handleSubmit(form, body, language, action, undefined, req, res);
    });
  }

  /**
   * Runs `work`, the part of a post that needs the database and Redis once the form is loaded. If
   * either stops answering meanwhile, the resident gets the form back with every answer they gave
   * and "briefly unavailable, try again" in the error summary (503, Retry-After): nothing typed is lost.
   */
  private async keepingAnswers(form: SurveyForm, body: FormBody, language: SurveyLanguage, action: string, res: Response, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      const outage = outageOf(error);
      if (!outage || res.headersSent) throw error;
      res.setHeader('Retry-After', String(outage.details.retryAfterSeconds));
      const formProblem = translateErrorText(outage.text, language);
      this.send(res, 503, this.formWith(form, language, action, this.answersFrom(form, body), new Map(), '', { stamp: formText(body, 'started'), formProblem }));
    }
  }

  async submitPersonal(slug: string, token: string, body: FormBody | undefined, req: Request, res: Response): Promise<void> {
    body ??= {};
    res.setHeader('Referrer-Policy', 'no-referrer');
    const form = await this.responses.loadForm(slug);
    if (!form || form.survey.status === 'DRAFT') return this.notFound(res, this.language(null, undefined, req));
    const language = this.language(form, formText(body, 'lang'), req);
    const action = `/s/${slug}/${token}`;
    await this.keepingAnswers(form, body, language, action, res, () => this.handleSubmit(form, body, language, action, token, req, res));
  }

  private async handleSubmit(form: SurveyForm, body: FormBody, language: SurveyLanguage, action: string, token: string | undefined, req: Request, res: Response) {
    const m = messages(language);
    const answers = this.answersFrom(form, body);
    // The page comes back with the stamp it was sent with (a valid one is kept), so the resident's clock runs on.
    const stamp = formText(body, 'started');
    const again = (status: number, formProblem: string, problems: AnswerProblem[] = []) =>
      this.send(res, status, this.formWith(form, language, action, answers, new Map(problems.map((p) => [p.questionId, p.message])), '', { stamp, formProblem }));

    const verdict = this.gate.screen({
      form,
      personal: token !== undefined,
      stamp,
      honeypot: list(body.website),
      shown: list(body.shown),
      answers,
      language,
    });
    switch (verdict) {
      // A filled honeypot is a bot: it sees the usual thanks (the same page and cookie), and nothing is written.
      case 'DISCARD':
        return this.thank(form, language, token, req, res);
      case 'EXPIRED':
        return again(400, m.expired);
      case 'TOO_FAST':
        return again(400, m.slowDown);
      // Questions revealed by these answers that the resident has not seen yet: show them first.
      case 'REVEAL': {
        const shown = new Set(list(body.shown));
        const first = this.visibleQuestions(form, answers, language).find((q) => !shown.has(q.id));
        return this.send(res, 200, this.formWith(form, language, action, answers, new Map(), m.moreQuestions, { stamp, focus: first?.id }));
      }
      case 'ACCEPT':
        break;
    }
    setSurveyPageContext(res, { survey: form.survey, language });
    try {
      await this.responses.submit({ form, token, language, answers });
    } catch (error) {
      if (error instanceof DomainError && error.code === SurveyErrorCode.ANSWERS_INVALID) {
        return again(400, '', error.details.problems as AnswerProblem[]);
      }
      throw error;
    }
    this.thank(form, language, token, req, res);
  }

  /** The thank-you page, and on the public link the cookie that remembers this browser answered. */
  private thank(form: SurveyForm, language: SurveyLanguage, token: string | undefined, req: Request, res: Response): void {
    if (token === undefined) {
      res.setHeader(
        'Set-Cookie',
        serialize(this.cookieName(form), '1', { httpOnly: true, sameSite: 'lax', path: `/s/${form.survey.slug}`, maxAge: 365 * 24 * 3600, secure: secureCookies(this.config, req) }),
      );
    }
    this.send(res, 200, renderThanks(form.survey, language, form.survey.resultsPublic ? `/s/${form.survey.slug}/results?lang=${language}` : null, form.agency));
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

  private visibleQuestions(form: SurveyForm, answers: Record<string, RawAnswer>, language: SurveyLanguage) {
    const visible = evaluateAnswers(form.questions, answers, form.neighbourhoods, language).visible;
    return form.questions.filter((q) => visible.has(q.id));
  }

  /**
   * The form as the resident gets it back. `stamp`: the stamp their copy carried (kept while
   * valid); `formProblem`: a refusal of the whole form, shown in the error summary; `focus`: the
   * question the page opens on (the first newly revealed one).
   */
  private formWith(
    form: SurveyForm,
    language: SurveyLanguage,
    action: string,
    answers: Record<string, RawAnswer>,
    problems: Map<string, string>,
    notice = '',
    extra: { stamp?: string; formProblem?: string; focus?: string } = {},
  ): string {
    const visible = evaluateAnswers(form.questions, answers, form.neighbourhoods, language).visible;
    return renderForm({
      survey: form.survey,
      agency: form.agency,
      questions: form.questions,
      neighbourhoods: form.neighbourhoods,
      language,
      action,
      stamp: this.gate.stamp(form.survey.id, extra.stamp),
      visible,
      answers,
      problems,
      notice: notice || undefined,
      formProblem: extra.formProblem || undefined,
      focus: extra.focus,
    });
  }

  /** Writes the "closed" or "not yet open" page when the survey takes no answers now. */
  private closedPage(res: Response, form: SurveyForm, language: SurveyLanguage): boolean {
    const state = availability(form.survey, this.clock.now());
    if (state === 'OPEN') return false;
    const m = messages(language);
    if (state === 'NOT_YET_OPEN') {
      const when = formatDateTime(form.survey.opensAt!, form.timeZone, language);
      this.send(res, 200, renderNotice(form.survey, language, m.notYetOpen, m.notYetOpenBody(when), '', form.agency));
    } else {
      this.send(res, 200, renderNotice(form.survey, language, m.closed, m.closedBody, '', form.agency));
    }
    return true;
  }

  private notFound(res: Response, asked: SurveyLanguage) {
    const language = messagesLanguage(asked);
    const es = language === 'es';
    this.send(res, 404, renderNotice(null, language, es ? 'Encuesta no encontrada' : 'Survey not found', es ? 'Compruebe la dirección.' : 'Check the address you were given.'));
  }

  private send(res: Response, status: number, body: string) {
    sendSurveyPage(res, status, body);
  }

  private cookieName(form: SurveyForm): string {
    return `liaison_answered_${form.survey.id.slice(0, 8)}`;
  }

  /** Remembers, across reloads of the public form, when this browser first got it (the signed stamp). */
  private startedCookieName(form: SurveyForm): string {
    return `liaison_started_${form.survey.id.slice(0, 8)}`;
  }

  private answeredHere(req: Request, form: SurveyForm): boolean {
    return parse(req.headers.cookie ?? '')[this.cookieName(form)] === '1';
  }

  /** ?lang= (or the form's lang), then the browser's Accept-Language, then the survey's first language. */
  private language(form: SurveyForm | null, requested: string | undefined, req: Request): SurveyLanguage {
    const offered = form?.survey.languages ?? SURVEY_LANGUAGES;
    const asked = matchLanguage(requested);
    if (asked && offered.includes(asked)) return asked;
    const accepted = (req.headers['accept-language'] ?? '')
      .split(',')
      .map((part) => {
        const [tag, q] = part.trim().split(';q=');
        return { lang: matchLanguage(tag), q: q === undefined ? 1 : Number(q) };
      })
      .filter((a) => a.lang && a.q > 0)
      .sort((a, b) => b.q - a.q);
    for (const a of accepted) if (offered.includes(a.lang!)) return a.lang!;
    return offered[0];
  }
}
