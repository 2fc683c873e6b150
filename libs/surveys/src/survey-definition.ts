import { InputError } from '@app/common';
import { CHOICE_TYPES, ConditionOperator, QuestionType, SCALE_RANGE, SurveyLanguage, TEXT_TYPES } from './survey.enums';
import { LocalisedText, cleanLocalised } from './localised-text';

export interface OptionDefinition {
  key: string;
  label: LocalisedText;
}

export interface ConditionDefinition {
  questionKey: string;
  operator: ConditionOperator;
  value: string;
}

export interface QuestionDefinition {
  key: string;
  type: QuestionType;
  prompt: LocalisedText;
  helpText?: LocalisedText | null;
  required?: boolean | null;
  allowOther?: boolean | null;
  minValue?: number | null;
  maxValue?: number | null;
  lowLabel?: LocalisedText | null;
  highLabel?: LocalisedText | null;
  options?: OptionDefinition[] | null;
  condition?: ConditionDefinition | null;
}

/** Everything an author sets on a survey; `questions` is the whole list, in order. */
export interface SurveyDefinition {
  title: LocalisedText;
  introduction?: LocalisedText | null;
  closingMessage?: LocalisedText | null;
  languages?: SurveyLanguage[] | null;
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

function requireLanguages(text: LocalisedText | null | undefined, languages: SurveyLanguage[], field: string, what: string): LocalisedText {
  const clean = cleanLocalised(text);
  for (const language of languages) {
    if (!clean[language]) throw new InputError(`${field}.${language}`, `${what} is needed in ${language === 'es' ? 'Spanish' : 'English'}`);
  }
  return clean;
}

/**
 * Checks a definition against itself and the agency's neighbourhoods, naming the
 * offending field (`input.questions.2.options`). Returns cleaned localised texts.
 */
export function validateDefinition(input: SurveyDefinition, neighbourhoods: string[]): SurveyDefinition {
  const languages = [...new Set(input.languages?.length ? input.languages : (['en'] as SurveyLanguage[]))];
  if (input.publicLink === false && !input.personalInvitations) {
    throw new InputError('input.publicLink', 'A survey needs a public link, personal invitations, or both');
  }
  if (input.opensAt && input.closesAt && input.closesAt <= input.opensAt) {
    throw new InputError('input.closesAt', 'must be after the opening time');
  }
  if (input.slug != null && !/^[a-z0-9][a-z0-9-]{2,79}$/.test(input.slug)) {
    throw new InputError('input.slug', 'use 3 to 80 lower-case letters, digits and dashes, starting with a letter or digit');
  }
  if (input.questions.length > MAX_QUESTIONS) throw new InputError('input.questions', `at most ${MAX_QUESTIONS} questions`);
  const seen = new Map<string, QuestionDefinition>();
  const questions = input.questions.map((q, i) => {
    const field = `input.questions.${i}`;
    if (!KEY.test(q.key)) throw new InputError(`${field}.key`, 'use 1 to 40 letters, digits, dashes or underscores');
    if (seen.has(q.key)) throw new InputError(`${field}.key`, `the key "${q.key}" is used by another question`);
    const options = q.options ?? [];
    const isChoice = CHOICE_TYPES.includes(q.type);
    if (isChoice && options.length < 2) throw new InputError(`${field}.options`, 'a choice question needs at least two options');
    if (!isChoice && options.length > 0) throw new InputError(`${field}.options`, 'only choice questions have options');
    if (options.length > MAX_OPTIONS) throw new InputError(`${field}.options`, `at most ${MAX_OPTIONS} options`);
    const optionKeys = new Set<string>();
    const cleanOptions = options.map((o, j) => {
      if (!KEY.test(o.key)) throw new InputError(`${field}.options.${j}.key`, 'use 1 to 40 letters, digits, dashes or underscores');
      if (optionKeys.has(o.key)) throw new InputError(`${field}.options.${j}.key`, `the key "${o.key}" is used by another option`);
      optionKeys.add(o.key);
      return { key: o.key, label: requireLanguages(o.label, languages, `${field}.options.${j}.label`, 'The option') };
    });
    if (q.allowOther && q.type !== QuestionType.MULTIPLE_CHOICE) throw new InputError(`${field}.allowOther`, 'only multiple-choice questions take an "other" answer');
    if (q.type !== QuestionType.NUMBER && (q.minValue != null || q.maxValue != null)) {
      throw new InputError(`${field}.minValue`, 'only number questions have bounds');
    }
    if (q.minValue != null && q.maxValue != null && q.minValue > q.maxValue) throw new InputError(`${field}.maxValue`, 'must not be below the minimum');
    if (q.type === QuestionType.NEIGHBOURHOOD && neighbourhoods.length === 0) {
      throw new InputError(`${field}.type`, "the agency has no neighbourhoods yet; add them in the agency's settings");
    }
    if (q.condition) validateCondition(q.condition, seen, neighbourhoods, `${field}.condition`);
    const clean: QuestionDefinition = {
      ...q,
      prompt: requireLanguages(q.prompt, languages, `${field}.prompt`, 'The question'),
      helpText: cleanLocalised(q.helpText),
      lowLabel: cleanLocalised(q.lowLabel),
      highLabel: cleanLocalised(q.highLabel),
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
    title: requireLanguages(input.title, languages, 'input.title', 'The title'),
    introduction: cleanLocalised(input.introduction),
    closingMessage: cleanLocalised(input.closingMessage),
    questions,
  };
}

function validateCondition(condition: ConditionDefinition, earlier: Map<string, QuestionDefinition>, neighbourhoods: string[], field: string): void {
  const target = earlier.get(condition.questionKey);
  if (!target) throw new InputError(`${field}.questionKey`, 'a condition must refer to an earlier question');
  const value = condition.value;
  const bad = (message: string) => new InputError(`${field}.value`, message);
  if (condition.operator === ConditionOperator.INCLUDES && target.type !== QuestionType.MULTIPLE_CHOICE) {
    throw new InputError(`${field}.operator`, 'INCLUDES applies to multiple-choice questions; use EQUALS');
  }
  if (condition.operator === ConditionOperator.EQUALS && target.type === QuestionType.MULTIPLE_CHOICE) {
    throw new InputError(`${field}.operator`, 'use INCLUDES for a multiple-choice question');
  }
  if (CHOICE_TYPES.includes(target.type)) {
    if (!(target.options ?? []).some((o) => o.key === value)) throw bad(`"${value}" is not an option key of question "${target.key}"`);
  } else if (target.type === QuestionType.YES_NO) {
    if (value !== 'YES' && value !== 'NO') throw bad('use YES or NO');
  } else if (SCALE_RANGE[target.type]) {
    const [min, max] = SCALE_RANGE[target.type]!;
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) throw bad(`use a whole number from ${min} to ${max}`);
  } else if (target.type === QuestionType.NUMBER) {
    if (value.trim() === '' || !Number.isFinite(Number(value))) throw bad('use a number');
  } else if (target.type === QuestionType.NEIGHBOURHOOD) {
    if (!neighbourhoods.includes(value)) throw bad(`"${value}" is not one of the agency's neighbourhoods`);
  } else if (TEXT_TYPES.includes(target.type)) {
    throw new InputError(`${field}.questionKey`, 'a condition cannot depend on a text answer');
  }
}
