import { OnApplicationBootstrap } from '@nestjs/common';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { HandlesJob, JobHandlerRegistry, JobMap, JobsService, QueueName } from '@app/queue';
import { OrganisationImportRunner, OrganisationImportsService } from '@app/partners';

const IMPORT_SWEEP_MS = 60_000;

@Processor(QueueName.IMPORTS)
export class ImportsProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    private readonly registry: JobHandlerRegistry,
    private readonly runner: OrganisationImportRunner,
    private readonly imports: OrganisationImportsService,
    private readonly jobs: JobsService,
  ) {
    super();
  }

  /** Imports are rows first: any whose job was lost (now or while we were down) is queued again. */
  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.schedule('partners.import.sweep', IMPORT_SWEEP_MS, {});
    await this.imports.requeueUnfinished();
  }

  process(job: Job): Promise<unknown> {
    return this.registry.dispatch(job);
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
