import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { NotFoundError, StaffActor } from '@app/common';
import { AgencyReadsService } from '@app/agencies';
import { Survey } from '../survey.entity';
import { SurveyQuestion } from '../survey-question.entity';
import { SurveyOption } from '../survey-option.entity';
import { SurveyResultsRow } from '../survey-results.entity';
import { FormQuestion } from '../survey-answers';
import { NewResponse, queryInvitations, scanResponses } from './results-queries';
import { ResultsTally, TALLY_VERSION, mergeTallies } from './results-tally';
import { numberFactsOf, storeCounters, topTerms } from './results-counters';
import { rawResults } from './results-raw';
import { buildSnapshot } from './results-builder';
import { SurveyResultsSnapshot } from './results.types';

/** A stored tally older than this is rebuilt from every response, so no drift outlives a day. */
const FULL_PASS_EVERY_MS = 24 * 3600 * 1000;

/** Computing, storing and serving results snapshots. */
@Injectable()
export class SurveyResultsService {
  private readonly logger = new Logger(SurveyResultsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly agencyReads: AgencyReadsService,
  ) {}

  /**
   * Brings one survey's results up to date. The dirty flag is cleared (and anonymous token
   * uses are settled) before the snapshot is taken, so a response committed meanwhile
   * leaves the flag set for the next pass instead of being lost.
   *
   * Usually only the responses new since the last pass are read and their tally added to
   * the stored one; the whole survey is read again when asked (`full`), when no tally is
   * stored, when the survey was edited since (its `updated_at` moved) and once a day, so no
   * drift can last.
   */
  async recompute(surveyId: string, options: { full?: boolean } = {}): Promise<SurveyResultsSnapshot | null> {
    const cleared = await this.dataSource.transaction(async (manager) => {
      const [rows] = await manager.query(`UPDATE surveys SET results_dirty = false WHERE id = $1 RETURNING anonymous`, [surveyId]);
      if (!rows?.length) return false;
      // Rewrite the use marks of anonymous links in one batch: the row versions then carry
      // this transaction's id, not the id of the transaction that wrote each response.
      await manager.query(`UPDATE survey_invitations SET use_settled = true WHERE survey_id = $1 AND NOT use_settled`, [surveyId]);
      return true;
    });
    if (!cleared) return null;
    return this.oneAtATime(surveyId, async (manager) => {
      // The full grouping pass has a few thousand groups however many answers there are;
      // enough memory lets PostgreSQL hash them instead of sorting millions of rows on disk.
      await manager.query(`SET LOCAL work_mem = '64MB'`);
      const [survey] = await manager.query(`SELECT now() AS now, id, agency_id, updated_at::text AS version FROM surveys WHERE id = $1`, [surveyId]);
      const now: Date = survey.now;
      const neighbourhoods = await this.agencyReads.neighbourhoods(manager, survey.agency_id);
      const questions = await manager.find(SurveyQuestion, { where: { surveyId }, order: { position: 'ASC' } });
      const choices = await manager.find(SurveyOption, { where: { surveyId }, order: { position: 'ASC' } });
      const form: FormQuestion[] = questions.map((q) => Object.assign(q, { options: choices.filter((o) => o.questionId === q.id) }));
      const { tally, talliedInFullAt } = await this.tally(manager, surveyId, survey.version, questions, now, options.full ?? false);
      const raw = rawResults(tally, {
        numbers: await numberFactsOf(manager, surveyId),
        terms: await topTerms(manager, surveyId),
        invitations: await queryInvitations(manager, surveyId),
      });
      const snapshot = buildSnapshot(surveyId, now, form, neighbourhoods, raw);
      await manager.query(
        `INSERT INTO survey_results (survey_id, computed_at, response_count, results, tally, tallied_in_full_at) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (survey_id) DO UPDATE SET computed_at = EXCLUDED.computed_at, response_count = EXCLUDED.response_count, results = EXCLUDED.results,
           tally = EXCLUDED.tally, tallied_in_full_at = EXCLUDED.tallied_in_full_at`,
        [surveyId, now, snapshot.responseCount, snapshot, tally, talliedInFullAt],
      );
      return snapshot;
    });
  }

  /**
   * The tally of every counted response. Responses leave the uncounted list in the same
   * snapshot that reads them, so the stored tally always covers exactly the responses
   * that are no longer listed.
   */
  private async tally(
    manager: EntityManager,
    surveyId: string,
    surveyVersion: string,
    questions: SurveyQuestion[],
    now: Date,
    full: boolean,
  ): Promise<{ tally: ResultsTally; talliedInFullAt: Date }> {
    const [stored] = await manager.query(`SELECT tally, tallied_in_full_at FROM survey_results WHERE survey_id = $1`, [surveyId]);
    const usable =
      stored?.tally?.version === TALLY_VERSION &&
      stored.tally.surveyVersion === surveyVersion &&
      stored.tallied_in_full_at &&
      now.getTime() - stored.tallied_in_full_at.getTime() < FULL_PASS_EVERY_MS;
    if (full || !usable) {
      await manager.query(`DELETE FROM survey_uncounted_responses WHERE survey_id = $1`, [surveyId]);
      const scanned = await scanResponses(manager, { surveyId }, questions);
      await storeCounters(manager, 'terms', surveyId, scanned.terms, true);
      await storeCounters(manager, 'values', surveyId, scanned.values, true);
      return { tally: { ...scanned.tally, surveyVersion }, talliedInFullAt: now };
    }
    const fresh: NewResponse[] = await manager.query(
      `WITH listed AS (DELETE FROM survey_uncounted_responses WHERE survey_id = $1 RETURNING response_id)
       SELECT r.id, r.neighbourhood, r.submitted_on::text AS day FROM survey_responses r JOIN listed ON listed.response_id = r.id`,
      [surveyId],
    );
    if (!fresh.length) return { tally: stored.tally, talliedInFullAt: stored.tallied_in_full_at };
    const scanned = await scanResponses(manager, { surveyId, responses: fresh }, questions);
    await storeCounters(manager, 'terms', surveyId, scanned.terms, false);
    await storeCounters(manager, 'values', surveyId, scanned.values, false);
    return { tally: { ...mergeTallies(stored.tally, scanned.tally), surveyVersion }, talliedInFullAt: stored.tallied_in_full_at };
  }

  /**
   * Runs `work` in a REPEATABLE READ transaction while no other pass of this survey runs.
   * The lock is taken before the transaction starts, so the snapshot already holds
   * whatever the previous pass committed.
   */
  private async oneAtATime<T>(surveyId: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query(`SELECT pg_advisory_lock(hashtext('survey-results'), hashtext($1))`, [surveyId]);
      try {
        await runner.startTransaction('REPEATABLE READ');
        try {
          const result = await work(runner.manager);
          await runner.commitTransaction();
          return result;
        } catch (error) {
          await runner.rollbackTransaction();
          throw error;
        }
      } finally {
        await runner.query(`SELECT pg_advisory_unlock(hashtext('survey-results'), hashtext($1))`, [surveyId]);
      }
    } finally {
      await runner.release();
    }
  }

  /** The periodic pass: every survey marked dirty, so a lost job only delays results. */
  async recomputeDirty(limit = 200): Promise<number> {
    const rows: { id: string }[] = await this.dataSource.query(`SELECT id FROM surveys WHERE results_dirty ORDER BY updated_at LIMIT $1`, [limit]);
    for (const { id } of rows) {
      try {
        await this.recompute(id);
      } catch (error) {
        this.logger.error(`Results of survey ${id} failed: ${error}`);
      }
    }
    return rows.length;
  }

  /** The stored snapshot (staff), or an empty one when nothing was computed yet. */
  async forStaff(actor: Pick<StaffActor, 'agencyId'>, surveyId: string): Promise<SurveyResultsSnapshot> {
    const survey = await this.dataSource.getRepository(Survey).findOneBy({ id: surveyId, agencyId: actor.agencyId });
    if (!survey) throw new NotFoundError('Survey', surveyId);
    return this.stored(survey.id);
  }

  /** Public results of a survey marked public; null when it is not. */
  async forPublic(survey: Survey): Promise<SurveyResultsSnapshot | null> {
    return survey.resultsPublic ? this.stored(survey.id) : null;
  }

  private async stored(surveyId: string): Promise<SurveyResultsSnapshot> {
    const row = await this.dataSource.getRepository(SurveyResultsRow).findOneBy({ surveyId });
    return (
      row?.results ?? {
        surveyId,
        computedAt: new Date(0).toISOString(),
        responseCount: 0,
        invitationsSent: 0,
        invitationsAnswered: 0,
        responseRate: null,
        byNeighbourhood: [],
        weekly: [],
        questions: [],
      }
    );
  }
}
