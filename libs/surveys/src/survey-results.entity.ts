import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { SurveyResultsSnapshot } from './results/results.types';

/** The latest computed results of a survey, already suppressed for small cells. */
@Entity('survey_results')
export class SurveyResultsRow {
  @PrimaryColumn({ name: 'survey_id', type: 'uuid' })
  surveyId: string;

  @Column({ name: 'computed_at', type: 'timestamptz' })
  computedAt: Date;

  @Column({ name: 'response_count', type: 'int' })
  responseCount: number;

  @Column({ type: 'jsonb' })
  results: SurveyResultsSnapshot;
}
