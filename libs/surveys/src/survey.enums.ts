import { registerEnumType } from '@nestjs/graphql';
import { LANGUAGE_CODES, LanguageCode } from '@app/common';

export enum SurveyStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  CLOSED = 'CLOSED',
}

export enum QuestionType {
  SINGLE_CHOICE = 'SINGLE_CHOICE',
  MULTIPLE_CHOICE = 'MULTIPLE_CHOICE',
  /** 1 to 5, with optional labels for the two ends. */
  RATING = 'RATING',
  /** 0 to 10 "how likely are you to recommend", scored as promoters minus detractors. */
  NPS = 'NPS',
  YES_NO = 'YES_NO',
  NUMBER = 'NUMBER',
  SHORT_TEXT = 'SHORT_TEXT',
  LONG_TEXT = 'LONG_TEXT',
  /** One of the agency's neighbourhoods; also drives the per-neighbourhood breakdown. */
  NEIGHBOURHOOD = 'NEIGHBOURHOOD',
}

export enum ConditionOperator {
  EQUALS = 'EQUALS',
  INCLUDES = 'INCLUDES',
}

/** A survey can be offered in any language Liaison ships that its agency has enabled. */
export type SurveyLanguage = LanguageCode;
export const SURVEY_LANGUAGES: readonly SurveyLanguage[] = LANGUAGE_CODES;

export const CHOICE_TYPES = [QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE];
export const TEXT_TYPES = [QuestionType.SHORT_TEXT, QuestionType.LONG_TEXT];
/** Most characters a text answer may have, by type (the database caps every text at 4000). */
export const TEXT_LIMITS: Partial<Record<QuestionType, number>> = {
  [QuestionType.SHORT_TEXT]: 200,
  [QuestionType.LONG_TEXT]: 4000,
  [QuestionType.MULTIPLE_CHOICE]: 200,
};
export const SCALE_RANGE: Partial<Record<QuestionType, [number, number]>> = {
  [QuestionType.RATING]: [1, 5],
  [QuestionType.NPS]: [0, 10],
};

registerEnumType(SurveyStatus, { name: 'SurveyStatus', description: 'DRAFT until published; PUBLISHED takes answers between opensAt and closesAt; CLOSED takes none.' });
registerEnumType(QuestionType, { name: 'QuestionType' });
registerEnumType(ConditionOperator, { name: 'ConditionOperator', description: 'EQUALS for single answers; INCLUDES for multiple choice.' });
