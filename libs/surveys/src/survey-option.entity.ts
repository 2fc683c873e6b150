import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { LocalisedText } from './localised-text';

/** A choice of a single- or multiple-choice question; its id is stable across edits. */
@Entity('survey_options')
export class SurveyOption {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'question_id', type: 'uuid' })
  questionId: string;

  @Column({ name: 'survey_id', type: 'uuid' })
  surveyId: string;

  @Column({ type: 'text' })
  key: string;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'jsonb' })
  label: LocalisedText;
}
