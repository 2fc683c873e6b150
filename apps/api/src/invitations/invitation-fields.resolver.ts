import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { StaffActor } from '@app/common';
import { ForumQueriesService } from '@app/forums';
import { CanRead, CurrentActor } from '@app/auth';
import { InvitationSummaryService } from '@app/invitations';
import type { Invitation, InvitationDelivery, InvitationPerson } from '@app/invitations';
import { RequestLoaders, oneInOrder } from '../graphql/request-loaders';
import { forumById } from '../forums/forum-loader';
import { ForumModel } from '../forums/models/forum.model';
import { InvitationDeliveryModel, InvitationModel } from './models/invitation.model';

@Resolver(() => InvitationModel)
export class InvitationFieldsResolver {
  constructor(
    private readonly summaries: InvitationSummaryService,
    private readonly forumQueries: ForumQueriesService,
  ) {}

  @ResolveField(() => String)
  @CanRead()
  async contactName(@Parent() invitation: Invitation, @CurrentActor() actor: StaffActor, @Context('loaders') loaders: RequestLoaders) {
    return (await this.people(actor, loaders).load(invitation.id))?.contactName ?? '';
  }

  @ResolveField(() => String)
  @CanRead()
  async email(@Parent() invitation: Invitation, @CurrentActor() actor: StaffActor, @Context('loaders') loaders: RequestLoaders) {
    return (await this.people(actor, loaders).load(invitation.id))?.email ?? '';
  }

  @ResolveField(() => String, { nullable: true, description: 'Set when the invitation came through an organisation (a delegate seat).' })
  @CanRead()
  async organisationName(@Parent() invitation: Invitation, @CurrentActor() actor: StaffActor, @Context('loaders') loaders: RequestLoaders) {
    return (await this.people(actor, loaders).load(invitation.id))?.organisationName ?? null;
  }

  @ResolveField(() => InvitationDeliveryModel)
  @CanRead()
  async delivery(@Parent() invitation: Invitation, @CurrentActor() actor: StaffActor, @Context('loaders') loaders: RequestLoaders) {
    const loader = loaders.get<string, InvitationDelivery | null>(
      'invitation.delivery',
      () => new DataLoader(async (ids) => oneInOrder(ids, await this.summaries.deliveries(actor.agencyId, ids), (r) => r.invitationId)),
    );
    return loader.load(invitation.id);
  }

  @ResolveField(() => ForumModel, { description: 'The forum it invites to.' })
  @CanRead()
  forum(@Parent() invitation: Invitation, @CurrentActor() actor: StaffActor, @Context('loaders') loaders: RequestLoaders) {
    return forumById(loaders, this.forumQueries, actor.agencyId).load(invitation.forumId);
  }

  private people(actor: StaffActor, loaders: RequestLoaders) {
    return loaders.get<string, InvitationPerson | null>(
      'invitation.person',
      () => new DataLoader(async (ids) => oneInOrder(ids, await this.summaries.people(actor.agencyId, ids), (r) => r.invitationId)),
    );
  }
}
