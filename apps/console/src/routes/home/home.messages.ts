import { defineCatalog } from '../../i18n/catalog';

export const homeMessages = defineCatalog({
  title: { id: 'home.title', defaultMessage: 'Home' },
  welcome: { id: 'home.welcome', defaultMessage: 'What needs your attention at {agency}.' },

  upcomingTitle: { id: 'home.upcoming.title', defaultMessage: 'Upcoming forums' },
  upcomingNone: { id: 'home.upcoming.none', defaultMessage: 'No published forums coming up.' },
  upcomingMore: { id: 'home.upcoming.more', defaultMessage: 'All {count} upcoming forums' },
  when: { id: 'home.when', defaultMessage: '{date} at {time} ({zone})' },
  seats: { id: 'home.seats', defaultMessage: '{headcount} of {capacity} seats taken' },
  seatsOver: { id: 'home.seatsOver', defaultMessage: '{headcount} expected for {capacity} seats: over capacity' },
  seatsNoLimit: { id: 'home.seatsNoLimit', defaultMessage: '{headcount} expected, no seat limit' },
  alsoWaiting: { id: 'home.alsoWaiting', defaultMessage: '{maybe} maybe, {waitlisted} on the waitlist' },

  repliesTitle: { id: 'home.replies.title', defaultMessage: 'Replies that need reading' },
  repliesCount: { id: 'home.replies.count', defaultMessage: '{count, plural, =0 {No replies need reading.} one {# reply needs reading.} other {# replies need reading.}}' },
  replyFrom: { id: 'home.replies.from', defaultMessage: 'From {from}, {date} ({zone}), about {forum}' },
  readReplies: { id: 'home.replies.read', defaultMessage: 'Read replies for {forum}' },
  noSubject: { id: 'home.replies.noSubject', defaultMessage: '(no subject)' },

  importsTitle: { id: 'home.imports.title', defaultMessage: 'Partner imports running' },
  importsNone: { id: 'home.imports.none', defaultMessage: 'No partner imports are running.' },
  importProgress: { id: 'home.imports.progress', defaultMessage: '{percent}% done' },
  importQueued: { id: 'home.imports.queued', defaultMessage: 'Waiting to start' },
  importLabel: { id: 'home.imports.label', defaultMessage: '{kind} started {date} at {time} ({zone})' },
  importKindReal: { id: 'home.imports.kindReal', defaultMessage: 'Import' },
  importKindDry: { id: 'home.imports.kindDry', defaultMessage: 'Dry run' },
  importRows: { id: 'home.imports.rows', defaultMessage: '{count, plural, one {# row} other {# rows}}' },
  openImports: { id: 'home.imports.open', defaultMessage: 'Go to partner imports' },

  failuresTitle: { id: 'home.failures.title', defaultMessage: 'Invitations that could not be delivered' },
  failuresNone: { id: 'home.failures.none', defaultMessage: 'Every invitation email was accepted.' },
  failuresCount: { id: 'home.failures.count', defaultMessage: '{count, plural, one {# invitation email was refused.} other {# invitation emails were refused.}}' },
  failureLine: { id: 'home.failures.line', defaultMessage: '{name} ({email}) for {forum}' },
  failureReason: { id: 'home.failures.reason', defaultMessage: 'Reason: {reason}' },
  failureUnknownReason: { id: 'home.failures.unknownReason', defaultMessage: 'the mail server gave no reason' },
  openInvitations: { id: 'home.failures.open', defaultMessage: 'Invitations for {forum}' },

  awaitingTitle: { id: 'home.awaiting.title', defaultMessage: 'Forums waiting for a completion report' },
  awaitingNone: { id: 'home.awaiting.none', defaultMessage: 'Every past forum has its report.' },
  awaitingCount: { id: 'home.awaiting.count', defaultMessage: '{count, plural, one {# forum has ended without a report.} other {# forums have ended without a report.}}' },
  heldOn: { id: 'home.awaiting.heldOn', defaultMessage: 'Held {date} ({zone})' },
});
