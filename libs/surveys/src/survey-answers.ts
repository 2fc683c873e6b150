import { SurveyQuestion } from './survey-question.entity';
import { SurveyOption } from './survey-option.entity';
import { CHOICE_TYPES, QuestionType, SCALE_RANGE, SurveyLanguage, TEXT_LIMITS } from './survey.enums';
import { AnswerProblem } from './surveys.errors';
import { messages } from './survey-messages';

export type FormQuestion = SurveyQuestion & { options: SurveyOption[] };

/** What the resident sent for one question: the chosen values, and any "other" text. */
export interface RawAnswer {
  values: string[];
  other?: string;
}

/** One row of `survey_answers` (without the response's id, day and neighbourhood). */
export interface AnswerValue {
  questionId: string;
  optionId: string | null;
  numberValue: number | null;
  textValue: string | null;
}

export interface EvaluatedAnswers {
  visible: Set<string>;
  values: AnswerValue[];
  problems: AnswerProblem[];
  neighbourhood: string | null;
}

export const OTHER_VALUE = '__other';

const empty = (raw: RawAnswer | undefined) => !raw || (raw.values.every((v) => v.trim() === '') && !(raw.other ?? '').trim());

/** Parses "12", "-3.5" or "3,5"; anything else is not a number. */
export function parseNumber(text: string): number | null {
  const t = text.trim().replace(/^([+-]?\d+),(\d+)$/, '$1.$2');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

function conditionHolds(question: FormQuestion, byId: Map<string, FormQuestion>, answers: Map<string, AnswerValue[]>): boolean {
  if (!question.conditionQuestionId) return true;
  const target = byId.get(question.conditionQuestionId);
  const given = answers.get(question.conditionQuestionId) ?? [];
  if (!target || given.length === 0) return false;
  const value = question.conditionValue ?? '';
  if (CHOICE_TYPES.includes(target.type)) {
    const option = target.options.find((o) => o.key === value);
    return given.some((a) => a.optionId === option?.id);
  }
  if (target.type === QuestionType.YES_NO) return given[0].numberValue === (value === 'YES' ? 1 : 0);
  if (target.type === QuestionType.NEIGHBOURHOOD) return given[0].textValue === value;
  return given[0].numberValue === Number(value);
}

/**
 * Applies conditions (a hidden question's answer is discarded, never stored) and checks
 * every visible answer. Text is kept exactly as typed. Problems are in `language`.
 */
export function evaluateAnswers(
  questions: FormQuestion[],
  raw: Record<string, RawAnswer>,
  neighbourhoods: string[],
  language: SurveyLanguage,
): EvaluatedAnswers {
  const m = messages(language);
  const byId = new Map(questions.map((q) => [q.id, q]));
  const accepted = new Map<string, AnswerValue[]>();
  const visible = new Set<string>();
  const problems: AnswerProblem[] = [];
  let neighbourhood: string | null = null;

  for (const question of questions) {
    if (!conditionHolds(question, byId, accepted)) continue;
    visible.add(question.id);
    const answer = raw[question.id];
    if (empty(answer)) {
      if (question.required) problems.push({ questionId: question.id, message: m.required });
      continue;
    }
    const result = checkOne(question, answer!, neighbourhoods, language);
    if (typeof result === 'string') {
      problems.push({ questionId: question.id, message: result });
      continue;
    }
    accepted.set(question.id, result);
    if (question.type === QuestionType.NEIGHBOURHOOD && neighbourhood === null) neighbourhood = result[0].textValue;
  }
  return { visible, values: [...accepted.values()].flat(), problems, neighbourhood };
}

function checkOne(question: FormQuestion, raw: RawAnswer, neighbourhoods: string[], language: SurveyLanguage): AnswerValue[] | string {
  const m = messages(language);
  const row = (v: Partial<AnswerValue>): AnswerValue => ({ questionId: question.id, optionId: null, numberValue: null, textValue: null, ...v });
  const values = raw.values.filter((v) => v !== '');
  const single = () => (values.length === 1 ? values[0] : null);
  const limit = TEXT_LIMITS[question.type];
  switch (question.type) {
    case QuestionType.SINGLE_CHOICE: {
      const option = question.options.find((o) => o.id === single());
      return option ? [row({ optionId: option.id })] : m.chooseOne;
    }
    case QuestionType.MULTIPLE_CHOICE: {
      const chosen = values.filter((v) => v !== OTHER_VALUE);
      const options = chosen.map((v) => question.options.find((o) => o.id === v));
      if (options.some((o) => !o) || new Set(chosen).size !== chosen.length) return m.chooseListed;
      const rows = options.map((o) => row({ optionId: o!.id }));
      const other = raw.other ?? '';
      if (other.trim() !== '' || values.includes(OTHER_VALUE)) {
        if (!question.allowOther) return m.chooseListed;
        if (other.trim() === '') return m.otherEmpty;
        if (other.length > limit!) return m.tooLong(limit!);
        rows.push(row({ textValue: other }));
      }
      return rows.length ? rows : m.chooseListed;
    }
    case QuestionType.RATING:
    case QuestionType.NPS: {
      const [min, max] = SCALE_RANGE[question.type]!;
      const value = single();
      const n = value === null ? NaN : Number(value);
      return Number.isInteger(n) && n >= min && n <= max && /^\d+$/.test(value!) ? [row({ numberValue: n })] : m.wholeNumber(min, max);
    }
    case QuestionType.YES_NO: {
      const value = single();
      return value === 'YES' || value === 'NO' ? [row({ numberValue: value === 'YES' ? 1 : 0 })] : m.yesNo;
    }
    case QuestionType.NUMBER: {
      const value = single();
      if (value === null) return m.oneAnswer;
      const n = parseNumber(value);
      if (n === null) return m.number;
      if ((question.minValue !== null && n < question.minValue) || (question.maxValue !== null && n > question.maxValue)) {
        return m.between(question.minValue, question.maxValue);
      }
      return [row({ numberValue: n })];
    }
    case QuestionType.SHORT_TEXT:
    case QuestionType.LONG_TEXT: {
      if (raw.values.length !== 1) return m.oneAnswer;
      const text = raw.values[0];
      if (text.length > limit!) return m.tooLong(limit!);
      return [row({ textValue: text })];
    }
    case QuestionType.NEIGHBOURHOOD: {
      const value = single();
      return value !== null && neighbourhoods.includes(value) ? [row({ textValue: value })] : m.neighbourhood;
    }
  }
}
