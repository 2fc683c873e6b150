import { BeforeApplicationShutdown, Inject, Logger, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { JobHandlerRegistry, JobMap, JobName, JobsService } from '@app/queue';

/** Jobs that can repeat on a timer: those whose payload may be empty. */
type SchedulableJob = { [K in JobName]: Record<string, never> extends JobMap[K] ? K : never }[JobName];

/** What a queue's processor declares beside its `@HandlesJob` methods. */
export interface JobProcessorOptions {
  /** Repeating jobs of this queue (job name → period in ms), registered at every start with an empty payload. */
  schedules?: { [K in SchedulableJob]?: number };
  /**
   * Repeating jobs also run once as this worker starts, to catch up on work lost while it was down
   * (e.g. Redis lost its data). Queued, not run in this process: workers starting together join
   * one run (BullMQ deduplication), as the schedules give one run per period across all workers.
   */
  catchUp?: SchedulableJob[];
  /** Jobs run at once by this worker; BullMQ's default (1) when absent. */
  concurrency?: number;
  /**
   * Redis errors (e.g. a job's keys vanished in a flush) are logged as warnings (the default):
   * the database-driven sweeps put lost work back. `false` leaves them to BullMQ, which prints
   * them to stderr as unhandled 'error' events.
   */
  logWorkerErrors?: boolean;
}

/**
 * The one scaffolding of the worker's processors: a subclass carries `@Processor(queue)`,
 * passes its options to `super()` and holds its `@HandlesJob` methods; every job is
 * dispatched by name through the registry (which refuses to start on a job without exactly
 * one handler).
 */
export abstract class JobProcessor extends WorkerHost implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  @Inject(JobHandlerRegistry) private readonly registry!: JobHandlerRegistry;
  @Inject(JobsService) protected readonly jobs!: JobsService;

  protected constructor(private readonly options: JobProcessorOptions = {}) {
    super();
  }

  // BullMQ's worker behind this host is made by @nestjs/bullmq's explorer, in its module's
  // init, which runs before the worker module's providers are initialised.
  onModuleInit(): void {
    if (this.options.logWorkerErrors === false) return;
    const logger = new Logger(this.constructor.name);
    this.worker.on('error', (error: Error) => logger.warn(`Queue worker error: ${error.message}`));
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.options.concurrency !== undefined) this.worker.concurrency = this.options.concurrency;
    const schedules = Object.entries(this.options.schedules ?? {}) as [SchedulableJob, number][];
    for (const [name, everyMs] of schedules) await this.jobs.schedule(name, everyMs, {});
    for (const name of this.options.catchUp ?? []) await this.jobs.enqueue(name, {}, { deduplication: { id: `catch-up-${name}` } });
  }

  /**
   * On SIGTERM, before anything closes (the database, the SMTP pool, Redis), take no new job
   * and let the running ones finish and record their outcome: a message sent is a row marked
   * sent, so a restarted or remaining worker neither loses nor repeats it. @nestjs/bullmq
   * closes its workers only in the last phase, alongside the connections those jobs need.
   */
  async beforeApplicationShutdown(): Promise<void> {
    await this.worker.close();
  }

  process(job: Job, token?: string): Promise<unknown> {
    return this.registry.dispatch(job, token);
  }
}
