import { Module } from '@nestjs/common';
import { ForumsDemoSeed } from './forums.demo-seed';

/** The forums part of the demo department (runs after partners), for the setup context to find. */
@Module({ providers: [ForumsDemoSeed] })
export class ForumsDemoModule {}
