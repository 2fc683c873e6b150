import { InputError, LANGUAGES, LANGUAGE_CODES, isLanguageCode, ErrorText, errorText } from '@app/common';
import { CHOICE_TYPES, ConditionOperator, QuestionType, SCALE_RANGE, SurveyLanguage, TEXT_TYPES } from './survey.enums';
import { LocalisedText, LocalisedTextGiven, cleanLocalised, hasText, unknownLanguage } from './localised-text';

export interface OptionDefinition {
  key: string;
  label: LocalisedTextGiven;
}

export interface ConditionDefinition {
  questionKey: string;
  operator: ConditionOperator;
  value: string;
}

export interface QuestionDefinition {
  key: string;
  type: QuestionType;
  prompt: LocalisedTextGiven;
  helpText?: LocalisedTextGiven | null;
  required?: boolean | null;
  allowOther?: boolean | null;
  minValue?: number | null;
  maxValue?: number | null;
  lowLabel?: LocalisedTextGiven | null;
  highLabel?: LocalisedTextGiven | null;
  options?: OptionDefinition[] | null;
  condition?: ConditionDefinition | null;
}

/** Everything an author sets on a survey; `questions` is the whole list, in order. */
export interface SurveyDefinition {
  title: LocalisedTextGiven;
  introduction?: LocalisedTextGiven | null;
  closingMessage?: LocalisedTextGiven | null;
  /** Codes of the languages offered, each enabled for the agency; English is always offered, first. */
  languages?: string[] | null;
  anonymous?: boolean | null;
  resultsPublic?: boolean | null;
  publicLink?: boolean | null;
  personalInvitations?: boolean | null;
  forumId?: string | null;
  opensAt?: Date | null;
  closesAt?: Date | null;
  slug?: string | null;
  questions: QuestionDefinition[];
}

export const MAX_QUESTIONS = 100;
export const MAX_OPTIONS = 50;
const KEY = /^[A-Za-z0-9_-]{1,40}$/;

function requireEnglish(text: LocalisedTextGiven | null | undefined, field: string, what: string): LocalisedText {
  const clean = cleanLocalised(text, field);
  if (!clean.en) throw new InputError(`${field}.en`, errorText('{what} is needed in English', { what }));
  return clean;
}

/**
 * The languages a survey offers: English first, then the others given in Liaison's order. A code
 * Liaison does not ship, or one the agency has not enabled, is BAD_USER_INPUT naming the code.
 */
export function surveyLanguages(given: string[] | null | undefined, enabled: readonly string[]): SurveyLanguage[] {
  (given ?? []).forEach((code, i) => {
    if (!isLanguageCode(code)) throw unknownLanguage(code, `input.languages.${i}`);
    if (code !== 'en' && !enabled.includes(code)) {
      throw new InputError(
        `input.languages.${i}`,
        errorText('{englishName} ("{code}") is not enabled for your agency; an admin can enable it in the agency\'s settings', { englishName: LANGUAGES[code].englishName, code }),
        'LANGUAGE_NOT_ENABLED',
      );
    }
  });
  return LANGUAGE_CODES.filter((code) => code === 'en' || (given ?? []).includes(code));
}

/** A piece of survey text that lacks one of the survey's languages. */
export interface MissingTranslation {
  language: SurveyLanguage;
  /** Where it is, as in the survey's input: `title`, `questions.2.prompt`, `questions.2.options.1.label`. */
  field: string;
  /** The question it belongs to, if any. */
  questionKey: string | null;
  /** Names the part and the language, for people: `Question 3 ("safety") has no Vietnamese prompt`. */
  message: string;
}

interface TextsOf {
  title: LocalisedText;
  introduction?: LocalisedText | null;
  closingMessage?: LocalisedText | null;
  questions: {
    key: string;
    prompt: LocalisedText;
    helpText?: LocalisedText | null;
    lowLabel?: LocalisedText | null;
    highLabel?: LocalisedText | null;
    options?: { key: string; label: LocalisedText }[] | null;
  }[];
}

/**
 * Every text of the survey lacking one of `languages` other than English: the title, each
 * prompt and option, and help text, scale labels, introduction and closing where English has them.
 */
export function missingTranslations(survey: TextsOf, languages: readonly SurveyLanguage[]): MissingTranslation[] {
  const missing: MissingTranslation[] = [];
  for (const language of languages) {
    if (language === 'en') continue;
    const name = LANGUAGES[language].englishName;
    const check = (text: LocalisedText | null | undefined, field: string, questionKey: string | null, what: string, always = false) => {
      if ((always || hasText(text, 'en')) && !hasText(text, language)) missing.push({ language, field, questionKey, message: `${what} has no ${name} text` });
    };
    check(survey.title, 'title', null, 'The title', true);
    check(survey.introduction, 'introduction', null, 'The introduction');
    check(survey.closingMessage, 'closingMessage', null, 'The closing message');
    survey.questions.forEach((q, i) => {
      const question = `Question ${i + 1} ("${q.key}")`;
      check(q.prompt, `questions.${i}.prompt`, q.key, `${question}: the question`, true);
      check(q.helpText, `questions.${i}.helpText`, q.key, `${question}: the help text`);
      check(q.lowLabel, `questions.${i}.lowLabel`, q.key, `${question}: the label of the lowest value`);
      check(q.highLabel, `questions.${i}.highLabel`, q.key, `${question}: the label of the highest value`);
      (q.options ?? []).forEach((o, j) => check(o.label, `questions.${i}.options.${j}.label`, q.key, `${question}: option "${o.key}"`, true));
    });
  }
  return missing;
}

/** BAD_USER_INPUT for a survey that cannot go out as it is: names the first gap, its question and language, and how many more. */
export function translationsMissingError(missing: MissingTranslation[], fieldPrefix: string): InputError {
  const [first] = missing;
  const more = missing.length > 1 ? ` (and ${missing.length - 1} more missing translation${missing.length > 2 ? 's' : ''})` : '';
  return new InputError(
    `${fieldPrefix}${first.field}.${first.language}`,
    errorText('{message}{more}. Add the translations, or publish with the missing text shown in English.', { message: first.message, more }),
    'SURVEY_TRANSLATION_MISSING',
  );
}

/**
 * Checks a definition against itself and the agency's neighbourhoods, naming the
 * offending field (`input.questions.2.options`). Returns cleaned localised texts.
 */
export function validateDefinition(input: SurveyDefinition, neighbourhoods: string[], enabledLanguages: readonly string[] = ['en', 'es']): SurveyDefinition {
  const languages = surveyLanguages(input.languages, enabledLanguages);
  if (input.publicLink === false && !input.personalInvitations) {
    throw new InputError('input.publicLink', errorText('A survey needs a public link, personal invitations, or both'));
  }
  if (input.opensAt && input.closesAt && input.closesAt <= input.opensAt) {
    throw new InputError('input.closesAt', errorText('must be after the opening time'));
  }
  if (input.slug != null && !/^[a-z0-9][a-z0-9-]{2,79}$/.test(input.slug)) {
    throw new InputError('input.slug', errorText('use 3 to 80 lower-case letters, digits and dashes, starting with a letter or digit'));
  }
  if (input.questions.length > MAX_QUESTIONS) throw new InputError('input.questions', errorText('at most {max} questions', { max: MAX_QUESTIONS }));
  const seen = new Map<string, QuestionDefinition>();
  const questions = input.questions.map((q, i) => {
    const field = `input.questions.${i}`;
    if (!KEY.test(q.key)) throw new InputError(`${field}.key`, errorText('use 1 to 40 letters, digits, dashes or underscores'));
    if (seen.has(q.key)) throw new InputError(`${field}.key`, errorText('the key "{key}" is used by another question', { key: q.key }));
    const options = q.options ?? [];
    const isChoice = CHOICE_TYPES.includes(q.type);
    if (isChoice && options.length < 2) throw new InputError(`${field}.options`, errorText('a choice question needs at least two options'));
    if (!isChoice && options.length > 0) throw new InputError(`${field}.options`, errorText('only choice questions have options'));
    if (options.length > MAX_OPTIONS) throw new InputError(`${field}.options`, errorText('at most {max} options', { max: MAX_OPTIONS }));
    const optionKeys = new Set<string>();
    const cleanOptions = options.map((o, j) => {
      if (!KEY.test(o.key)) throw new InputError(`${field}.options.${j}.key`, errorText('use 1 to 40 letters, digits, dashes or underscores'));
      if (optionKeys.has(o.key)) throw new InputError(`${field}.options.${j}.key`, errorText('the key "{key}" is used by another option', { key: o.key }));
      optionKeys.add(o.key);
      return { key: o.key, label: requireEnglish(o.label, `${field}.options.${j}.label`, 'The option') };
    });
    if (q.allowOther && q.type !== QuestionType.MULTIPLE_CHOICE) throw new InputError(`${field}.allowOther`, errorText('only multiple-choice questions take an "other" answer'));
    if (q.type !== QuestionType.NUMBER && (q.minValue != null || q.maxValue != null)) {
      throw new InputError(`${field}.minValue`, errorText('only number questions have bounds'));
    }
    if (q.minValue != null && q.maxValue != null && q.minValue > q.maxValue) throw new InputError(`${field}.maxValue`, errorText('must not be below the minimum'));
    if (q.type === QuestionType.NEIGHBOURHOOD && neighbourhoods.length === 0) {
      throw new InputError(`${field}.type`, errorText('the agency has no neighbourhoods yet; add them in the agency\'s settings'));
    }
    if (q.condition) validateCondition(q.condition, seen, neighbourhoods, `${field}.condition`);
    const clean: QuestionDefinition = {
      ...q,
      prompt: requireEnglish(q.prompt, `${field}.prompt`, 'The question'),
      helpText: cleanLocalised(q.helpText, `${field}.helpText`),
      lowLabel: cleanLocalised(q.lowLabel, `${field}.lowLabel`),
      highLabel: cleanLocalised(q.highLabel, `${field}.highLabel`),
      required: Boolean(q.required),
      allowOther: Boolean(q.allowOther),
      options: cleanOptions,
    };
    seen.set(q.key, clean);
    return clean;
  });
  return {
    ...input,
    languages,
    title: requireEnglish(input.title, 'input.title', 'The title'),
    introduction: cleanLocalised(input.introduction, 'input.introduction'),
    closingMessage: cleanLocalised(input.closingMessage, 'input.closingMessage'),
    questions,
  };
}

function validateCondition(condition: ConditionDefinition, earlier: Map<string, QuestionDefinition>, neighbourhoods: string[], field: string): void {
  const target = earlier.get(condition.questionKey);
  if (!target) throw new InputError(`${field}.questionKey`, errorText('a condition must refer to an earlier question'));
  const value = condition.value;
  const bad = (message: ErrorText) => new InputError(`${field}.value`, message);
  if (condition.operator === ConditionOperator.INCLUDES && target.type !== QuestionType.MULTIPLE_CHOICE) {
    throw new InputError(`${field}.operator`, errorText('INCLUDES applies to multiple-choice questions; use EQUALS'));
  }
  if (condition.operator === ConditionOperator.EQUALS && target.type === QuestionType.MULTIPLE_CHOICE) {
    throw new InputError(`${field}.operator`, errorText('use INCLUDES for a multiple-choice question'));
  }
  if (CHOICE_TYPES.includes(target.type)) {
    if (!(target.options ?? []).some((o) => o.key === value)) throw bad(errorText('"{value}" is not an option key of question "{key}"', { value, key: target.key }));
  } else if (target.type === QuestionType.YES_NO) {
    if (value !== 'YES' && value !== 'NO') throw bad(errorText('use YES or NO'));
  } else if (SCALE_RANGE[target.type]) {
    const [min, max] = SCALE_RANGE[target.type]!;
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) throw bad(errorText('use a whole number from {min} to {max}', { min, max }));
  } else if (target.type === QuestionType.NUMBER) {
    if (value.trim() === '' || !Number.isFinite(Number(value))) throw bad(errorText('use a number'));
  } else if (target.type === QuestionType.NEIGHBOURHOOD) {
    if (!neighbourhoods.includes(value)) throw bad(errorText('"{value}" is not one of the agency\'s neighbourhoods', { value }));
  } else if (TEXT_TYPES.includes(target.type)) {
    throw new InputError(`${field}.questionKey`, errorText('a condition cannot depend on a text answer'));
  }
}
