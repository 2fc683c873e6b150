import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import { Job, JobsOptions, Queue } from 'bullmq';
import { JOB_QUEUES, JobMap, JobName, QueueName } from './job-map';
import { clearStaleJobs } from './stale-jobs';

/** A job under a fixed id, so queuing it again while it is alive does nothing. */
export interface OwedJob<K extends JobName> {
  payload: JobMap[K];
  options: JobsOptions & { jobId: string };
}

/** The one way to put work on a queue: typed by job name, routed to its queue. */
@Injectable()
export class JobsService implements OnApplicationShutdown {
  private readonly logger = new Logger(JobsService.name);
  private readonly queues = new Map<QueueName, Queue>();
  private readonly keepers: NodeJS.Timeout[] = [];

  constructor(private readonly moduleRef: ModuleRef) {}

  /** Returns the job, or with deduplication the existing job the request joined. */
  async enqueue<K extends JobName>(name: K, payload: JobMap[K], options?: JobsOptions): Promise<Job> {
    return this.queue(JOB_QUEUES[name]).add(name, payload, options);
  }

  async enqueueMany<K extends JobName>(name: K, jobs: { payload: JobMap[K]; options?: JobsOptions }[]): Promise<void> {
    if (jobs.length === 0) return;
    await this.queue(JOB_QUEUES[name]).addBulk(jobs.map((job) => ({ name, data: job.payload, opts: job.options })));
  }

  /**
   * For sweeps that rebuild Redis from the database: makes sure each job the database says
   * is owed will run, whatever stale state Redis holds under its id. Jobs alive in Redis are
   * left alone; missing ones are added; partial hashes (stray writes after a flush), finished
   * jobs (failed or completed while the work is still owed) and jobs listed nowhere are
   * replaced. Plain re-adding would skip all of those as duplicates and strand the work.
   * Every job run this way must be idempotent (they are: each checks its row). Returns how
   * many were added.
   */
  async requeue<K extends JobName>(name: K, jobs: OwedJob<K>[]): Promise<number> {
    if (jobs.length === 0) return 0;
    const queue = this.queue(JOB_QUEUES[name]);
    const missing = await clearStaleJobs(queue, jobs.map((job) => job.options.jobId));
    const added = jobs.filter((job) => missing.has(job.options.jobId));
    await this.enqueueMany(name, added);
    return added.length;
  }

  /**
   * Registers (or updates) a repeating job; safe to call at every start. If Redis loses
   * the schedule (flushed, restarted empty), it is put back within one period, so sweeps
   * that rebuild Redis from the database keep running.
   */
  async schedule<K extends JobName>(name: K, everyMs: number, payload: JobMap[K]): Promise<void> {
    const queue = this.queue(JOB_QUEUES[name]);
    const upsert = () => queue.upsertJobScheduler(name, { every: everyMs }, { name, data: payload });
    await upsert();
    const keeper = setInterval(() => {
      queue
        .getJobScheduler(name)
        .then((existing) => (existing ? undefined : upsert().then(() => this.logger.warn(`Job schedule "${name}" was missing from Redis; restored`))))
        .catch(() => undefined); // Redis unreachable: try again next period
    }, everyMs);
    keeper.unref();
    this.keepers.push(keeper);
  }

  onApplicationShutdown(): void {
    for (const keeper of this.keepers.splice(0)) clearInterval(keeper);
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
