import { Module } from '@nestjs/common';
import { ForumsModule } from '@app/forums';
import { InvitationsModule } from '@app/invitations';
import { InvitationsResolver } from './invitations.resolver';
import { InvitationFieldsResolver } from './invitation-fields.resolver';
import { ForumRsvpFieldsResolver } from './forum-rsvp-fields.resolver';
import { RsvpRepliesResolver } from './rsvp-replies.resolver';
import { AttendeesExportController } from './attendees-export.controller';
import { RsvpController } from '../public/rsvp.controller';

/** Invitations, RSVPs and replies for staff, the attendee CSV, and the invitee's RSVP pages. */
@Module({
  imports: [InvitationsModule, ForumsModule],
  controllers: [AttendeesExportController, RsvpController],
  providers: [InvitationsResolver, InvitationFieldsResolver, ForumRsvpFieldsResolver, RsvpRepliesResolver],
})
export class InvitationsApiModule {}
