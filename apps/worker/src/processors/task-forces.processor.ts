import { Processor } from '@nestjs/bullmq';
import { HandlesJob, JobMap, QueueName } from '@app/queue';
import { DigestService, OverdueRemindersService } from '@app/task-forces';
import { JobProcessor } from './job-processor';

const HOUR = 3_600_000;

/**
 * Task-force mail on a clock. Both jobs run hourly and are idempotent (the digest per
 * agency-week, reminders per item), so a run missed, repeated or doubled changes nothing.
 */
@Processor(QueueName.TASK_FORCES)
export class TaskForcesProcessor extends JobProcessor {
  constructor(
    private readonly digests: DigestService,
    private readonly reminders: OverdueRemindersService,
  ) {
    super({ schedules: { 'task-forces.digest': HOUR, 'task-forces.overdue-reminders': HOUR } });
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
