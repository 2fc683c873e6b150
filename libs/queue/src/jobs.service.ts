import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import { Job, JobsOptions, Queue } from 'bullmq';
import { JOB_QUEUES, JobMap, JobName, QueueName } from './job-map';
import { clearStaleJobs } from './stale-jobs';

/** How often, at most, a worker checks that each schedule and its next run are in Redis. */
const SCHEDULE_CHECK_MS = 30_000;

/** States in which a schedule's next iteration will still run. */
const RUNNABLE = new Set(['delayed', 'waiting', 'prioritized', 'active']);

/** Whether the schedule exists in Redis and its next iteration is a job that will run. */
async function scheduleIsLive(queue: Queue, name: string): Promise<boolean> {
  const scheduler = await queue.getJobScheduler(name);
  if (!scheduler || scheduler.next === undefined) return false;
  const next = await queue.getJob(`repeat:${name}:${scheduler.next}`).catch(() => undefined);
  // A hash without a name is a stray write into a deleted key, not a job.
  return !!next?.name && RUNNABLE.has(await queue.getJobState(next.id!));
}

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
   * Registers (or updates) a repeating job; safe to call at every start and from every worker
   * process: BullMQ keeps one schedule per name in Redis, so the job runs once per period
   * however many workers there are (a second registration replaces the waiting iteration
   * with one at the same time). If Redis loses the schedule, or keeps the schedule but loses
   * its next iteration (keys deleted piecemeal, a partial flush), the schedule is put back
   * within one period (at most `SCHEDULE_CHECK_MS`): sweeps that rebuild Redis from the
   * database never stop. The per-process timer only repairs the schedule; it runs no work.
   */
  async schedule<K extends JobName>(name: K, everyMs: number, payload: JobMap[K]): Promise<void> {
    const queue = this.queue(JOB_QUEUES[name]);
    const upsert = () => queue.upsertJobScheduler(name, { every: everyMs }, { name, data: payload });
    await upsert();
    const keeper = setInterval(() => {
      scheduleIsLive(queue, name)
        .then((live) => (live ? undefined : upsert().then(() => this.logger.warn(`Job schedule "${name}" or its next run was missing from Redis; restored`))))
        .catch(() => undefined); // Redis unreachable: try again next period
    }, Math.min(everyMs, SCHEDULE_CHECK_MS));
    keeper.unref();
    this.keepers.push(keeper);
  }

  /** Redis answers on the connection the queues use (for readiness checks). */
  async ping(): Promise<void> {
    const queue = this.queue(QueueName.MAINTENANCE);
    const client = await queue.getBackend().client;
    await client.hget(queue.keys.meta, 'paused'); // a read of our own key: any answer will do

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
