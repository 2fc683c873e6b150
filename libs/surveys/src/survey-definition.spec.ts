import { InputError } from '@app/common';
import { QuestionType, ConditionOperator } from './survey.enums';
import { SurveyDefinition, missingTranslations, validateDefinition } from './survey-definition';

const base = (questions: SurveyDefinition['questions'], extra: Partial<SurveyDefinition> = {}): SurveyDefinition => ({
  title: { en: 'Safety', es: 'Seguridad' },
  languages: ['en', 'es'],
  questions,
  ...extra,
});

function fieldOf(work: () => unknown): string | undefined {
  try {
    work();
  } catch (error) {
    if (error instanceof InputError) return error.details.field;
    throw error;
  }
  return undefined;
}

describe('survey definitions', () => {
  const yesNo = { key: 'contacted', type: QuestionType.YES_NO, prompt: { en: 'Contacted?', es: '¿Contactó?' } };

  it('needs every text in English, and lets a draft lack other languages (publishing checks them)', () => {
    expect(fieldOf(() => validateDefinition(base([{ ...yesNo, prompt: { es: '¿Contactó?' } }]), []))).toBe('input.questions.0.prompt.en');
    const draft = validateDefinition(base([{ ...yesNo, prompt: { en: 'Contacted?' } }]), []);
    expect(missingTranslations(draft as Parameters<typeof missingTranslations>[0], ['en', 'es']).map((m) => `${m.field}.${m.language}`)).toEqual(['questions.0.prompt.es']);
  });

  it('accepts a condition on an earlier question with a valid value', () => {
    const ok = base([yesNo, { key: 'how', type: QuestionType.SHORT_TEXT, prompt: { en: 'How?', es: '¿Cómo?' }, condition: { questionKey: 'contacted', operator: ConditionOperator.EQUALS, value: 'YES' } }]);
    expect(validateDefinition(ok, []).questions).toHaveLength(2);
  });

  it('refuses a condition on a later question, a bad value, or the wrong operator', () => {
    const later = base([{ key: 'how', type: QuestionType.SHORT_TEXT, prompt: { en: 'How?', es: '¿Cómo?' }, condition: { questionKey: 'contacted', operator: ConditionOperator.EQUALS, value: 'YES' } }, yesNo]);
    expect(fieldOf(() => validateDefinition(later, []))).toBe('input.questions.0.condition.questionKey');
    const badValue = base([yesNo, { key: 'how', type: QuestionType.SHORT_TEXT, prompt: { en: 'How?', es: '¿Cómo?' }, condition: { questionKey: 'contacted', operator: ConditionOperator.EQUALS, value: 'MAYBE' } }]);
    expect(fieldOf(() => validateDefinition(badValue, []))).toBe('input.questions.1.condition.value');
    const includes = base([yesNo, { key: 'how', type: QuestionType.SHORT_TEXT, prompt: { en: 'How?', es: '¿Cómo?' }, condition: { questionKey: 'contacted', operator: ConditionOperator.INCLUDES, value: 'YES' } }]);
    expect(fieldOf(() => validateDefinition(includes, []))).toBe('input.questions.1.condition.operator');
  });

  it('refuses bounds on anything but a number question and a neighbourhood question without neighbourhoods', () => {
    expect(fieldOf(() => validateDefinition(base([{ ...yesNo, minValue: 1 }]), []))).toBe('input.questions.0.minValue');
    expect(fieldOf(() => validateDefinition(base([{ key: 'area', type: QuestionType.NEIGHBOURHOOD, prompt: { en: 'Where?', es: '¿Dónde?' } }]), []))).toBe('input.questions.0.type');
  });

  it('refuses duplicate keys and a survey with neither a public link nor invitations', () => {
    expect(fieldOf(() => validateDefinition(base([yesNo, yesNo]), []))).toBe('input.questions.1.key');
    expect(fieldOf(() => validateDefinition(base([yesNo], { publicLink: false, personalInvitations: false }), []))).toBe('input.publicLink');
  });
});
