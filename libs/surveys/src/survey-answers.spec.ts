import { ConditionOperator, QuestionType } from './survey.enums';
import { FormQuestion, evaluateAnswers, parseNumber } from './survey-answers';
import { formQuestion } from './testing/form-question';

let n = 0;
function question(type: QuestionType, extra: Partial<FormQuestion> = {}): FormQuestion {
  n += 1;
  return formQuestion({ id: `q${n}`, surveyId: 's', key: `k${n}`, position: n, type, prompt: { en: `Question ${n}` }, ...extra });
}

const option = (id: string, key: string) => ({ id, key, questionId: '', surveyId: 's', position: 1, label: { en: key } });

describe('evaluating answers', () => {
  const contacted = question(QuestionType.YES_NO, { required: true });
  const how = question(QuestionType.SINGLE_CHOICE, {
    required: true,
    options: [option('o-phone', 'phone'), option('o-web', 'web')],
    conditionQuestionId: contacted.id,
    conditionOperator: ConditionOperator.EQUALS,
    conditionValue: 'YES',
  });
  const topics = question(QuestionType.MULTIPLE_CHOICE, { allowOther: true, options: [option('o-a', 'a'), option('o-b', 'b')] });
  const followUp = question(QuestionType.SHORT_TEXT, { conditionQuestionId: topics.id, conditionOperator: ConditionOperator.INCLUDES, conditionValue: 'b' });
  const years = question(QuestionType.NUMBER, { minValue: 0, maxValue: 100 });
  const questions = [contacted, how, topics, followUp, years];

  it('requires a question only when its condition holds, and discards answers to hidden questions', () => {
    const hidden = evaluateAnswers(questions, { [contacted.id]: { values: ['NO'] }, [how.id]: { values: ['o-phone'] } }, [], 'en');
    expect(hidden.problems).toEqual([]);
    expect(hidden.visible.has(how.id)).toBe(false);
    expect(hidden.values.map((v) => v.questionId)).toEqual([contacted.id]);
    const shown = evaluateAnswers(questions, { [contacted.id]: { values: ['YES'] } }, [], 'en');
    expect(shown.problems).toEqual([{ questionId: how.id, message: 'Answer this question' }]);
  });

  it('shows a multiple-choice follow-up when the chosen options include the value', () => {
    const result = evaluateAnswers(questions, { [contacted.id]: { values: ['NO'] }, [topics.id]: { values: ['o-b'] }, [followUp.id]: { values: ['  kept as typed '] } }, [], 'en');
    expect(result.visible.has(followUp.id)).toBe(true);
    expect(result.values.find((v) => v.questionId === followUp.id)?.textValue).toBe('  kept as typed ');
  });

  it('stores an "other" answer as text beside the chosen options', () => {
    const result = evaluateAnswers(questions, { [contacted.id]: { values: ['NO'] }, [topics.id]: { values: ['o-a', '__other'], other: 'Graffiti' } }, [], 'en');
    expect(result.values.filter((v) => v.questionId === topics.id)).toEqual([
      { questionId: topics.id, optionId: 'o-a', numberValue: null, textValue: null },
      { questionId: topics.id, optionId: null, numberValue: null, textValue: 'Graffiti' },
    ]);
  });

  it('explains problems in Spanish for a Spanish page', () => {
    const result = evaluateAnswers(questions, { [contacted.id]: { values: ['NO'] }, [years.id]: { values: ['200'] } }, [], 'es');
    expect(result.problems).toEqual([{ questionId: years.id, message: 'Escriba un número del 0 al 100' }]);
  });

  it('reads numbers written with a decimal comma and refuses words', () => {
    expect(parseNumber('3,5')).toBe(3.5);
    expect(parseNumber(' -2 ')).toBe(-2);
    expect(parseNumber('ten')).toBeNull();
    expect(parseNumber('1e5')).toBeNull();
  });
});
