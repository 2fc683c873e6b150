import { Module } from '@nestjs/common';
import { OrganisationDirectoryModule } from '@app/partners';
import { ForumsDemoSeed } from './forums.demo-seed';

/** The forums part of the demo department (runs after partners), for the setup context to find. */
@Module({ imports: [OrganisationDirectoryModule], providers: [ForumsDemoSeed] })
export class ForumsDemoModule {}
