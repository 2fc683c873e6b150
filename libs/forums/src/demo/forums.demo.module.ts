import { Module } from '@nestjs/common';
import { PartnerLookupModule } from '@app/partners';
import { ForumsDemoSeed } from './forums.demo-seed';
import { ForumDemoRecords } from './forum-demo-records';

/** The forums part of the demo department (runs after partners), for the setup context to find. */
@Module({ imports: [PartnerLookupModule], providers: [ForumsDemoSeed, ForumDemoRecords], exports: [ForumDemoRecords] })
export class ForumsDemoModule {}
