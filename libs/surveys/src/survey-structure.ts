import { errorText } from '@app/common';
import { EntityManager } from 'typeorm';
import { SurveyQuestion } from './survey-question.entity';
import { SurveyOption } from './survey-option.entity';
import { SurveyDefinition } from './survey-definition';
import { SurveyError } from './surveys.errors';
import { SurveyRepository } from './survey.repository';
import { SurveyResponseRepository } from './survey-response.repository';

/**
 * Writes a survey's question list, matching existing questions and options by key so
 * their ids (which answers point at) survive edits. Once answers exist, removing an
 * answered question or option, or changing a type, is refused: it would corrupt them.
 */
export async function writeStructure(manager: EntityManager, surveyId: string, definition: SurveyDefinition): Promise<void> {
  const existing = await manager.find(SurveyQuestion, { where: { surveyId } });
  const existingOptions = await manager.find(SurveyOption, { where: { surveyId } });
  const hasResponses = await SurveyResponseRepository.exists(manager, surveyId);
  const byKey = new Map(existing.map((q) => [q.key, q]));
  const wanted = new Map(definition.questions.map((q, i) => [q.key, { q, i }]));

  const removedQuestions = existing.filter((q) => !wanted.has(q.key));
  for (const question of removedQuestions) {
    if (await answered(manager, 'question_id', question.id)) {
      throw SurveyError.hasResponses('input.questions', errorText('Question "{key}" has answers and cannot be removed', { key: question.key }));
    }
  }
  const removedOptions: SurveyOption[] = [];
  for (const [key, { q, i }] of wanted) {
    const current = byKey.get(key);
    if (!current) continue;
    if (current.type !== q.type && hasResponses) {
      throw SurveyError.hasResponses(`input.questions.${i}.type`, errorText('Question "{key}" cannot change from {from} to {to}', { key, from: current.type, to: q.type }));
    }
    const keep = new Set((q.options ?? []).map((o) => o.key));
    for (const option of existingOptions.filter((o) => o.questionId === current.id && !keep.has(o.key))) {
      if (await answered(manager, 'option_id', option.id)) {
        throw SurveyError.hasResponses(`input.questions.${i}.options`, errorText('Option "{key}" of question "{key2}" has answers and cannot be removed', { key: option.key, key2: key }));
      }
      removedOptions.push(option);
    }
  }

  // Conditions are rewritten below; clearing them first lets removed questions go.
  await manager.update(SurveyQuestion, { surveyId }, { conditionQuestionId: null, conditionOperator: null, conditionValue: null });
  if (removedOptions.length) await manager.delete(SurveyOption, removedOptions.map((o) => o.id));
  if (removedQuestions.length) await manager.delete(SurveyQuestion, removedQuestions.map((q) => q.id));

  const ids = new Map<string, string>();
  for (const [position, q] of definition.questions.entries()) {
    const values = {
      surveyId,
      key: q.key,
      position: position + 1,
      type: q.type,
      prompt: q.prompt,
      helpText: q.helpText ?? {},
      required: Boolean(q.required),
      allowOther: Boolean(q.allowOther),
      minValue: q.minValue ?? null,
      maxValue: q.maxValue ?? null,
      lowLabel: q.lowLabel ?? {},
      highLabel: q.highLabel ?? {},
    };
    const current = byKey.get(q.key);
    if (current) {
      await manager.update(SurveyQuestion, { id: current.id }, values);
      ids.set(q.key, current.id);
    } else {
      const saved = await manager.save(manager.create(SurveyQuestion, values));
      ids.set(q.key, saved.id);
    }
    const questionId = ids.get(q.key)!;
    const currentOptions = new Map(existingOptions.filter((o) => o.questionId === questionId).map((o) => [o.key, o]));
    for (const [j, option] of (q.options ?? []).entries()) {
      const found = currentOptions.get(option.key);
      if (found) await manager.update(SurveyOption, { id: found.id }, { position: j + 1, label: option.label });
      else await manager.insert(SurveyOption, { questionId, surveyId, key: option.key, position: j + 1, label: option.label });
    }
  }
  // Pages cache a survey's questions by this timestamp, so every structural edit moves it.
  await SurveyRepository.touch(manager, surveyId);
  for (const q of definition.questions) {
    if (!q.condition) continue;
    await manager.update(
      SurveyQuestion,
      { id: ids.get(q.key)! },
      { conditionQuestionId: ids.get(q.condition.questionKey)!, conditionOperator: q.condition.operator, conditionValue: q.condition.value },
    );
  }
}

function answered(manager: EntityManager, column: 'question_id' | 'option_id', id: string): Promise<boolean> {
  return SurveyResponseRepository.answered(manager, column, id);
}
