import { OnApplicationBootstrap } from '@nestjs/common';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { HandlesJob, JobHandlerRegistry, JobMap, JobsService, QueueName } from '@app/queue';
import { DigestService, OverdueRemindersService } from '@app/task-forces';

const HOUR = 3_600_000;

/**
 * Task-force mail on a clock. Both jobs run hourly and are idempotent (the digest per
 * agency-week, reminders per item), so a run missed, repeated or doubled changes nothing.
 */
@Processor(QueueName.TASK_FORCES)
export class TaskForcesProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    private readonly registry: JobHandlerRegistry,
    private readonly jobs: JobsService,
    private readonly digests: DigestService,
    private readonly reminders: OverdueRemindersService,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.schedule('task-forces.digest', HOUR, {});
    await this.jobs.schedule('task-forces.overdue-reminders', HOUR, {});
  }

  process(job: Job): Promise<unknown> {
    return this.registry.dispatch(job);
  }

  @HandlesJob('task-forces.digest')
  digest(payload: JobMap['task-forces.digest']) {
    return this.digests.sendDue(payload.agencyId);
  }

  @HandlesJob('task-forces.overdue-reminders')
  overdueReminders(payload: JobMap['task-forces.overdue-reminders']) {
    return this.reminders.sendDue(payload.agencyId);
  }
}
