import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NotFoundError, StaffActor } from '@app/common';
import { Survey } from '../survey.entity';
import { SurveyQuestion } from '../survey-question.entity';
import { SurveyOption } from '../survey-option.entity';
import { SurveyResultsRow } from '../survey-results.entity';
import { FormQuestion } from '../survey-answers';
import { queryResults } from './results-queries';
import { buildSnapshot } from './results-builder';
import { SurveyResultsSnapshot } from './results.types';

/** Computing, storing and serving results snapshots. */
@Injectable()
export class SurveyResultsService {
  private readonly logger = new Logger(SurveyResultsService.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Recomputes one survey's results. The dirty flag is cleared (and anonymous token uses
   * are settled) before the snapshot is taken, so a response committed meanwhile leaves
   * the flag set for the next pass instead of being lost.
   */
  async recompute(surveyId: string): Promise<SurveyResultsSnapshot | null> {
    const cleared = await this.dataSource.transaction(async (manager) => {
      const [rows] = await manager.query(`UPDATE surveys SET results_dirty = false WHERE id = $1 RETURNING anonymous`, [surveyId]);
      if (!rows?.length) return false;
      // Rewrite the use marks of anonymous links in one batch: the row versions then carry
      // this transaction's id, not the id of the transaction that wrote each response.
      await manager.query(`UPDATE survey_invitations SET use_settled = true WHERE survey_id = $1 AND NOT use_settled`, [surveyId]);
      return true;
    });
    if (!cleared) return null;
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      // The grouping pass has a few thousand groups however many answers there are; enough
      // memory lets PostgreSQL hash them instead of sorting millions of rows on disk.
      await manager.query(`SET LOCAL work_mem = '64MB'`);
      const [{ now }] = await manager.query(`SELECT now() AS now`);
      const [survey] = await manager.query(`SELECT s.id, a.neighbourhoods FROM surveys s JOIN agencies a ON a.id = s.agency_id WHERE s.id = $1`, [surveyId]);
      const questions = await manager.find(SurveyQuestion, { where: { surveyId }, order: { position: 'ASC' } });
      const options = await manager.find(SurveyOption, { where: { surveyId }, order: { position: 'ASC' } });
      const form: FormQuestion[] = questions.map((q) => Object.assign(q, { options: options.filter((o) => o.questionId === q.id) }));
      const raw = await queryResults(manager, surveyId, questions);
      const snapshot = buildSnapshot(surveyId, now, form, survey.neighbourhoods, raw);
      // An older snapshot finishing late never replaces a newer one.
      await manager.query(
        `INSERT INTO survey_results (survey_id, computed_at, response_count, results) VALUES ($1, $2, $3, $4)
         ON CONFLICT (survey_id) DO UPDATE SET computed_at = EXCLUDED.computed_at, response_count = EXCLUDED.response_count, results = EXCLUDED.results
         WHERE survey_results.computed_at <= EXCLUDED.computed_at`,
        [surveyId, now, snapshot.responseCount, snapshot],
      );
      return snapshot;
    });
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
