import { registerEnumType } from '@nestjs/graphql';

/** What an invitee said, or where the waitlist put them. */
export enum RsvpResponse {
  ATTENDING = 'ATTENDING',
  MAYBE = 'MAYBE',
  DECLINED = 'DECLINED',
  /** Wanted to attend when the forum was full; waits in arrival order. */
  WAITLISTED = 'WAITLISTED',
  /** A freed seat is held for them until `offerExpiresAt`; they must confirm. */
  OFFERED = 'OFFERED',
}

/** Where the latest answer came from. */
export enum RsvpSource {
  LINK = 'LINK',
  EMAIL = 'EMAIL',
  STAFF = 'STAFF',
  DELEGATE = 'DELEGATE',
  WAITLIST = 'WAITLIST',
  OFFER_EXPIRED = 'OFFER_EXPIRED',
}

/** The invitation email's fate, read from its outbox row. */
export enum DeliveryStatus {
  QUEUED = 'QUEUED',
  SENT = 'SENT',
  FAILED = 'FAILED',
  /** Never sent: the contact had opted out of mail. */
  SKIPPED = 'SKIPPED',
}

/** How a freed seat reaches the waitlist. */
export enum PromotionMode {
  AUTOMATIC = 'AUTOMATIC',
  OFFER = 'OFFER',
}

export enum RsvpReplyStatus {
  APPLIED = 'APPLIED',
  NEEDS_READING = 'NEEDS_READING',
  RESOLVED = 'RESOLVED',
}

/** Why a contact an invitation reaches is not mailed (in a preview). */
export enum SkipReason {
  ALREADY_INVITED = 'ALREADY_INVITED',
  OPTED_OUT = 'OPTED_OUT',
  UNDELIVERABLE = 'UNDELIVERABLE',
}

/** Answers a person can give (the rest are states the waitlist assigns). */
export type GivenAnswer = RsvpResponse.ATTENDING | RsvpResponse.MAYBE | RsvpResponse.DECLINED;

registerEnumType(RsvpResponse, { name: 'RsvpResponse' });
registerEnumType(RsvpSource, { name: 'RsvpSource', description: 'Where the latest answer came from (a link, an email reply, an officer, a delegate change, the waitlist).' });
registerEnumType(DeliveryStatus, { name: 'DeliveryStatus', description: 'QUEUED, SENT, FAILED (with the server reason, or a later hard bounce) or SKIPPED (opted out, or the address was undeliverable).' });
registerEnumType(PromotionMode, {
  name: 'PromotionMode',
  description: 'AUTOMATIC moves the first waitlisted answer that fits into a freed seat; OFFER holds the seat for them to confirm within a window.',
});
registerEnumType(RsvpReplyStatus, { name: 'RsvpReplyStatus' });
registerEnumType(SkipReason, { name: 'SkipReason', description: 'ALREADY_INVITED to this forum, OPTED_OUT of outreach mail, or UNDELIVERABLE (mail to the address bounced for good).' });
