import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { stringify } from 'csv-stringify/sync';
import { NotFoundError, StaffActor, guardFormula } from '@app/common';
import { Survey } from '../survey.entity';
import { SurveyQuestion } from '../survey-question.entity';
import { SurveyOption } from '../survey-option.entity';
import { QuestionType } from '../survey.enums';
import { textIn } from '../localised-text';
import { SurveyResponseRepository } from '../survey-response.repository';
import { SurveyResultsService } from './survey-results.service';
import { disclosePartition, suppressionText } from './disclosure';

export interface TextAnswer {
  text: string;
  /** The day it was sent; for an anonymous survey, the Monday of its week. */
  submittedOn: string;
}

const WITHHELD = 'withheld';

/** The first row of an anonymous survey's responses CSV, where a spreadsheet shows it first. */
export const ANONYMOUS_EXPORT_NOTE =
  'Note: anonymous survey. Each response shows the ISO week it was sent, not the day, in no particular order within the week. ' +
  `A week, language or neighbourhood shared by fewer than 5 responses (or hidden to protect such a group) shows as "${WITHHELD}".`;

/**
 * One column of an anonymous export: a value shared by too few responses (by the same
 * disclosure rule as the results) becomes "withheld"; no value stays empty.
 */
function coarsened(values: (string | null)[]): string[] {
  const sizes = new Map<string, number>();
  for (const v of values) if (v !== null) sizes.set(v, (sizes.get(v) ?? 0) + 1);
  const groups = [...sizes.keys()];
  const disclosed = disclosePartition(groups.map((g) => sizes.get(g)!));
  const shown = new Set(groups.filter((_, i) => disclosed[i].count !== null));
  return values.map((v) => (v === null ? '' : shown.has(v) ? v : WITHHELD));
}

/** Staff-only views of raw answers: text answers and CSV exports. */
@Injectable()
export class SurveyExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly results: SurveyResultsService,
  ) {}

  /**
   * Text answers to one question (text questions and "other" answers), newest day first.
   * For an anonymous survey, by week (its Monday), in the order of the text within a week.
   */
  async textAnswers(actor: Pick<StaffActor, 'agencyId'>, surveyId: string, questionId: string, limit = 100, offset = 0): Promise<TextAnswer[]> {
    const survey = await this.survey(actor, surveyId);
    const rows = await SurveyResponseRepository.textAnswers(this.dataSource, surveyId, questionId, survey.anonymous, Math.min(limit, 500), offset);
    return rows;
  }

  /**
   * One row per response, one column per question (options by their English label). An
   * anonymous survey's rows carry the week instead of the day, in no order within a week,
   * and a week, language or neighbourhood only where enough responses share it (a note
   * row above the header says so): with few responses a day, the day could point to a person.
   */
  async responsesCsv(actor: Pick<StaffActor, 'agencyId'>, surveyId: string): Promise<string> {
    const survey = await this.survey(actor, surveyId);
    const questions = await this.dataSource.getRepository(SurveyQuestion).find({ where: { surveyId }, order: { position: 'ASC' } });
    const options = await this.dataSource.getRepository(SurveyOption).findBy({ surveyId });
    const labels = new Map(options.map((o) => [o.id, textIn(o.label, 'en')]));
    const types = new Map(questions.map((q) => [q.id, q.type]));
    const rows = await SurveyResponseRepository.exported(this.dataSource, surveyId);
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
    const keys = questions.map((q) => q.key);
    if (!survey.anonymous) {
      const answers = (r: (typeof rows)[number]) => questions.map((q) => guardFormula(render(q.id, r.answers)));
      return stringify([['response', 'day', 'language', 'neighbourhood', ...keys], ...rows.map((r) => [r.id, r.day, r.language, guardFormula(r.neighbourhood ?? ''), ...answers(r)])]);
    }
    const week = coarsened(rows.map((r) => r.week));
    const language = coarsened(rows.map((r) => r.language));
    const neighbourhood = coarsened(rows.map((r) => r.neighbourhood));
    // A neighbourhood question's answer is a neighbourhood too: withheld where few share it, like the column.
    const neighbourhoodAnswers = new Map(
      questions.filter((q) => q.type === QuestionType.NEIGHBOURHOOD).map((q) => [q.id, coarsened(rows.map((r) => render(q.id, r.answers) || null))]),
    );
    const answers = (r: (typeof rows)[number], i: number) => questions.map((q) => guardFormula(neighbourhoodAnswers.get(q.id)?.[i] ?? render(q.id, r.answers)));
    // Ordered by what is shown (then by the random key), so a row's place gives no withheld week away.
    const order = rows.map((_, i) => i).sort((a, b) => week[a].localeCompare(week[b]) || rows[a].id.localeCompare(rows[b].id));
    return stringify([
      [ANONYMOUS_EXPORT_NOTE],
      ['response', 'week', 'language', 'neighbourhood', ...keys],
      ...order.map((i) => [rows[i].id, week[i], language[i], guardFormula(neighbourhood[i]), ...answers(rows[i], i)]),
    ]);
  }

  /** The stored (suppressed) results as rows: question, category, count, percent. */
  async resultsCsv(actor: Pick<StaffActor, 'agencyId'>, surveyId: string): Promise<string> {
    const results = await this.results.forStaff(actor, surveyId);
    const rows: (string | number | null)[][] = [['question', 'prompt', 'category', 'count', 'percent', 'mean', 'median', 'nps']];
    for (const q of results.questions) {
      rows.push([q.key, guardFormula(textIn(q.prompt, 'en')), 'answered', q.suppressed ? suppressionText(q.suppression) : q.answered, null, q.mean, q.median, q.nps]);
      for (const c of q.counts) rows.push([q.key, guardFormula(textIn(q.prompt, 'en')), guardFormula(textIn(c.label, 'en')), c.suppressed ? suppressionText(c.suppression) : c.count, c.percent, null, null, null]);
    }
    return stringify(rows);
  }

  private async survey(actor: Pick<StaffActor, 'agencyId'>, surveyId: string): Promise<Survey> {
    const survey = await this.dataSource.getRepository(Survey).findOneBy({ id: surveyId, agencyId: actor.agencyId });
    if (!survey) throw new NotFoundError('Survey', surveyId);
    return survey;
  }
}
