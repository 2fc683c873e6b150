import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PageArgs, StaffActor } from '@app/common';
import { CanRead, CanWrite, CurrentActor } from '@app/auth';
import { ForumLifecycleService, ForumQueriesService, ForumSchedulingService } from '@app/forums';
import { ParseIdPipe } from '../graphql/parse-id.pipe';
import { ForumConnection, ForumModel } from './models/forum.model';
import { CreateForumInput, ForumFilterInput, RescheduleForumInput, UpdateForumInput } from './dto/forum.input';
import { CompleteForumInput } from './dto/complete-forum.input';
import { TextLimitPipe } from '../graphql/text-limit.pipe';

@Resolver(() => ForumModel)
export class ForumsResolver {
  constructor(
    private readonly queries: ForumQueriesService,
    private readonly scheduling: ForumSchedulingService,
    private readonly lifecycle: ForumLifecycleService,
  ) {}

  @Query(() => ForumConnection, { description: "The agency's forums, soonest first." })
  @CanRead()
  forums(@CurrentActor() actor: StaffActor, @Args() page: PageArgs, @Args('filter', { nullable: true }) filter?: ForumFilterInput) {
    return this.queries.list(actor, filter ?? {}, page);
  }

  @Query(() => ForumModel)
  @CanRead()
  forum(@CurrentActor() actor: StaffActor, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return this.queries.get(actor, id);
  }

  @Mutation(() => ForumModel, { description: 'A new DRAFT forum. CONFLICT if its venue or a host is taken then, unless conflictOverride is given.' })
  @CanWrite()
  createForum(@CurrentActor() actor: StaffActor, @Args('input') input: CreateForumInput) {
    return this.scheduling.create(actor, input);
  }

  @Mutation(() => ForumModel)
  @CanWrite()
  updateForum(@CurrentActor() actor: StaffActor, @Args('id', { type: () => ID }, ParseIdPipe) id: string, @Args('input') input: UpdateForumInput) {
    return this.scheduling.update(actor, id, input);
  }

  @Mutation(() => ForumModel, { description: 'New times (and optionally venue) for a forum that has not started; a published one keeps its history.' })
  @CanWrite()
  rescheduleForum(
    @CurrentActor() actor: StaffActor,
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
    @Args('input') input: RescheduleForumInput,
  ) {
    return this.scheduling.reschedule(actor, id, input);
  }

  @Mutation(() => ForumModel, { description: 'DRAFT → PUBLISHED.' })
  @CanWrite()
  publishForum(@CurrentActor() actor: StaffActor, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return this.lifecycle.publish(actor, id);
  }

  @Mutation(() => ForumModel, { description: 'DRAFT or PUBLISHED → CANCELLED, with a reason.' })
  @CanWrite()
  cancelForum(@CurrentActor() actor: StaffActor, @Args('id', { type: () => ID }, ParseIdPipe) id: string, @Args('reason', new TextLimitPipe(500)) reason: string) {
    return this.lifecycle.cancel(actor, id, reason);
  }

  @Mutation(() => ForumModel, { description: 'PUBLISHED → COMPLETED once it has started, with the completion report.' })
  @CanWrite()
  completeForum(
    @CurrentActor() actor: StaffActor,
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
    @Args('input') input: CompleteForumInput,
  ) {
    return this.lifecycle.complete(actor, id, input);
  }
}
