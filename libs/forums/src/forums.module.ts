import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@app/audit';
import { EventsModule } from '@app/events';
import { MailModule } from '@app/mail';
import { Venue } from './venue.entity';
import { Forum } from './forum.entity';
import { ForumHost } from './forum-host.entity';
import { ForumScheduleChange } from './forum-schedule-change.entity';
import { ForumReport, ForumReportOrganisation } from './reports/forum-report.entity';
import { CommunityConcern } from './reports/community-concern.entity';
import { ForumConflicts } from './forum-conflicts';
import { ForumsRepository } from './forums.repository';
import { ForumChangeRunner } from './forum-change-runner';
import { ForumSchedulingService } from './forum-scheduling.service';
import { ForumLifecycleService } from './forum-lifecycle.service';
import { ForumQueriesService } from './forum-queries.service';
import { VenuesService } from './venues.service';
import { ForumReportsService } from './reports/forum-reports.service';
import { ForumSeries } from './series/forum-series.entity';
import { SeriesMaterialiser } from './series/series-materialiser';
import { ForumSeriesService } from './series/forum-series.service';
import { SeriesSplitService } from './series/series-split.service';
import { SeriesQueriesService } from './series/series-queries.service';
import { SeriesPreviewService } from './series/series-preview.service';
import { AgenciesModule } from '@app/agencies';
import { StaffAccountsModule } from '@app/staff';
import { PartnerLookupModule } from '@app/partners';
import { ForumLookupModule } from './forum-lookup.module';

@Module({
  imports: [
    TypeOrmModule.forFeature([Venue, Forum, ForumHost, ForumScheduleChange, ForumReport, ForumReportOrganisation, CommunityConcern, ForumSeries]),
    EventsModule,
    AuditModule,
    MailModule,
    AgenciesModule,
    StaffAccountsModule,
    PartnerLookupModule,
    ForumLookupModule,
  ],
  providers: [
    ForumsRepository,
    ForumConflicts,
    ForumChangeRunner,
    ForumSchedulingService,
    ForumLifecycleService,
    ForumQueriesService,
    ForumReportsService,
    VenuesService,
    SeriesMaterialiser,
    ForumSeriesService,
    SeriesSplitService,
    SeriesQueriesService,
    SeriesPreviewService,
  ],
  exports: [
    ForumChangeRunner,
    ForumSchedulingService,
    ForumLifecycleService,
    ForumQueriesService,
    ForumReportsService,
    VenuesService,
    ForumSeriesService,
    SeriesSplitService,
    SeriesQueriesService,
    SeriesPreviewService,
    ForumLookupModule,
  ],
})
export class ForumsModule {}
