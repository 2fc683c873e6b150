import { DomainError, ErrorKind, ErrorText, errorText } from '@app/common';

export enum SurveyErrorCode {
  SLUG_TAKEN = 'SURVEY_SLUG_TAKEN',
  HAS_RESPONSES = 'SURVEY_HAS_RESPONSES',
  INVALID_TRANSITION = 'SURVEY_INVALID_TRANSITION',
  NOT_OPEN = 'SURVEY_NOT_OPEN',
  INVITATION_ONLY = 'SURVEY_INVITATION_ONLY',
  NO_PERSONAL_LINKS = 'SURVEY_NO_PERSONAL_LINKS',
  TOKEN_INVALID = 'SURVEY_TOKEN_INVALID',
  TOKEN_USED = 'SURVEY_TOKEN_USED',
  ANSWERS_INVALID = 'SURVEY_ANSWERS_INVALID',
  FORM_INVALID = 'SURVEY_FORM_INVALID',
}

/** One problem with one answer, named by question id so the page can show it beside the field. */
export interface AnswerProblem {
  questionId: string;
  message: string;
}

export class SurveyError extends DomainError {
  static slugTaken(slug: string) {
    return new SurveyError(ErrorKind.CONFLICT, SurveyErrorCode.SLUG_TAKEN, errorText('Another survey already uses the link /s/{slug}', { slug }), { field: 'input.slug' });
  }

  static hasResponses(field: string, message: ErrorText) {
    return new SurveyError(ErrorKind.CONFLICT, SurveyErrorCode.HAS_RESPONSES, errorText('{message}; the survey already has responses (copy it to make a new version)', { message }), { field });
  }

  static anonymityPromised() {
    return new SurveyError(
      ErrorKind.CONFLICT,
      SurveyErrorCode.HAS_RESPONSES,
      errorText('Personal invitations already promised anonymity: anonymity cannot be turned off (copy the survey to make a new version)'),
      { field: 'input.anonymous' },
    );
  }

  static invalidTransition(from: string, to: string) {
    return new SurveyError(ErrorKind.CONFLICT, SurveyErrorCode.INVALID_TRANSITION, errorText('A {from} survey cannot become {to}', { from: from.toLowerCase(), to: to.toLowerCase() }));
  }

  static notOpen(state: string) {
    const message = state === 'NOT_YET_OPEN' ? errorText('This survey is not open yet') : errorText('This survey is closed');
    return new SurveyError(ErrorKind.CONFLICT, SurveyErrorCode.NOT_OPEN, message, { state });
  }

  static invitationOnly() {
    return new SurveyError(ErrorKind.FORBIDDEN, SurveyErrorCode.INVITATION_ONLY, errorText('This survey is answered through personal links only'));
  }

  static noPersonalLinks() {
    return new SurveyError(ErrorKind.CONFLICT, SurveyErrorCode.NO_PERSONAL_LINKS, errorText('This survey is not set up for personal invitations'), {
      field: 'surveyId',
    });
  }

  static tokenInvalid() {
    return new SurveyError(ErrorKind.NOT_FOUND, SurveyErrorCode.TOKEN_INVALID, errorText('This personal link is not valid for this survey'));
  }

  static tokenUsed() {
    return new SurveyError(ErrorKind.CONFLICT, SurveyErrorCode.TOKEN_USED, errorText('This personal link has already been used to answer'));
  }

  static answersInvalid(problems: AnswerProblem[]) {
    return new SurveyError(ErrorKind.BAD_USER_INPUT, SurveyErrorCode.ANSWERS_INVALID, errorText('Some answers need attention'), { problems });
  }

  static formInvalid(message: ErrorText) {
    return new SurveyError(ErrorKind.BAD_USER_INPUT, SurveyErrorCode.FORM_INVALID, message);
  }
}
