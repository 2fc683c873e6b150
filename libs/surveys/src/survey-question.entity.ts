import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { ConditionOperator, QuestionType } from './survey.enums';
import { LocalisedText } from './localised-text';

/**
 * One question. `key` is chosen by the survey's author and stays stable across edits
 * (conditions and edits refer to it); `id` is what answers point at.
 * A condition shows the question only when the answer to an earlier question
 * EQUALS (or, for multiple choice, INCLUDES) `conditionValue`: an option key, YES/NO,
 * a number, or a neighbourhood name.
 */
@Entity('survey_questions')
export class SurveyQuestion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'survey_id', type: 'uuid' })
  surveyId: string;

  @Column({ type: 'text' })
  key: string;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'text' })
  type: QuestionType;

  @Column({ type: 'jsonb' })
  prompt: LocalisedText;

  @Column({ name: 'help_text', type: 'jsonb', default: {} })
  helpText: LocalisedText;

  @Column({ default: false })
  required: boolean;

  @Column({ name: 'allow_other', default: false })
  allowOther: boolean;

  @Column({ name: 'min_value', type: 'double precision', nullable: true })
  minValue: number | null;

  @Column({ name: 'max_value', type: 'double precision', nullable: true })
  maxValue: number | null;

  @Column({ name: 'low_label', type: 'jsonb', default: {} })
  lowLabel: LocalisedText;

  @Column({ name: 'high_label', type: 'jsonb', default: {} })
  highLabel: LocalisedText;

  @Column({ name: 'condition_question_id', type: 'uuid', nullable: true })
  conditionQuestionId: string | null;

  @Column({ name: 'condition_operator', type: 'text', nullable: true })
  conditionOperator: ConditionOperator | null;

  @Column({ name: 'condition_value', type: 'text', nullable: true })
  conditionValue: string | null;
}
