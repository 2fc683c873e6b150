import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { StaffActor } from '@app/common';
import { CurrentActor } from '@app/auth';
import { ForumReportsService, type CommunityConcern } from '@app/forums';
import { ProblemsService, type Problem } from '@app/task-forces';
import { RequestLoaders, groupInOrder, oneInOrder } from '../graphql/request-loaders';
import { CommunityConcernModel } from '../forums/models/forum-report.model';
import { ProblemModel } from './models/problem.model';

/** How a concern raised at a forum was taken up: the task-force problems that link it. */
@Resolver(() => CommunityConcernModel)
export class ConcernFieldsResolver {
  constructor(private readonly problems: ProblemsService) {}

  @ResolveField(() => [ProblemModel], { description: 'Task-force problems that took this concern up.' })
  takenUpBy(@Parent() concern: CommunityConcern, @Context('loaders') loaders: RequestLoaders): Promise<Problem[]> {
    return loaders
      .get(
        'concern.takenUpBy',
        () =>
          new DataLoader(async (ids: readonly string[]) =>
            groupInOrder(ids, await this.problems.problemsForConcerns(concern.agencyId, ids), (p) => p.concernId),
          ),
      )
      .load(concern.id);
  }
}

/**
 * The concerns a problem took up, as concerns (the task-forces lib keeps only their ids; the
 * forums lib owns them): the links and then the concerns, each batched per request.
 */
@Resolver(() => ProblemModel)
export class ProblemConcernsResolver {
  constructor(
    private readonly problems: ProblemsService,
    private readonly reports: ForumReportsService,
  ) {}

  @ResolveField(() => [CommunityConcernModel], { description: 'Community concerns taken up by this problem, in the order they were linked.' })
  async concerns(@Parent() problem: Problem, @CurrentActor() actor: StaffActor, @Context('loaders') loaders: RequestLoaders): Promise<CommunityConcern[]> {
    const links = await loaders
      .get('problem.concerns', () => new DataLoader(async (ids: readonly string[]) => groupInOrder(ids, await this.problems.concernsFor(ids), (c) => c.problemId)))
      .load(problem.id);
    const concerns = await loaders
      .get('concern.byId', () => new DataLoader<string, CommunityConcern | null>(async (ids) => oneInOrder(ids, await this.reports.concernsByIds(actor.agencyId, ids), (c) => c.id)))
      .loadMany(links.map((l) => l.concernId));
    return concerns.filter((c): c is CommunityConcern => c !== null && !(c instanceof Error));
  }
}
