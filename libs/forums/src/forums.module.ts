import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Venue } from './venue.entity';
import { Forum } from './forum.entity';
import { ForumHost } from './forum-host.entity';
import { ForumScheduleChange } from './forum-schedule-change.entity';
import { ForumChangeNotifier } from './forum-change';

@Module({
  imports: [TypeOrmModule.forFeature([Venue, Forum, ForumHost, ForumScheduleChange]), DiscoveryModule],
  providers: [ForumChangeNotifier],
  exports: [ForumChangeNotifier],
})
export class ForumsModule {}
