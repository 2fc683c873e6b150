import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock, NotFoundError, StaffActor, isLanguageCode, retrying, unknownLanguage } from '@app/common';
import { AgenciesService } from '@app/agencies';
import { isTransactionConflict } from '@app/database';
import { Survey } from '../survey.entity';
import { SurveyQuestion } from '../survey-question.entity';
import { SurveyOption } from '../survey-option.entity';
import { SurveyResultsRow } from '../survey-results.entity';
import { FormQuestion } from '../survey-answers';
import { SurveyRepository } from '../survey.repository';
import { SurveyInvitationRepository } from '../survey-invitation.repository';
import { SurveyAnswersRepository } from './survey-answers.repository';
import { ResultsTally, TALLY_VERSION, mergeTallies } from './results-tally';
import { SurveyResultsRepository } from './survey-results.repository';
import { numberFactsFrom, rawResults, topTermsFrom } from './results-raw';
import { MIN_CELL } from './disclosure';
import { buildSnapshot } from './results-builder';
import { SurveyResultsSnapshot } from './results.types';

/** What a list of surveys shows of each one's responses. */
export interface ResponseSummary {
  responseCount: number;
  /** Answered personal links / sent personal links (0..1), null without personal links. */
  responseRate: number | null;
  invitationsSent: number;
  /** When the figures were computed; null before the first computation. */
  computedAt: Date | null;
}

/** A stored tally older than this is rebuilt from every response, so no drift outlives a day. */
const FULL_PASS_EVERY_MS = 24 * 3600 * 1000;

/** Computing, storing and serving results snapshots. */
@Injectable()
export class SurveyResultsService {
  private readonly logger = new Logger(SurveyResultsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly agencies: AgenciesService,
    private readonly clock: Clock,
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
   *
   * A full pass reads on `sideConnections` more connections (default 2) in the same snapshot,
   * so its smaller passes overlap the main one; 0 runs every pass on one connection (the
   * benchmark compares both).
   */
  async recompute(surveyId: string, options: { full?: boolean; sideConnections?: number } = {}): Promise<SurveyResultsSnapshot | null> {
    const cleared = await this.dataSource.transaction(async (manager) => {
      if (!(await SurveyRepository.clearResultsDirty(manager, surveyId))) return false;
      await SurveyInvitationRepository.settleUses(manager, surveyId);
      return true;
    });
    if (!cleared) return null;
    return this.oneAtATime(surveyId, async (manager) => {
      // The full grouping pass has a few thousand groups however many answers there are;
      // enough memory lets PostgreSQL hash them instead of sorting millions of rows on disk.
      await manager.query(`SET LOCAL work_mem = '64MB'`);
      const survey = await SurveyRepository.forResults(manager, surveyId);
      // The snapshot's time, and the age of the last full pass, by the clock rules read.
      const now = this.clock.now();
      const neighbourhoods = await this.agencies.neighbourhoods(manager, survey.agencyId);
      const questions = await manager.find(SurveyQuestion, { where: { surveyId }, order: { position: 'ASC' } });
      const choices = await manager.find(SurveyOption, { where: { surveyId }, order: { position: 'ASC' } });
      const form: FormQuestion[] = questions.map((q) => Object.assign(q, { options: choices.filter((o) => o.questionId === q.id) }));
      const { tally, talliedInFullAt } = await this.tally(manager, surveyId, survey.version, questions, now, options.full ?? false, options.sideConnections ?? 2);
      const raw = rawResults(tally, {
        numbers: await SurveyResultsRepository.numberFacts(manager, surveyId),
        terms: await SurveyResultsRepository.topTerms(manager, surveyId),
        invitations: await SurveyInvitationRepository.counts(manager, surveyId),
      });
      const snapshot = buildSnapshot(surveyId, now, form, neighbourhoods, raw);
      await SurveyResultsRepository.save(manager, surveyId, now, snapshot, tally, talliedInFullAt);
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
    sideConnections: number,
  ): Promise<{ tally: ResultsTally; talliedInFullAt: Date }> {
    const stored = await SurveyResultsRepository.storedTally(manager, surveyId);
    const usable =
      stored?.tally?.version === TALLY_VERSION &&
      stored.tally.surveyVersion === surveyVersion &&
      stored.tallied_in_full_at &&
      now.getTime() - stored.tallied_in_full_at.getTime() < FULL_PASS_EVERY_MS;
    if (full || !usable) {
      await SurveyAnswersRepository.forgetUncounted(manager, surveyId);
      const scanned = await this.inSameSnapshot(manager, sideConnections, (lanes) => SurveyAnswersRepository.scan(manager, { surveyId }, questions, lanes));
      await SurveyResultsRepository.storeCounters(manager, 'terms', surveyId, scanned.terms, true);
      await SurveyResultsRepository.storeCounters(manager, 'values', surveyId, scanned.values, true);
      return { tally: { ...scanned.tally, surveyVersion }, talliedInFullAt: now };
    }
    const fresh = await SurveyAnswersRepository.takeUncounted(manager, surveyId);
    // `usable` above: a current tally is stored, with the time of its last full pass.
    const kept = { tally: stored!.tally, talliedInFullAt: stored!.tallied_in_full_at! };
    if (!fresh.length) return kept;
    const scanned = await SurveyAnswersRepository.scan(manager, { surveyId, responses: fresh }, questions);
    await SurveyResultsRepository.storeCounters(manager, 'terms', surveyId, scanned.terms, false);
    await SurveyResultsRepository.storeCounters(manager, 'values', surveyId, scanned.values, false);
    return { tally: { ...mergeTallies(kept.tally, scanned.tally), surveyVersion }, talliedInFullAt: kept.talliedInFullAt };
  }

  /**
   * Runs `work` with `count` more connections, each in a read-only transaction that shares
   * the snapshot of `manager`'s (`pg_export_snapshot`), so a full pass can read in parallel
   * exactly what it would read alone. Without a free connection in the pool right away, the
   * work runs on `manager` alone rather than wait for one (no pass ever waits on another's).
   */
  private async inSameSnapshot<T>(manager: EntityManager, count: number, work: (lanes: EntityManager[]) => Promise<T>): Promise<T> {
    const pool = (this.dataSource.driver as unknown as { master?: { idleCount?: number; totalCount?: number; options?: { max?: number } } }).master;
    const free = pool ? (pool.idleCount ?? 0) + Math.max(0, (pool.options?.max ?? 0) - (pool.totalCount ?? 0)) : 0;
    if (count === 0 || free < count + 1) return work([]);
    const [{ id }] = await manager.query(`SELECT pg_export_snapshot() AS id`);
    if (!/^[0-9A-F-]+$/i.test(id)) throw new Error(`unexpected snapshot id ${id}`);
    const runners = Array.from({ length: count }, () => this.dataSource.createQueryRunner());
    try {
      await Promise.all(
        runners.map(async (runner) => {
          await runner.connect();
          await runner.query(`BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY`);
          await runner.query(`SET TRANSACTION SNAPSHOT '${id}'`);
          // The side passes read a question or two through an index: JIT costs more than it saves.
          await runner.query(`SET LOCAL jit = off`);
        }),
      );
      return await work(runners.map((runner) => runner.manager));
    } finally {
      await Promise.all(
        runners.map(async (runner) => {
          await runner.query(`ROLLBACK`).catch(() => undefined);
          await runner.release();
        }),
      );
    }
  }

  /**
   * Runs `work` in a REPEATABLE READ transaction while no other pass of this survey runs.
   * The lock is taken before the transaction starts, so the snapshot already holds
   * whatever the previous pass committed. A serialization failure runs it again (3 runs at most).
   */
  private async oneAtATime<T>(surveyId: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query(`SELECT pg_advisory_lock(hashtext('survey-results'), hashtext($1))`, [surveyId]);
      try {
        // A row changed since the snapshot (a staff edit of the survey, say) fails the pass with a
        // serialization error: it runs again at once, rather than waiting for the periodic sweep.
        return await retrying(
          async () => {
            await runner.startTransaction('REPEATABLE READ');
            try {
              const result = await work(runner.manager);
              await runner.commitTransaction();
              return result;
            } catch (error) {
              await runner.rollbackTransaction();
              throw error;
            }
          },
          (error, attempt) => isTransactionConflict(error) && attempt < 3,
        );
      } finally {
        await runner.query(`SELECT pg_advisory_unlock(hashtext('survey-results'), hashtext($1))`, [surveyId]);
      }
    } finally {
      await runner.release();
    }
  }

  /** The periodic pass: every survey marked dirty, so a lost job only delays results. */
  async recomputeDirty(limit = 200): Promise<number> {
    const ids = await SurveyRepository.dirtyIds(this.dataSource, limit);
    for (const id of ids) {
      try {
        await this.recompute(id);
      } catch (error) {
        this.logger.error(`Results of survey ${id} failed: ${error}`);
      }
    }
    return ids.length;
  }

  /** The stored snapshot (staff), or an empty one when nothing was computed yet. */
  async forStaff(actor: Pick<StaffActor, 'agencyId'>, surveyId: string): Promise<SurveyResultsSnapshot> {
    const survey = await this.dataSource.getRepository(Survey).findOneBy({ id: surveyId, agencyId: actor.agencyId });
    if (!survey) throw new NotFoundError('Survey', surveyId);
    return this.stored(survey.id);
  }

  /**
   * Results of only the responses given in `language`, worked out now from the answers (a
   * subset is not stored), through the same disclosure control as the stored ones. The
   * response rate of personal links counts the links sent in that language.
   */
  async forStaffInLanguage(actor: Pick<StaffActor, 'agencyId'>, surveyId: string, language: string): Promise<SurveyResultsSnapshot> {
    if (!isLanguageCode(language)) throw unknownLanguage(language, 'language');
    const survey = await this.dataSource.getRepository(Survey).findOneBy({ id: surveyId, agencyId: actor.agencyId });
    if (!survey) throw new NotFoundError('Survey', surveyId);
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const neighbourhoods = await this.agencies.neighbourhoods(manager, survey.agencyId);
      const questions = await manager.find(SurveyQuestion, { where: { surveyId }, order: { position: 'ASC' } });
      const choices = await manager.find(SurveyOption, { where: { surveyId }, order: { position: 'ASC' } });
      const form: FormQuestion[] = questions.map((q) => Object.assign(q, { options: choices.filter((o) => o.questionId === q.id) }));
      const responses = await SurveyAnswersRepository.inLanguage(manager, surveyId, language);
      const scanned = await SurveyAnswersRepository.scan(manager, { surveyId, responses }, questions);
      const raw = rawResults(scanned.tally, {
        numbers: numberFactsFrom(scanned.values),
        terms: topTermsFrom(scanned.terms, MIN_CELL),
        invitations: await SurveyInvitationRepository.counts(manager, surveyId, language),
      });
      return buildSnapshot(surveyId, this.clock.now(), form, neighbourhoods, raw);
    });
  }

  /** Response count and rate of each survey (in the order asked; zero when none computed yet), for lists. */
  async summariesFor(agencyId: string, surveyIds: readonly string[]): Promise<ResponseSummary[]> {
    const rows = await SurveyResultsRepository.summaries(this.dataSource, agencyId, surveyIds);
    const byId = new Map(rows.map((r) => [r.surveyId, r]));
    return surveyIds.map((id) => {
      const row = byId.get(id);
      return row
        ? { responseCount: row.responseCount, responseRate: row.responseRate, invitationsSent: row.invitationsSent, computedAt: row.computedAt }
        : { responseCount: 0, responseRate: null, invitationsSent: 0, computedAt: null };
    });
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
