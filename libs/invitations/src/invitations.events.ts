import type { Forum } from '@app/forums';

/** People were marked present at a forum that has started or is completed (check-in at the door, or afterwards). */
export interface InvitationsAttended {
  forum: Forum;
  contactIds: string[];
}

declare module '@app/events' {
  interface EventMap {
    /** Check-in recorded attendance (handled with `@OnEvent('invitations.attended')`, e.g. a completed forum's follow-up survey). */
    'invitations.attended': InvitationsAttended;
  }
}
