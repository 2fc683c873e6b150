// The forums lib's contract: its modules, the services other libs and the apps call, their
// inputs and outputs, its errors and enums. Entities are types only.
export { ForumsModule } from './forums.module';
export { ForumFormat, ForumStatus, ForumType, ForumVisibility, VenueAccessibilityFeature } from './forum.enums';
export { ConcernPriority } from './reports/community-concern.entity';
export { ForumSeriesStatus } from './series/forum-series.entity';
export { ForumError, ForumErrorCode } from './forum.errors';
export type { ConflictingForum } from './forum.errors';
export { SeriesError, SeriesErrorCode } from './series/series.errors';
export type { OccurrenceConflict } from './series/series.errors';

// Entities, as the types the services return (a type cannot open a repository).
export type { Forum } from './forum.entity';
export type { Venue } from './venue.entity';
export type { ForumReport } from './reports/forum-report.entity';
export type { CommunityConcern } from './reports/community-concern.entity';
export type { ForumScheduleChange } from './forum-schedule-change.entity';
export type { ForumSeries, SeriesTemplate } from './series/forum-series.entity';

// Forum changes: the 'forum.changed' event other features handle (@OnEvent), and the runner they join.
export type { ForumChange } from './forums.events';

// Forums, venues and reports.
export { instantToLocal } from './local-time';
export type { ConflictOverride, ForumChanges, ForumDetails, ForumReschedule, NewForum } from './forum-input';
export { forumContentIn, forumTranslationList, missingForumTranslations } from './forum-translations';
export type { ForumContent, ForumMissingTranslation, ForumTranslation, ForumTranslationGiven, ForumTranslations } from './forum-translations';
export { ForumSchedulingService } from './forum-scheduling.service';
export { ForumLifecycleService } from './forum-lifecycle.service';
export { ForumQueriesService } from './forum-queries.service';
export type { ForumFilter } from './forum-queries.service';
export { VenuesService } from './venues.service';
export type { VenueFields, VenueFilter } from './venues.service';
export { ForumReportsService } from './reports/forum-reports.service';
export type { CompletionReport, ConcernFilter, ConcernInput } from './reports/forum-reports.service';

// Recurring series.
export { MAX_HORIZON_DAYS } from './series/occurrences';
export type { Occurrence } from './series/occurrences';
export type { ForumSeriesChanges, ForumSeriesSplit, NewForumSeries } from './series/series-input';
export { ForumSeriesService } from './series/forum-series.service';
export { SeriesSplitService } from './series/series-split.service';
export { SeriesQueriesService } from './series/series-queries.service';
export { PreviewOutcome, SeriesPreviewService } from './series/series-preview.service';
export type { PreviewOccurrence, SeriesPreview, SeriesPreviewRequest } from './series/series-preview.service';
export { ForumDemoRecords, type DemoOnlineForum } from './demo/forum-demo-records';

// The public calendar (pages and feeds for people without accounts).
export { PublicCalendarModule } from './public-calendar/public-calendar.module';
export { PublicCalendarService } from './public-calendar/public-calendar.service';
export type { PublicCalendarListing } from './public-calendar/public-calendar.service';
export type { PublicCalendarAgency, PublicForum } from './public-calendar/public-calendar-ics';
export { absoluteUrl, publicCalendarPaths, webcalUrl } from './public-calendar/public-calendar-links';

// The forums part of the demo (a @DemoSeedPart provider the setup context finds).
export { ForumLookupService } from './forum-lookup.service';
export type { ForumSeats, UpcomingForum } from './forum-lookup.service';
export { ForumLookupModule } from './forum-lookup.module';
export { ForumsDemoModule } from './demo/forums.demo.module';
