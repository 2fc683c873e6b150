export * from './outbound-email.entity';
export * from './mail-templates';
export * from './outbox.service';
export * from './mail-sender.service';
export * from './mail-transport';
export * from './mail.module';
export * from './ics/calendar-invite';
export * from './ics/forum-uid';
