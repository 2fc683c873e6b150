import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import { Job, JobsOptions, Queue } from 'bullmq';
import { JOB_QUEUES, JobMap, JobName, QueueName } from './job-map';

/** The one way to put work on a queue: typed by job name, routed to its queue. */
@Injectable()
export class JobsService {
  private readonly queues = new Map<QueueName, Queue>();

  constructor(private readonly moduleRef: ModuleRef) {}

  /** Returns the job, or with deduplication the existing job the request joined. */
  async enqueue<K extends JobName>(name: K, payload: JobMap[K], options?: JobsOptions): Promise<Job> {
    return this.queue(JOB_QUEUES[name]).add(name, payload, options);
  }

  async enqueueMany<K extends JobName>(name: K, jobs: { payload: JobMap[K]; options?: JobsOptions }[]): Promise<void> {
    if (jobs.length === 0) return;
    await this.queue(JOB_QUEUES[name]).addBulk(jobs.map((job) => ({ name, data: job.payload, opts: job.options })));
  }

  /** Registers (or updates) a repeating job; safe to call at every start. */
  async schedule<K extends JobName>(name: K, everyMs: number, payload: JobMap[K]): Promise<void> {
    await this.queue(JOB_QUEUES[name]).upsertJobScheduler(name, { every: everyMs }, { name, data: payload });
  }

  queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
      this.queues.set(name, queue);
    }
    return queue;
  }
}
