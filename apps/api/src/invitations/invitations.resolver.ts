import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PageArgs, StaffActor } from '@app/common';
import { CanRead, CanWrite, CurrentActor } from '@app/auth';
import { AttendanceService, InvitationSummaryService, InvitationsService, RsvpSettingsService } from '@app/invitations';
import { ParseIdPipe } from '../graphql/parse-id.pipe';
import { OptionalParseIdPipe } from '../graphql/optional-parse-id.pipe';
import { InviteToForumInput } from './dto/invite-to-forum.input';
import { InvitationFilterInput } from './dto/invitation-filter.input';
import { ForumRsvpSettingsInput } from './dto/rsvp-settings.input';
import { InvitePreviewModel, InviteResultModel } from './models/invite-result.model';
import { InvitationSummaryModel } from './models/invitation-summary.model';
import { InvitationConnection, InvitationModel } from './models/invitation.model';
import { ForumRsvpSettingsModel } from './models/rsvp-settings.model';

@Resolver()
export class InvitationsResolver {
  constructor(
    private readonly invitations: InvitationsService,
    private readonly summaries: InvitationSummaryService,
    private readonly settings: RsvpSettingsService,
    private readonly attendance: AttendanceService,
  ) {}

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

  @Query(() => InvitePreviewModel, {
    description: 'How many inviteToForum would invite with this input and who it would skip and why, before sending; nothing is written.',
  })
  @CanRead()
  invitationPreview(
    @CurrentActor() actor: StaffActor,
    @Args('forumId', { type: () => ID }, ParseIdPipe) forumId: string,
    @Args('input') input: InviteToForumInput,
  ) {
    return this.invitations.preview(actor, forumId, input);
  }

  @Query(() => InvitationSummaryModel, { description: "A forum's live invitation funnel, headcount and logistics." })
  @CanRead()
  invitationSummary(@CurrentActor() actor: StaffActor, @Args('forumId', { type: () => ID }, ParseIdPipe) forumId: string) {
    return this.summaries.summary(actor, forumId);
  }

  @Query(() => InvitationConnection, { description: "A forum's invitations, oldest first." })
  @CanRead()
  forumInvitations(
    @CurrentActor() actor: StaffActor,
    @Args('forumId', { type: () => ID }, ParseIdPipe) forumId: string,
    @Args() page: PageArgs,
    @Args('filter', { nullable: true }) filter?: InvitationFilterInput,
  ) {
    return this.summaries.list(actor, forumId, filter ?? {}, page);
  }

  @Query(() => InvitationConnection, {
    description: "Invitations whose email the mail server refused for good (delivery FAILED, with the reason), across the agency's forums or for one, newest first.",
  })
  @CanRead()
  failedInvitations(
    @CurrentActor() actor: StaffActor,
    @Args() page: PageArgs,
    @Args('forumId', { type: () => ID, nullable: true }, OptionalParseIdPipe) forumId?: string | null,
  ) {
    return this.summaries.listFailed(actor, page, { forumId: forumId ?? null });
  }

  @Query(() => ForumRsvpSettingsModel)
  @CanRead()
  forumRsvpSettings(@CurrentActor() actor: StaffActor, @Args('forumId', { type: () => ID }, ParseIdPipe) forumId: string) {
    return this.settings.get(actor, forumId);
  }

  @Mutation(() => ForumRsvpSettingsModel, { description: 'Waitlist promotion (automatic or offer with a window) and reminder times for a forum.' })
  @CanWrite()
  setForumRsvpSettings(
    @CurrentActor() actor: StaffActor,
    @Args('forumId', { type: () => ID }, ParseIdPipe) forumId: string,
    @Args('input') input: ForumRsvpSettingsInput,
  ) {
    return this.settings.set(actor, forumId, input);
  }

  @Mutation(() => InvitationModel, { description: 'Marks an attendee present (or not), once the forum has started or is completed.' })
  @CanWrite()
  checkInAttendee(
    @CurrentActor() actor: StaffActor,
    @Args('invitationId', { type: () => ID }, ParseIdPipe) invitationId: string,
    @Args('present', { nullable: true, defaultValue: true }) present: boolean,
  ) {
    return this.attendance.checkIn(actor, invitationId, present);
  }
}
