import { INestApplicationContext } from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import { JOB_QUEUES, JobName, JobsService, QueueName } from '@app/queue';
import { eventually, EventuallyOptions } from './eventually';

/**
 * Helpers that wait on BullMQ instead of sleeping. They take any app whose queues are this
 * test's (the API or the worker of a test stack: both use the stack's Redis prefix).
 */

function queuesOf(app: INestApplicationContext): Queue[] {
  const jobs = app.get(JobsService);
  return Object.values(QueueName).map((name) => jobs.queue(name));
}

/** BullMQ scores a delayed job `dueMs * 0x1000 + n`, so every job due by now scores below this. */
const dueBy = (ms: number) => (ms + 1) * 0x1000 - 1;

/** Jobs that will run without anything else happening: waiting, prioritised, active, or delayed and already due. */
async function pendingWork(queue: Queue): Promise<Record<string, number>> {
  const counts = await queue.getJobCounts('waiting', 'prioritized', 'active');
  // The delayed set is sorted by due time: its first entry says whether any is due.
  const client = await queue.getBackend().client;
  const [, score] = await client.zrange(queue.keys.delayed, 0, 0, { WITHSCORES: true });
  const due = score !== undefined && Number(score) <= dueBy(Date.now()) ? 1 : 0;
  return Object.fromEntries(Object.entries({ ...counts, 'delayed and due (at least)': due }).filter(([, n]) => n > 0));
}

/**
 * Waits until no queue has work waiting, running or due (seen twice in a row, a poll apart,
 * so a job that hands over to the next one is not mistaken for the end). Jobs delayed into
 * the future (a retry's backoff, the next run of a schedule, a `sendAfter`) do not count.
 * Whatever an action queued has then run to the end: what it did not do, it will not do.
 */
export async function waitForIdleQueues(app: INestApplicationContext, options: EventuallyOptions = {}): Promise<void> {
  const queues = queuesOf(app);
  let idleBefore = false;
  await eventually(
    async () => {
      const busy: string[] = [];
      for (const queue of queues) {
        const work = await pendingWork(queue);
        if (Object.keys(work).length) busy.push(`${queue.name}: ${JSON.stringify(work)}`);
      }
      const idle = busy.length === 0;
      const settled = idle && idleBefore;
      idleBefore = idle;
      if (!settled) throw new Error(idle ? 'idle once; checking again' : `queues still busy: ${busy.join('; ')}`);
    },
    { what: 'idle queues', ...options },
  );
}

/** Finished jobs of `name` in `states`, among the queue's latest hundred in those states. */
async function finishedRuns(app: INestApplicationContext, name: JobName, states: ('completed' | 'failed')[]): Promise<Job[]> {
  const recent = await app.get(JobsService).queue(JOB_QUEUES[name]).getJobs(states, 0, 99, false);
  return recent.filter((job) => job.name === name);
}

/**
 * Waits until a job named `name` (e.g. a periodic sweep) has started after this call and
 * completed: whatever it would do about the state the test has reached, it has done.
 */
export async function waitForNextRun(app: INestApplicationContext, name: JobName, options: EventuallyOptions = {}): Promise<void> {
  const since = Date.now();
  await eventually(
    async () => {
      const recent = await finishedRuns(app, name, ['completed']);
      if (!recent.some((job) => (job.processedOn ?? 0) >= since)) {
        throw new Error(`no "${name}" job has started since ${new Date(since).toISOString()} and completed`);
      }
    },
    { what: `a run of "${name}"`, ...options },
  );
}

/**
 * Waits until each of `names` has run at least once (completed or failed) on this app's queues:
 * the run a schedule makes when a worker starts. A job that acts on every agency by the real
 * clock (the Monday digest, overdue reminders) must have had that first run before a test
 * writes its own agency's rows, or it may act on them halfway through the test.
 */
export async function waitForFirstRuns(app: INestApplicationContext, names: JobName[], options: EventuallyOptions = {}): Promise<void> {
  await eventually(
    async () => {
      const missing: JobName[] = [];
      for (const name of names) if ((await finishedRuns(app, name, ['completed', 'failed'])).length === 0) missing.push(name);
      if (missing.length) throw new Error(`not run yet: ${missing.join(', ')}`);
    },
    { what: `a first run of ${names.join(', ')}`, ...options },
  );
}

/** Waits until the job `jobId` of `name` has finished (completed, or failed for good) and returns which. */
export async function waitForJobToFinish(
  app: INestApplicationContext,
  name: JobName,
  jobId: string,
  options: EventuallyOptions = {},
): Promise<'completed' | 'failed'> {
  const queue = app.get(JobsService).queue(JOB_QUEUES[name]);
  return eventually(
    async () => {
      const state = await queue.getJobState(jobId);
      if (state !== 'completed' && state !== 'failed') throw new Error(`job ${jobId} is ${state}`);
      return state;
    },
    { what: `job ${jobId} of "${name}" to finish`, ...options },
  );
}
