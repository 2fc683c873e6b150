import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@app/audit';
import { EventsModule } from '@app/events';
import { MailModule } from '@app/mail';
import { PartnersModule } from '@app/partners';
import { AgenciesModule } from '@app/agencies';
import { ForumsModule } from '@app/forums';
import { Invitation } from './invitation.entity';
import { OrganisationInvitation } from './organisation-invitation.entity';
import { ForumRsvpSettings } from './forum-rsvp-settings.entity';
import { ForumReminder } from './forum-reminder.entity';
import { RsvpReply } from './rsvp-reply.entity';
import { InvitationMailComposer } from './email/invitation-mail.composer';
import { InvitationsService } from './inviting/invitations.service';
import { SeatAllocator } from './rsvp/seat-allocator';
import { SeatChangeMailer } from './rsvp/seat-change-mailer';
import { RsvpService } from './rsvp/rsvp.service';
import { OfferExpiryService } from './rsvp/offer-expiry.service';
import { ReminderScheduler } from './reminders/reminder-scheduler';
import { ReminderSender } from './reminders/reminder-sender.service';
import { InvitationSummaryService } from './funnel/invitation-summary.service';
import { RsvpSettingsService } from './settings/rsvp-settings.service';
import { AttendanceService } from './attendance/attendance.service';
import { DelegatesService } from './rsvp/delegates.service';
import { InboundReplyService } from './replies/inbound-reply.service';
import { MailFeedbackService } from './replies/mail-feedback.service';
import { InvitationForumChanges } from './forum-changes/invitation-forum-changes';
import { InvitationRecipients } from './rsvp/recipients';
import { ForumMailContexts } from './email/forum-mail-context';
import { InviteRecipients } from './inviting/invite-recipients';
import { InvitationsRepository } from './invitations.repository';
import { OrganisationInvitationsRepository } from './organisation-invitations.repository';
import { ForumRemindersRepository } from './forum-reminders.repository';
import { RsvpRepliesRepository } from './rsvp-replies.repository';
import { OutreachUnsubscribe } from './unsubscribe/outreach-unsubscribe.service';

const SERVICES = [
  InvitationsService,
  RsvpService,
  DelegatesService,
  OfferExpiryService,
  ReminderSender,
  InvitationSummaryService,
  RsvpSettingsService,
  AttendanceService,
  InboundReplyService,
  MailFeedbackService,
  OutreachUnsubscribe,
];

/**
 * Invitations, answers, the waitlist and reminders. The services listed in SERVICES are
 * the feature's surface (the API and the worker call them); the rest are its parts.
 */
@Module({
  imports: [TypeOrmModule.forFeature([Invitation, OrganisationInvitation, ForumRsvpSettings, ForumReminder, RsvpReply]), AuditModule, AgenciesModule, EventsModule, MailModule, PartnersModule, ForumsModule],
  providers: [
    ...SERVICES,
    InvitationForumChanges,
    InvitationMailComposer,
    ForumMailContexts,
    SeatAllocator,
    SeatChangeMailer,
    ReminderScheduler,
    InvitationRecipients,
    InviteRecipients,
    InvitationsRepository,
    OrganisationInvitationsRepository,
    ForumRemindersRepository,
    RsvpRepliesRepository,
  ],
  exports: SERVICES,
})
export class InvitationsModule {}
