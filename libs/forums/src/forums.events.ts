import type { Forum } from './forum.entity';

/** What happened to a forum, told to other features inside the transaction that did it. */
export type ForumChange =
  | { kind: 'PUBLISHED'; forum: Forum }
  | { kind: 'UPDATED'; forum: Forum; fields: string[] }
  | { kind: 'RESCHEDULED'; forum: Forum; previous: { startsAt: Date; endsAt: Date; timeZone: string; venueId: string | null; sequence: number } }
  | { kind: 'CANCELLED'; forum: Forum }
  | { kind: 'COMPLETED'; forum: Forum };

declare module '@app/events' {
  interface EventMap {
    /** A forum was published, changed, rescheduled, cancelled or completed (handled with `@OnEvent('forum.changed')`). */
    'forum.changed': ForumChange;
  }
}
