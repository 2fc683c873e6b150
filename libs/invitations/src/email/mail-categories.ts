import { MailCategory } from '@app/mail';

/** The forum mails the invitations lib writes, by outbox kind. */
export type ForumMailKind = 'forum-invitation' | 'forum-update' | 'forum-cancelled' | 'rsvp-confirmation' | 'rsvp-nudge' | 'forum-reminder';

/** Answers that accept the forum (a seat, a place in line, a seat on offer): its news is theirs. "Maybe" is not one. */
const ACCEPTED = new Set(['ATTENDING', 'WAITLISTED', 'OFFERED']);

/**
 * Which forum mail an unsubscribe stops. Invitations and nudges ask for a reply: outreach.
 * Confirmations and waitlist offers answer what the person did: operational. A reminder, a
 * change or a cancellation is operational for someone who accepted the forum, and outreach
 * for anyone else (no answer, "maybe").
 */
export function forumMailCategory(kind: ForumMailKind, response: string | null | undefined): MailCategory {
  switch (kind) {
    case 'forum-invitation':
    case 'rsvp-nudge':
      return MailCategory.OUTREACH;
    case 'rsvp-confirmation':
      return MailCategory.OPERATIONAL;
    case 'forum-reminder':
    case 'forum-update':
    case 'forum-cancelled':
      return response && ACCEPTED.has(response) ? MailCategory.OPERATIONAL : MailCategory.OUTREACH;
  }
}
