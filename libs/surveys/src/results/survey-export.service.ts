import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { stringify } from 'csv-stringify/sync';
import { NotFoundError, StaffActor } from '@app/common';
import { Survey } from '../survey.entity';
import { SurveyQuestion } from '../survey-question.entity';
import { SurveyOption } from '../survey-option.entity';
import { QuestionType } from '../survey.enums';
import { textIn } from '../localised-text';
import { SurveyResultsService } from './survey-results.service';
import { suppressionText } from './disclosure';

/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab/CR) as a formula; such text
 * answers are exported with a leading apostrophe so opening the CSV runs nothing.
 */
export function csvSafe(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export interface TextAnswer {
  text: string;
  submittedOn: string;
}

/** Staff-only views of raw answers: text answers and CSV exports. */
@Injectable()
export class SurveyExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly results: SurveyResultsService,
  ) {}

  /** Text answers to one question (text questions and "other" answers), newest day first. */
  async textAnswers(actor: Pick<StaffActor, 'agencyId'>, surveyId: string, questionId: string, limit = 100, offset = 0): Promise<TextAnswer[]> {
    await this.survey(actor, surveyId);
    const rows = await this.dataSource.query(
      `SELECT a.text_value AS text, a.submitted_on::text AS "submittedOn"
       FROM survey_answers a JOIN survey_questions q ON q.id = a.question_id AND q.type <> 'NEIGHBOURHOOD'
       WHERE a.survey_id = $1 AND a.question_id = $2 AND a.text_value IS NOT NULL
       ORDER BY a.submitted_on DESC, a.text_value LIMIT $3 OFFSET $4`,
      [surveyId, questionId, Math.min(limit, 500), offset],
    );
    return rows;
  }

  /** One row per response, one column per question (options by their English label). */
  async responsesCsv(actor: Pick<StaffActor, 'agencyId'>, surveyId: string): Promise<string> {
    await this.survey(actor, surveyId);
    const questions = await this.dataSource.getRepository(SurveyQuestion).find({ where: { surveyId }, order: { position: 'ASC' } });
    const options = await this.dataSource.getRepository(SurveyOption).findBy({ surveyId });
    const labels = new Map(options.map((o) => [o.id, textIn(o.label, 'en')]));
    const types = new Map(questions.map((q) => [q.id, q.type]));
    const rows: { id: string; day: string; language: string; neighbourhood: string | null; answers: { question_id: string; option_id: string | null; number_value: number | null; text_value: string | null }[] }[] =
      await this.dataSource.query(
        `SELECT r.id, r.submitted_on::text AS day, r.language, r.neighbourhood,
                coalesce(json_agg(json_build_object('question_id', a.question_id, 'option_id', a.option_id, 'number_value', a.number_value, 'text_value', a.text_value))
                  FILTER (WHERE a.question_id IS NOT NULL), '[]') AS answers
         FROM survey_responses r LEFT JOIN survey_answers a ON a.response_id = r.id
         WHERE r.survey_id = $1 GROUP BY r.id ORDER BY r.submitted_on, r.id`,
        [surveyId],
      );
    const render = (questionId: string, answers: (typeof rows)[number]['answers']) =>
      answers
        .filter((a) => a.question_id === questionId)
        .map((a) => {
          if (a.option_id) return labels.get(a.option_id) ?? a.option_id;
          if (types.get(questionId) === QuestionType.YES_NO) return a.number_value === 1 ? 'Yes' : 'No';
          if (a.number_value !== null) return String(a.number_value);
          return types.get(questionId) === QuestionType.MULTIPLE_CHOICE ? `Other: ${a.text_value}` : (a.text_value ?? '');
        })
        .join('; ');
    return stringify([
      ['response', 'day', 'language', 'neighbourhood', ...questions.map((q) => q.key)],
      ...rows.map((r) => [r.id, r.day, r.language, csvSafe(r.neighbourhood ?? ''), ...questions.map((q) => csvSafe(render(q.id, r.answers)))]),
    ]);
  }

  /** The stored (suppressed) results as rows: question, category, count, percent. */
  async resultsCsv(actor: Pick<StaffActor, 'agencyId'>, surveyId: string): Promise<string> {
    const results = await this.results.forStaff(actor, surveyId);
    const rows: (string | number | null)[][] = [['question', 'prompt', 'category', 'count', 'percent', 'mean', 'median', 'nps']];
    for (const q of results.questions) {
      rows.push([q.key, csvSafe(textIn(q.prompt, 'en')), 'answered', q.suppressed ? suppressionText(q.suppression) : q.answered, null, q.mean, q.median, q.nps]);
      for (const c of q.counts) rows.push([q.key, csvSafe(textIn(q.prompt, 'en')), csvSafe(textIn(c.label, 'en')), c.suppressed ? suppressionText(c.suppression) : c.count, c.percent, null, null, null]);
    }
    return stringify(rows);
  }

  private async survey(actor: Pick<StaffActor, 'agencyId'>, surveyId: string): Promise<Survey> {
    const survey = await this.dataSource.getRepository(Survey).findOneBy({ id: surveyId, agencyId: actor.agencyId });
    if (!survey) throw new NotFoundError('Survey', surveyId);
    return survey;
  }
}
