import { Module } from '@nestjs/common';
import { AgenciesModule } from '@app/agencies';
import { ForumsModule, PublicCalendarModule } from '@app/forums';
import { VenuesResolver } from './venues.resolver';
import { ForumsResolver } from './forums.resolver';
import { ForumFieldsResolver, ForumReportFieldsResolver } from './forum-fields.resolver';
import { CommunityConcernsResolver } from './community-concerns.resolver';
import { ForumSeriesFieldResolver, ForumSeriesResolver, ForumSeriesTemplateResolver } from './series/forum-series.resolver';
import { PublicCalendarController } from './public-calendar.controller';

/** Forums with their venues, series and reports (concerns), and the agency's public calendar pages. */
@Module({
  imports: [ForumsModule, PublicCalendarModule, AgenciesModule],
  controllers: [PublicCalendarController],
  providers: [
    VenuesResolver,
    ForumsResolver,
    ForumFieldsResolver,
    ForumReportFieldsResolver,
    CommunityConcernsResolver,
    ForumSeriesResolver,
    ForumSeriesFieldResolver,
    ForumSeriesTemplateResolver,
  ],
})
export class ForumsApiModule {}
