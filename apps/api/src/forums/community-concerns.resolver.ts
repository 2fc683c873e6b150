import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PageArgs, StaffActor } from '@app/common';
import { CanRead, CurrentActor } from '@app/auth';
import { ForumQueriesService, ForumReportsService } from '@app/forums';
import type { CommunityConcern } from '@app/forums';
import { RequestLoaders } from '../graphql/request-loaders';
import { forumById } from './forum-loader';
import { ForumModel } from './models/forum.model';
import { CommunityConcernConnection, CommunityConcernModel } from './models/forum-report.model';
import { CommunityConcernFilterInput } from './dto/complete-forum.input';

@Resolver(() => CommunityConcernModel)
export class CommunityConcernsResolver {
  constructor(
    private readonly reports: ForumReportsService,
    private readonly forumQueries: ForumQueriesService,
  ) {}

  @Query(() => CommunityConcernConnection, { description: 'Concerns raised across the agency’s forums, most recent first.' })
  @CanRead()
  communityConcerns(
    @CurrentActor() actor: StaffActor,
    @Args() page: PageArgs,
    @Args('filter', { nullable: true }) filter?: CommunityConcernFilterInput,
  ) {
    return this.reports.listConcerns(actor, filter ?? {}, page);
  }

  @ResolveField(() => ForumModel, { description: 'The forum it belongs to.' })
  forum(@Parent() row: CommunityConcern, @Context('loaders') loaders: RequestLoaders) {
    return forumById(loaders, this.forumQueries, row.agencyId).load(row.forumId);
  }
}
