import { Module } from '@nestjs/common';
import { ForumLookupService } from './forum-lookup.service';
import { ForumsRepository } from './forums.repository';

/** Forum reads for other features, without the rest of the forums feature (usable where there is no queue, e.g. the demo seed). */
@Module({ providers: [ForumsRepository, ForumLookupService], exports: [ForumLookupService] })
export class ForumLookupModule {}
