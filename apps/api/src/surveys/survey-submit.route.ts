import { Injectable, NestMiddleware } from '@nestjs/common';
import type { Request, Response } from 'express';
import { refuseNulCharacters } from '@app/common';
import { answerOutagePage, answerPageError } from '../pages/page-errors';
import { SURVEY_PAGE_ERRORS } from './survey.page-errors';
import { SurveyPages } from './survey-pages';

/**
 * `POST /s/<slug>`, the public survey form's post (the busiest public write), as an explicit
 * route answered as soon as the global middleware (request log, body parsing, request context)
 * has run, without walking the rest of the router and Nest's per-route pipeline: about 5-10%
 * less server CPU per post. It is the only handler of that path and method (the controller has
 * none). SurveysApiModule mounts it, not bootstrap.ts: Nest puts its middleware (the request
 * log, body parsing, the request context) in place only when the app initialises, so a route
 * mounted in the bootstrap would run ahead of all three, and its errors would miss the global
 * exception filter, which catches what a Nest middleware throws. Refusals are the same pages SURVEY_PAGE_ERRORS gives on the other survey routes (and the
 * database or Redis not answering the same page as on every page route); anything else reaches
 * the global exception filter.
 */
@Injectable()
export class SurveySubmitRoute implements NestMiddleware {
  constructor(private readonly pages: SurveyPages) {}

  async use(req: Request, res: Response): Promise<void> {
    // No pipes run on this route: the check the global input pipe makes everywhere else.
    refuseNulCharacters(req.params, '');
    refuseNulCharacters(req.body, '');
    try {
      await this.pages.submitPublic(req.params.slug as string, req.body, req, res);
    } catch (error) {
      if (!answerOutagePage(error, req, res) && !answerPageError(SURVEY_PAGE_ERRORS, error, req, res)) throw error;
    }
  }
}
