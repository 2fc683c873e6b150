import { Injectable, NestMiddleware } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Request, Response } from 'express';
import { refuseNulCharacters } from '@app/common';
import { SurveyPageController } from './survey-page.controller';

/**
 * The public survey form's POST (`/s/<slug>`), the busiest public write, served as soon as the
 * global middleware (request log, body parsing, request context) has run, without walking the
 * rest of the router and Nest's per-route pipeline (the route is public and takes no pipes).
 * The controller's handler does all the work; errors still reach the global exception filter.
 */
@Injectable()
export class SurveySubmitMiddleware implements NestMiddleware {
  private controller?: SurveyPageController;

  constructor(private readonly moduleRef: ModuleRef) {}

  use(req: Request, res: Response): Promise<void> {
    this.controller ??= this.moduleRef.get(SurveyPageController, { strict: false });
    // No pipes run on this route: the check the global input pipe makes everywhere else.
    refuseNulCharacters(req.params, '');
    refuseNulCharacters(req.body, '');
    return this.controller.submitPublic(req.params.slug as string, req.body, req, res);
  }
}
