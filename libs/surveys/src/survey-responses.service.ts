import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { hashToken } from '@app/common';
import { JobsService } from '@app/queue';
import { Survey, availability } from './survey.entity';
import { SurveyQuestion } from './survey-question.entity';
import { SurveyOption } from './survey-option.entity';
import { SurveyInvitation } from './survey-invitation.entity';
import { SurveyLanguage } from './survey.enums';
import { FormQuestion, RawAnswer, evaluateAnswers } from './survey-answers';
import { SurveyError } from './surveys.errors';

export interface SurveyForm {
  survey: Survey;
  questions: FormQuestion[];
  neighbourhoods: string[];
  timeZone: string;
}

export interface Submission {
  form: SurveyForm;
  /** The personal link's token, when answering from one. */
  token?: string;
  language: SurveyLanguage;
  answers: Record<string, RawAnswer>;
}

/** How long a burst of responses waits before one recomputation of the survey's results. */
export const AGGREGATE_DEBOUNCE_MS = 1_000;

/** Taking answers: loading a survey for its page, checking answers and personal links, storing a response. */
@Injectable()
export class SurveyResponsesService {
  private readonly logger = new Logger(SurveyResponsesService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
  ) {}

  /** The survey behind `/s/<slug>`, with its questions and the agency's neighbourhoods; null if none. */
  async loadForm(slug: string): Promise<SurveyForm | null> {
    const survey = await this.dataSource.getRepository(Survey).findOneBy({ slug });
    if (!survey) return null;
    const [questions, options, [agency]] = await Promise.all([
      this.dataSource.getRepository(SurveyQuestion).find({ where: { surveyId: survey.id }, order: { position: 'ASC' } }),
      this.dataSource.getRepository(SurveyOption).find({ where: { surveyId: survey.id }, order: { position: 'ASC' } }),
      this.dataSource.query(`SELECT neighbourhoods, time_zone FROM agencies WHERE id = $1`, [survey.agencyId]),
    ]);
    return {
      survey,
      questions: questions.map((q) => Object.assign(q, { options: options.filter((o) => o.questionId === q.id) })),
      neighbourhoods: agency.neighbourhoods,
      timeZone: agency.time_zone,
    };
  }

  /** The invitation a personal link stands for; refuses links of other surveys and used ones. */
  async checkToken(survey: Survey, token: string): Promise<SurveyInvitation> {
    const invitation = await this.dataSource.getRepository(SurveyInvitation).findOneBy({ tokenHash: hashToken(token) });
    if (!invitation || invitation.surveyId !== survey.id) throw SurveyError.tokenInvalid();
    if (invitation.used) throw SurveyError.tokenUsed();
    return invitation;
  }

  /**
   * Checks everything, then writes the response, its answers and (for a personal link)
   * the token's use in one transaction: any problem writes nothing. For anonymous
   * surveys nothing written links the response to the link, the person or the time.
   */
  async submit(submission: Submission): Promise<void> {
    const { survey, questions, neighbourhoods } = submission.form;
    const state = availability(survey);
    if (state !== 'OPEN') throw SurveyError.notOpen(state);
    let invitation: SurveyInvitation | null = null;
    if (submission.token !== undefined) invitation = await this.checkToken(survey, submission.token);
    else if (!survey.publicLink) throw SurveyError.invitationOnly();
    const evaluated = evaluateAnswers(questions, submission.answers, neighbourhoods, submission.language);
    if (evaluated.problems.length) throw SurveyError.answersInvalid(evaluated.problems);

    await this.dataSource.transaction(async (manager) => {
      if (invitation) {
        // Concurrent posts of one token queue on this row; only the first finds it unused.
        const claimed = await manager.query(
          `UPDATE survey_invitations SET used = true, use_settled = $2 WHERE id = $1 AND NOT used RETURNING id`,
          [invitation.id, !survey.anonymous],
        );
        if (claimed[0].length === 0) throw SurveyError.tokenUsed();
      }
      const [{ id: responseId }] = await manager.query(
        `INSERT INTO survey_responses (survey_id, agency_id, submitted_on, language, neighbourhood)
         VALUES ($1, $2, (now() AT TIME ZONE 'UTC')::date, $3, $4) RETURNING id`,
        [survey.id, survey.agencyId, submission.language, evaluated.neighbourhood],
      );
      if (evaluated.values.length) {
        await manager.query(
          `INSERT INTO survey_answers (response_id, survey_id, question_id, option_id, number_value, text_value, neighbourhood, submitted_on)
           SELECT $1, $2, a.question_id, a.option_id, a.number_value, a.text_value, $3, (now() AT TIME ZONE 'UTC')::date
           FROM unnest($4::uuid[], $5::uuid[], $6::float8[], $7::text[]) AS a(question_id, option_id, number_value, text_value)`,
          [
            responseId,
            survey.id,
            evaluated.neighbourhood,
            evaluated.values.map((v) => v.questionId),
            evaluated.values.map((v) => v.optionId),
            evaluated.values.map((v) => v.numberValue),
            evaluated.values.map((v) => v.textValue),
          ],
        );
      }
      if (invitation && !survey.anonymous) {
        await manager.query(`INSERT INTO survey_respondents (response_id, survey_id, invitation_id, contact_id) VALUES ($1, $2, $3, $4)`, [
          responseId,
          survey.id,
          invitation.id,
          invitation.contactId,
        ]);
      }
      await this.markDirty(manager, survey.id);
    });
    // Again after commit: a recomputation that started before we committed cleared the
    // flag without seeing this response, so the flag must end up set.
    await this.markDirty(this.dataSource.manager, survey.id);
    await this.requestAggregation(survey.id);
  }

  /** Queues one debounced recomputation per burst; the dirty flag covers a lost job. */
  async requestAggregation(surveyId: string): Promise<void> {
    try {
      await this.jobs.enqueue(
        'survey.aggregate',
        { surveyId },
        {
          delay: AGGREGATE_DEBOUNCE_MS,
          deduplication: { id: `survey-aggregate:${surveyId}`, keepLastIfActive: true },
          removeOnComplete: true,
          removeOnFail: 100,
        },
      );
    } catch (error) {
      this.logger.warn(`Could not queue results for survey ${surveyId}; the periodic pass will catch up: ${error}`);
    }
  }

  private async markDirty(manager: DataSource['manager'], surveyId: string): Promise<void> {
    await manager.query(`UPDATE surveys SET results_dirty = true WHERE id = $1 AND NOT results_dirty`, [surveyId]);
  }

}
