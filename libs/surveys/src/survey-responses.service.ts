import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BatchedCalls, Clock, hashToken } from '@app/common';
import { JobsService } from '@app/queue';
import { AgenciesService } from '@app/agencies';
import { Survey, availability } from './survey.entity';
import { SurveyQuestion } from './survey-question.entity';
import { SurveyOption } from './survey-option.entity';
import { SurveyInvitation } from './survey-invitation.entity';
import { SurveyLanguage } from './survey.enums';
import { FormQuestion, RawAnswer, evaluateAnswers } from './survey-answers';
import { SurveyError } from './surveys.errors';
import { CheckedResponse, PublicResponse, SurveyResponseRepository } from './survey-response.repository';
import { SurveyRepository } from './survey.repository';

export interface SurveyForm {
  survey: Survey;
  questions: FormQuestion[];
  neighbourhoods: string[];
  timeZone: string;
  /** Whose survey it is, for the page's header. */
  agency: { name: string; primaryColor: string | null; logoUrl: string | null };
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
const FORM_CACHE_MS = 60_000;

/** Taking answers: loading a survey for its page, checking answers and personal links, storing a response. */
@Injectable()
export class SurveyResponsesService {
  private readonly logger = new Logger(SurveyResponsesService.name);
  private readonly forms = new Map<string, { version: number; loadedAt: number; form: SurveyForm }>();
  /** Per survey: until when the queued recomputation surely has not started (see `requestAggregation`). */
  private readonly pendingUntil = new Map<string, number>();
  /** Survey rows by slug: concurrent page loads share one query (each still starts after its request). */
  private readonly surveyRows = new BatchedCalls<string, Record<string, unknown> | undefined>(async (slugs) => {
    // A suspended agency's surveys are not found (its public pages all are).
    const rows = await SurveyRepository.bySlugs(this.dataSource, slugs, this.agencies.notSuspended('surveys.agency_id'));
    const bySlug = new Map(rows.map((row) => [row.slug, row]));
    return slugs.map((slug) => bySlug.get(slug));
  });
  /** Public-link responses: concurrent posts share one statement and one commit. */
  private readonly publicWrites = new BatchedCalls<PublicResponse, void>((responses) => SurveyResponseRepository.writePublic(this.dataSource, responses, this.clock.now()));

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
    private readonly agencies: AgenciesService,
    private readonly clock: Clock,
  ) {}

  /**
   * The survey behind `/s/<slug>`, with its questions and the agency's neighbourhoods; null
   * if none. One query per request (shared by concurrent requests): questions are reused
   * while the survey's `updated_at` (moved by every edit) is unchanged, for at most a minute
   * (neighbourhood lists change rarely).
   */
  async loadForm(slug: string): Promise<SurveyForm | null> {
    // Plain SQL (see `surveyRows`): this runs on every page view and post, and the query builder costs more CPU than the query.
    const row = await this.surveyRows.call(slug);
    if (!row) return null;
    const survey = Object.assign(new Survey(), row) as Survey;
    const cached = this.forms.get(survey.id);
    if (cached && cached.version === survey.updatedAt.getTime() && this.clock.now().getTime() - cached.loadedAt < FORM_CACHE_MS) {
      return { ...cached.form, survey };
    }
    const [questions, options, agency] = await Promise.all([
      this.dataSource.getRepository(SurveyQuestion).find({ where: { surveyId: survey.id }, order: { position: 'ASC' } }),
      this.dataSource.getRepository(SurveyOption).find({ where: { surveyId: survey.id }, order: { position: 'ASC' } }),
      this.agencies.get(survey.agencyId),
    ]);
    const form: SurveyForm = {
      survey,
      questions: questions.map((q) => Object.assign(q, { options: options.filter((o) => o.questionId === q.id) })),
      neighbourhoods: agency.neighbourhoods,
      timeZone: agency.timeZone,
      agency: { name: agency.name, primaryColor: agency.branding?.primaryColor ?? null, logoUrl: agency.branding?.logoUrl ?? null },
    };
    if (this.forms.size > 1_000) this.forms.clear();
    this.forms.set(survey.id, { version: survey.updatedAt.getTime(), loadedAt: this.clock.now().getTime(), form });
    return form;
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
   * the token's use in one statement: any problem writes nothing. For anonymous
   * surveys nothing written links the response to the link, the person or the time.
   */
  async submit(submission: Submission): Promise<void> {
    const { survey, questions, neighbourhoods } = submission.form;
    const state = availability(survey, this.clock.now());
    if (state !== 'OPEN') throw SurveyError.notOpen(state);
    const invitation = submission.token !== undefined ? await this.checkToken(survey, submission.token) : null;
    if (!invitation && !survey.publicLink) throw SurveyError.invitationOnly();
    const evaluated = evaluateAnswers(questions, submission.answers, neighbourhoods, submission.language);
    if (evaluated.problems.length) throw SurveyError.answersInvalid(evaluated.problems);
    const response = { surveyId: survey.id, agencyId: survey.agencyId, language: submission.language, neighbourhood: evaluated.neighbourhood, values: evaluated.values };
    if (invitation) await this.writePersonal(response, invitation, survey.anonymous);
    else await this.publicWrites.call({ ...response, id: randomUUID() });
    await this.requestAggregation(survey.id);
  }

  /** Claims the personal link and writes the response in one statement (see the repository); a link already used is refused. */
  private async writePersonal(response: CheckedResponse, invitation: SurveyInvitation, anonymous: boolean): Promise<void> {
    const written = await SurveyResponseRepository.writePersonal(this.dataSource, response, invitation.id, anonymous, this.clock.now());
    if (!written) throw SurveyError.tokenUsed();
  }

  /**
   * Queues one debounced recomputation per burst (BullMQ deduplication; with
   * `keepLastIfActive` a response arriving while the job runs gets one more run after it).
   * Called after the response is committed. While the job we joined is still waiting
   * for its start (with a margin), it will see this response: no need to ask Redis again.
   * If Redis cannot be reached, the dirty flag is set again so the periodic pass picks
   * the survey up. Measured by the system clock, not the `Clock`: BullMQ's delay and
   * `job.timestamp` run on it, and no rule about the survey is decided here.
   */
  async requestAggregation(surveyId: string): Promise<void> {
    if (Date.now() < (this.pendingUntil.get(surveyId) ?? 0)) return;
    try {
      const job = await this.jobs.enqueue(
        'survey.aggregate',
        { surveyId },
        {
          delay: AGGREGATE_DEBOUNCE_MS,
          deduplication: { id: `survey-aggregate:${surveyId}`, keepLastIfActive: true },
          removeOnComplete: true,
          removeOnFail: 100,
        },
      );
      if (this.pendingUntil.size > 10_000) this.pendingUntil.clear();
      this.pendingUntil.set(surveyId, job.timestamp + (job.opts.delay ?? 0) - AGGREGATE_DEBOUNCE_MS / 2);
    } catch (error) {
      this.logger.warn(`Could not queue results for survey ${surveyId}; the periodic pass will catch up: ${error}`);
      await this.markDirty(surveyId).catch(() => undefined);
    }
  }

  private async markDirty(surveyId: string): Promise<void> {
    await SurveyRepository.markResultsDirty(this.dataSource, surveyId);
  }

}
