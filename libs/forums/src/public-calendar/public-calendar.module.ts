import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgenciesModule } from '@app/agencies';
import { Forum } from '../forum.entity';
import { Venue } from '../venue.entity';
import { PublicCalendarService } from './public-calendar.service';

/** What anyone may read of an agency's forums: the public feed and page. Kept apart from the forums module on purpose. */
@Module({
  imports: [TypeOrmModule.forFeature([Forum, Venue]), AgenciesModule],
  providers: [PublicCalendarService],
  exports: [PublicCalendarService],
})
export class PublicCalendarModule {}
