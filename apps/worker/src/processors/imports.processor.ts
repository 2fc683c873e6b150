import { Processor } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { HandlesJob, JobMap, QueueName } from '@app/queue';
import { OrganisationImportRunner, OrganisationImportsService } from '@app/partners';
import { JobProcessor } from './job-processor';

const IMPORT_SWEEP_MS = 60_000;

@Processor(QueueName.IMPORTS)
export class ImportsProcessor extends JobProcessor {
  constructor(
    private readonly runner: OrganisationImportRunner,
    private readonly imports: OrganisationImportsService,
  ) {
    // Imports are rows first: any whose job was lost (now or while we were down) is queued again, also at start.
    super({ schedules: { 'partners.import.sweep': IMPORT_SWEEP_MS }, catchUp: ['partners.import.sweep'] });
  }

  @HandlesJob('partners.import')
  run(payload: JobMap['partners.import'], job: Job) {
    return this.runner.run(payload.importId, { finalAttempt: job.attemptsMade + 1 >= (job.opts.attempts ?? 1) });
  }

  @HandlesJob('partners.import.sweep')
  sweep() {
    return this.imports.requeueUnfinished();
  }
}
