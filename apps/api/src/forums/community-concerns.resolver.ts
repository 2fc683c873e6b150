import { Args, Query, Resolver } from '@nestjs/graphql';
import { PageArgs, StaffActor } from '@app/common';
import { CanRead, CurrentActor } from '@app/auth';
import { ForumReportsService } from '@app/forums';
import { CommunityConcernConnection, CommunityConcernModel } from './models/forum-report.model';
import { CommunityConcernFilterInput } from './dto/complete-forum.input';

@Resolver(() => CommunityConcernModel)
export class CommunityConcernsResolver {
  constructor(private readonly reports: ForumReportsService) {}

  @Query(() => CommunityConcernConnection, { description: 'Concerns raised across the agency’s forums, most recent first.' })
  @CanRead()
  communityConcerns(
    @CurrentActor() actor: StaffActor,
    @Args() page: PageArgs,
    @Args('filter', { nullable: true }) filter?: CommunityConcernFilterInput,
  ) {
    return this.reports.listConcerns(actor, filter ?? {}, page);
  }
}
