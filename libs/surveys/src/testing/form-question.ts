import type { FormQuestion } from '../survey-answers';

type Identity = Pick<FormQuestion, 'id' | 'surveyId' | 'key' | 'position' | 'type' | 'prompt'>;

/** A question as the resident's form sees it: optional, unconditional, no options, unless `fields` says otherwise. */
export function formQuestion(fields: Identity & Partial<FormQuestion>): FormQuestion {
  return {
    helpText: {},
    required: false,
    allowOther: false,
    minValue: null,
    maxValue: null,
    lowLabel: {},
    highLabel: {},
    conditionQuestionId: null,
    conditionOperator: null,
    conditionValue: null,
    options: [],
    ...fields,
  } as FormQuestion;
}
