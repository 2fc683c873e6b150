export * from './job-map';
export * from './queue.module';
export * from './jobs.service';
export * from './job-handler';
