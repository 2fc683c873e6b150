export { JOB_QUEUES, QueueName } from './job-map';
export type { JobMap, JobName } from './job-map';
export { QueueModule } from './queue.module';
export { JobsService } from './jobs.service';
export type { OwedJob } from './jobs.service';
export { HandlesJob, JobHandlerRegistry } from './job-handler';
