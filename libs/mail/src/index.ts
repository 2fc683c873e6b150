export { MailModule } from './mail.module';
export { OutboundEmailStatus } from './outbound-email.entity';
export type { EmailAttachment } from './outbound-email.entity';
// Still a value export while surveys and task-forces read outbound_emails through it; becomes
// `export type { OutboundEmail }` once they ask OutboxService instead.
export { OutboundEmail } from './outbound-email.entity';
export type { Branding } from './mail-templates';
export { OutboxService } from './outbox.service';
export type { EmailRequest, QueuedEmail } from './outbox.service';
export { MailSenderService } from './mail-sender.service';
export type { DeliveryOutcome } from './mail-sender.service';
export { prepareCalendarInvite } from './ics/calendar-invite';
export type { CalendarInvite, CalendarInviteFor, InviteMethod } from './ics/calendar-invite';
export { forumCalendarUid } from './ics/forum-uid';
export { accessibilityFeatureLabel, forumEventText, forumFormatLabel, forumLanguagesText, forumLocationText, languageName } from './ics/forum-event';
export type { ForumEventSource, ForumEventText } from './ics/forum-event';
export { buildPublishedCalendar } from './ics/calendar-feed';
export type { PublishedCalendar, PublishedEvent } from './ics/calendar-feed';
