import { registerEnumType } from '@nestjs/graphql';

/**
 * Outreach asks for something (invitations, survey invitations, digests, nudges) and stops
 * when the person unsubscribes; operational mail is about something they already answered
 * (confirmations, changes and cancellations of a forum they accepted, waitlist offers,
 * status links) and still reaches them after an unsubscribe.
 */
export enum MailCategory {
  OUTREACH = 'OUTREACH',
  OPERATIONAL = 'OPERATIONAL',
}

registerEnumType(MailCategory, {
  name: 'MailCategory',
  description: 'OUTREACH (invitations, surveys, digests, nudges: stopped by an unsubscribe) or OPERATIONAL (about something the person answered: still sent after an unsubscribe).',
});
