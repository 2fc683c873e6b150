import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InputError, PageArgs, StaffActor, errorText } from '@app/common';
import { CanRead, CanWrite, CurrentActor } from '@app/auth';
import { ForumQueriesService } from '@app/forums';
import { InboundReplyService, RsvpResponse } from '@app/invitations';
import type { RsvpReply } from '@app/invitations';
import { RequestLoaders } from '../graphql/request-loaders';
import { forumById } from '../forums/forum-loader';
import { ForumModel } from '../forums/models/forum.model';
import { ParseIdPipe } from '../graphql/parse-id.pipe';
import { OptionalParseIdPipe } from '../graphql/optional-parse-id.pipe';
import { RsvpReplyConnection, RsvpReplyModel } from './models/rsvp-reply.model';

@Resolver(() => RsvpReplyModel)
export class RsvpRepliesResolver {
  constructor(
    private readonly replies: InboundReplyService,
    private readonly forumQueries: ForumQueriesService,
  ) {}

  @Query(() => RsvpReplyConnection, { description: 'Replies to invitations an officer should read, newest first: those that gave no clear answer, and those whose clear answer was recorded (interpretedAnswer) but that also ask something.' })
  @CanRead()
  rsvpRepliesNeedingReading(
    @CurrentActor() actor: StaffActor,
    @Args() page: PageArgs,
    @Args('forumId', { type: () => ID, nullable: true }, OptionalParseIdPipe) forumId?: string | null,
  ) {
    return this.replies.listNeedingReading(actor, forumId ?? null, page);
  }

  @Mutation(() => RsvpReplyModel, { description: 'Files a reply as read, recording the answer it gives if any (ATTENDING, MAYBE or DECLINED).' })
  @CanWrite()
  resolveRsvpReply(
    @CurrentActor() actor: StaffActor,
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
    @Args('answer', { type: () => RsvpResponse, nullable: true }) answer?: RsvpResponse,
  ) {
    if (answer && ![RsvpResponse.ATTENDING, RsvpResponse.MAYBE, RsvpResponse.DECLINED].includes(answer)) {
      throw new InputError('answer', errorText('Record ATTENDING, MAYBE or DECLINED; the waitlist states follow from those'), 'INVALID_ANSWER');
    }
    return this.replies.resolve(actor, id, (answer as RsvpResponse.ATTENDING | RsvpResponse.MAYBE | RsvpResponse.DECLINED) ?? null);
  }

  @ResolveField(() => ForumModel, { description: 'The forum it belongs to.' })
  forum(@Parent() row: RsvpReply, @Context('loaders') loaders: RequestLoaders) {
    return forumById(loaders, this.forumQueries, row.agencyId).load(row.forumId);
  }
}
