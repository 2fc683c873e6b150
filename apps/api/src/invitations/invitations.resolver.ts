import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { StaffActor } from '@app/common';
import { CanWrite, CurrentActor } from '@app/auth';
import { InvitationsService } from '@app/invitations';
import { ParseIdPipe } from '../graphql/parse-id.pipe';
import { InviteToForumInput } from './dto/invite-to-forum.input';
import { InviteResultModel } from './models/invite-result.model';

@Resolver()
export class InvitationsResolver {
  constructor(private readonly invitations: InvitationsService) {}

  @Mutation(() => InviteResultModel, {
    description:
      'Invites contacts, organisations (with seats) and/or an audience to a published, upcoming forum. Opted-out contacts are skipped; inviting again adds only new contacts.',
  })
  @CanWrite()
  inviteToForum(
    @CurrentActor() actor: StaffActor,
    @Args('forumId', { type: () => ID }, ParseIdPipe) forumId: string,
    @Args('input') input: InviteToForumInput,
  ) {
    return this.invitations.invite(actor, forumId, input);
  }
}
