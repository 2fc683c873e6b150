import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import type { Forum } from '@app/forums';
import { InvitationSummaryService, RsvpCounts } from '@app/invitations';
import { RequestLoaders, oneInOrder } from '../graphql/request-loaders';
import { ForumModel } from '../forums/models/forum.model';
import { RsvpCountsModel } from './models/rsvp-counts.model';

/** RSVP counts on every forum, batched per request so a page of forums costs one query for them all. */
@Resolver(() => ForumModel)
export class ForumRsvpFieldsResolver {
  constructor(private readonly summaries: InvitationSummaryService) {}

  @ResolveField(() => RsvpCountsModel)
  async rsvpCounts(@Parent() forum: Forum, @Context('loaders') loaders: RequestLoaders): Promise<Omit<RsvpCounts, 'forumId'>> {
    const counts = await loaders
      .get('forum.rsvpCounts', () => new DataLoader(async (ids: readonly string[]) => oneInOrder(ids, await this.summaries.rsvpCounts(forum.agencyId, ids), (c) => c.forumId)))
      .load(forum.id);
    return counts ?? { invited: 0, attending: 0, maybe: 0, declined: 0, waitlisted: 0, offered: 0, noReply: 0, headcount: 0 };
  }
}
