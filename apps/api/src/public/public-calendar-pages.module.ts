import { Module } from '@nestjs/common';
import { PublicCalendarModule } from '@app/forums';
import { PublicCalendarController } from './public-calendar.controller';

/** The public calendar's HTTP edge: page, feed and downloads. */
@Module({
  imports: [PublicCalendarModule],
  controllers: [PublicCalendarController],
})
export class PublicCalendarPagesModule {}
