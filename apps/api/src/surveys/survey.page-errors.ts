import type { Response } from 'express';
import { SurveyErrorCode, messages } from '@app/surveys';
import type { Survey, SurveyLanguage } from '@app/surveys';
import { PageErrors } from '../pages/page-errors';
import { renderNotice } from './survey-page.view';

/** What a survey page's error needs: the survey and the language the resident reads it in. */
export interface SurveyPageContext {
  survey: Survey;
  language: SurveyLanguage;
}

/** Set by the survey pages once they know the survey and language; errors before that answer as JSON. */
export function setSurveyPageContext(res: Response, context: SurveyPageContext): void {
  res.locals.surveyPage = context;
}

/** Pages are per visitor and never cached, so no ETag is computed (res.end, not res.send). */
export function sendSurveyPage(res: Response, status: number, body: string): void {
  res.status(status).setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.end(body);
}

/**
 * The resident's survey pages (/s/<slug>…): a refused link or answer is a notice in the
 * resident's language. Codes of staff operations (and answers shown beside their questions,
 * which the page handles itself) are not page errors here.
 */
export const SURVEY_PAGE_ERRORS: PageErrors<SurveyErrorCode, SurveyPageContext> = {
  codes: {
    [SurveyErrorCode.TOKEN_INVALID]: (_, { language }) => ({ status: 404, title: messages(language).tokenInvalid, message: messages(language).tokenInvalidBody }),
    [SurveyErrorCode.TOKEN_USED]: (_, { language }) => ({ status: 409, title: messages(language).tokenUsed, message: messages(language).tokenUsedBody }),
    [SurveyErrorCode.INVITATION_ONLY]: (_, { language }) => ({ status: 403, title: messages(language).invitationOnly, message: messages(language).invitationOnlyBody }),
    [SurveyErrorCode.NOT_OPEN]: (error, { language }) => {
      const m = messages(language);
      return error.details.state === 'NOT_YET_OPEN' ? { status: 409, title: m.notYetOpen, message: m.notYetOpenBody('') } : { status: 409, title: m.closed, message: m.closedBody };
    },
    [SurveyErrorCode.ANSWERS_INVALID]: null,
    [SurveyErrorCode.SLUG_TAKEN]: null,
    [SurveyErrorCode.HAS_RESPONSES]: null,
    [SurveyErrorCode.INVALID_TRANSITION]: null,
    [SurveyErrorCode.NO_PERSONAL_LINKS]: null,
    [SurveyErrorCode.FORM_INVALID]: null,
  },
  context: (_, res) => (res.locals.surveyPage as SurveyPageContext | undefined) ?? null,
  render: (page, { survey, language }) => renderNotice(survey, language, page.title, page.message ?? ''),
  send: sendSurveyPage,
};
