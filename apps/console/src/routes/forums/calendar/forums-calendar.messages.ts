import { defineCatalog } from '../../../i18n/catalog';

export const forumsCalendarMessages = defineCatalog({
  title: { id: 'forums.calendar.title', defaultMessage: 'Forum calendar' },
  caption: { id: 'forums.calendar.caption', defaultMessage: 'Forums in {month}, by day (times in {zone})' },
  previous: { id: 'forums.calendar.previous', defaultMessage: 'Previous month' },
  next: { id: 'forums.calendar.next', defaultMessage: 'Next month' },
  thisMonth: { id: 'forums.calendar.thisMonth', defaultMessage: 'This month' },
  monthNav: { id: 'forums.calendar.monthNav', defaultMessage: 'Months' },
  listView: { id: 'forums.calendar.listView', defaultMessage: 'List of forums' },
  count: { id: 'forums.calendar.count', defaultMessage: '{count, plural, =0 {No forums} one {# forum} other {# forums}} in {month}.' },
  more: { id: 'forums.calendar.more', defaultMessage: 'This month has more forums than the calendar shows; see them all in the list.' },
  forumAt: { id: 'forums.calendar.forumAt', defaultMessage: '{time} {title}' },
  statusNote: { id: 'forums.calendar.statusNote', defaultMessage: '({status})' },
});
