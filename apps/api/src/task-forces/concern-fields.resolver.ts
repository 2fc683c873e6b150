import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import type { CommunityConcern } from '@app/forums';
import { ProblemsService, type Problem } from '@app/task-forces';
import { RequestLoaders, groupInOrder } from '../graphql/request-loaders';
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
