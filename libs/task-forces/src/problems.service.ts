import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { InputError, NotFoundError, StaffActor, errorText } from '@app/common';
import { AuditService, diff } from '@app/audit';
import { ForumLookupService } from '@app/forums';
import { Problem, ProblemConcern, ProblemStageChange } from './problem.entities';
import { SaraStage, saraTransitions } from './task-force.enums';
import { TaskForceError } from './task-forces.errors';
import { openTaskForce } from './task-force-access';

export interface ProblemFields {
  title: string;
  statement?: string;
  analysisNotes?: string;
}

/** SARA problems of a task force: their stage (with history) and the community concerns they took up. */
@Injectable()
export class ProblemsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly forums: ForumLookupService,
  ) {}

  async get(actor: Pick<StaffActor, 'agencyId'>, id: string): Promise<Problem> {
    const problem = await this.dataSource.manager.findOneBy(Problem, { id, agencyId: actor.agencyId });
    if (!problem) throw new NotFoundError('Problem', id);
    return problem;
  }

  problemsFor(agencyId: string, taskForceIds: readonly string[]): Promise<Problem[]> {
    return this.dataSource.manager.find(Problem, { where: { agencyId, taskForceId: In([...taskForceIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  stagesFor(problemIds: readonly string[]): Promise<ProblemStageChange[]> {
    return this.dataSource.manager.find(ProblemStageChange, { where: { problemId: In([...problemIds]) }, order: { changedAt: 'ASC', id: 'ASC' } });
  }

  /** The problems that took up each of these concerns (for `CommunityConcern.takenUpBy`). */
  async problemsForConcerns(agencyId: string, concernIds: readonly string[]): Promise<(Problem & { concernId: string })[]> {
    const links = await this.dataSource.manager.find(ProblemConcern, { where: { concernId: In([...concernIds]) }, order: { linkedAt: 'ASC' } });
    if (links.length === 0) return [];
    const problems = await this.dataSource.manager.find(Problem, { where: { agencyId, id: In(links.map((l) => l.problemId)) } });
    const byId = new Map(problems.map((p) => [p.id, p]));
    return links.flatMap((l) => (byId.has(l.problemId) ? [{ ...byId.get(l.problemId)!, concernId: l.concernId }] : []));
  }

  concernsFor(problemIds: readonly string[]): Promise<ProblemConcern[]> {
    return this.dataSource.manager.find(ProblemConcern, { where: { problemId: In([...problemIds]) }, order: { linkedAt: 'ASC' } });
  }

  /** A new problem starts in SCANNING; the first history row records who opened it. */
  async create(actor: StaffActor, taskForceId: string, fields: ProblemFields): Promise<Problem> {
    return this.dataSource.transaction(async (manager) => {
      const taskForce = await openTaskForce(manager, actor.agencyId, taskForceId);
      const title = fields.title.trim();
      if (!title) throw new InputError('input.title', errorText('must not be empty'));
      const problem = await manager.save(
        manager.create(Problem, {
          taskForceId,
          agencyId: actor.agencyId,
          title,
          statement: fields.statement?.trim() ?? '',
          analysisNotes: fields.analysisNotes?.trim() ?? '',
          stage: SaraStage.SCANNING,
        }),
      );
      await manager.insert(ProblemStageChange, { problemId: problem.id, fromStage: null, toStage: SaraStage.SCANNING, changedBy: actor.userId });
      await this.audit.record(manager, actor, {
        action: 'taskForce.problem.create',
        entityType: 'Problem',
        entityId: problem.id,
        summary: `Opened problem "${title}" in "${taskForce.name}"`,
        changes: { taskForceId, title },
      });
      return problem;
    });
  }

  async update(actor: StaffActor, id: string, fields: Partial<ProblemFields>): Promise<Problem> {
    return this.dataSource.transaction(async (manager) => {
      const problem = await this.lock(manager, actor, id);
      if (fields.title !== undefined && !fields.title?.trim()) throw new InputError('input.title', errorText('must not be empty'));
      // Null clears a text (the statement, the notes); the title cannot be cleared (refused above and by the API).
      const clean = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined).map(([k, v]) => [k, ((v as string | null) ?? '').trim()]));
      const changes = diff(problem, clean);
      Object.assign(problem, clean);
      const saved = await manager.save(problem);
      await this.audit.record(manager, actor, {
        action: 'taskForce.problem.update',
        entityType: 'Problem',
        entityId: id,
        summary: `Updated problem "${problem.title}": ${Object.keys(changes).join(', ') || 'no changes'}`,
        changes,
      });
      return saved;
    });
  }

  /** Forward one SARA stage at a time; from ASSESSMENT back to any earlier stage. Others: CONFLICT naming the stage. */
  async moveStage(actor: StaffActor, id: string, stage: SaraStage, note?: string): Promise<Problem> {
    return this.dataSource.transaction(async (manager) => {
      const problem = await this.lock(manager, actor, id);
      const allowed = saraTransitions(problem.stage);
      if (!allowed.includes(stage)) throw TaskForceError.invalidStage(problem.stage, stage, allowed);
      const from = problem.stage;
      problem.stage = stage;
      const saved = await manager.save(problem);
      await manager.insert(ProblemStageChange, { problemId: id, fromStage: from, toStage: stage, note: note?.trim() || null, changedBy: actor.userId });
      await this.audit.record(manager, actor, {
        action: 'taskForce.problem.stage',
        entityType: 'Problem',
        entityId: id,
        summary: `Moved problem "${problem.title}" from ${from} to ${stage}`,
        changes: { stage: { from, to: stage }, ...(note ? { note } : {}) },
      });
      return saved;
    });
  }

  /** Records that a community concern (raised at a forum of the same agency) was taken up by this problem. */
  async linkConcern(actor: StaffActor, id: string, concernId: string): Promise<Problem> {
    return this.dataSource.transaction(async (manager) => {
      const problem = await this.lock(manager, actor, id);
      if (!(await this.forums.concernExists(actor.agencyId, concernId, manager))) throw new NotFoundError('CommunityConcern', concernId);
      const result = await manager
        .createQueryBuilder()
        .insert()
        .into(ProblemConcern)
        .values({ problemId: id, concernId, linkedBy: actor.userId })
        .orIgnore()
        .execute();
      if (result.raw.length > 0) {
        await this.audit.record(manager, actor, {
          action: 'taskForce.problem.concern.link',
          entityType: 'Problem',
          entityId: id,
          summary: `Linked community concern ${concernId} to problem "${problem.title}"`,
          changes: { concernId },
        });
      }
      return problem;
    });
  }

  async unlinkConcern(actor: StaffActor, id: string, concernId: string): Promise<Problem> {
    return this.dataSource.transaction(async (manager) => {
      const problem = await this.lock(manager, actor, id);
      const result = await manager.delete(ProblemConcern, { problemId: id, concernId });
      if (result.affected) {
        await this.audit.record(manager, actor, {
          action: 'taskForce.problem.concern.unlink',
          entityType: 'Problem',
          entityId: id,
          summary: `Unlinked community concern ${concernId} from problem "${problem.title}"`,
          changes: { concernId },
        });
      }
      return problem;
    });
  }

  private async lock(manager: EntityManager, actor: StaffActor, id: string): Promise<Problem> {
    const found = await manager.findOneBy(Problem, { id, agencyId: actor.agencyId });
    if (!found) throw new NotFoundError('Problem', id);
    // Task force first, then the problem: the same lock order as every other task-force write.
    await openTaskForce(manager, actor.agencyId, found.taskForceId);
    return manager.findOneOrFail(Problem, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }
}
