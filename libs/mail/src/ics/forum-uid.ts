/**
 * The iCalendar UID of a forum, shared by invitation emails and the public calendar
 * feed, so a calendar that has the event from either source updates the same entry.
 */
export function forumCalendarUid(forumId: string, mailDomain: string): string {
  return `forum-${forumId}@${mailDomain}`;
}
