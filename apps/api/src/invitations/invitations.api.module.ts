import { Module } from '@nestjs/common';
import { ForumsModule } from '@app/forums';
import { InvitationsModule } from '@app/invitations';
import { InvitationsResolver } from './invitations.resolver';
import { InvitationFieldsResolver } from './invitation-fields.resolver';
import { ForumRsvpFieldsResolver } from './forum-rsvp-fields.resolver';
import { RsvpRepliesResolver } from './rsvp-replies.resolver';
import { AttendeesExportController } from './attendees-export.controller';
import { RsvpController } from './rsvp.controller';
import { UnsubscribeController } from './unsubscribe.controller';

/** Invitations, RSVPs and replies for staff, the attendee CSV, the invitee's RSVP pages, and the unsubscribe page of other outreach. */
@Module({
  imports: [InvitationsModule, ForumsModule],
  controllers: [AttendeesExportController, RsvpController, UnsubscribeController],
  providers: [InvitationsResolver, InvitationFieldsResolver, ForumRsvpFieldsResolver, RsvpRepliesResolver],
})
export class InvitationsApiModule {}
