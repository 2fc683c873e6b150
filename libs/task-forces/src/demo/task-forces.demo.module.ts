import { Module } from '@nestjs/common';
import { TaskForcesDemoSeed } from './task-forces.demo-seed';

/** The task-forces part of the demo department (runs after partners and forums: reads their organisations and concerns), for the setup context to find. */
@Module({ providers: [TaskForcesDemoSeed] })
export class TaskForcesDemoModule {}
