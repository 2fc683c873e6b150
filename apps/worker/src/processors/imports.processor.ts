import { OnApplicationBootstrap } from '@nestjs/common';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { HandlesJob, JobHandlerRegistry, JobMap, QueueName } from '@app/queue';
import { OrganisationImportRunner, OrganisationImportsService } from '@app/partners';

@Processor(QueueName.IMPORTS)
export class ImportsProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    private readonly registry: JobHandlerRegistry,
    private readonly runner: OrganisationImportRunner,
    private readonly imports: OrganisationImportsService,
  ) {
    super();
  }

  /** Imports are rows first: any whose job was lost while we were down is queued again. */
  async onApplicationBootstrap(): Promise<void> {
    await this.imports.requeueUnfinished();
  }

  process(job: Job): Promise<unknown> {
    return this.registry.dispatch(job);
  }

  @HandlesJob('partners.import')
  run(payload: JobMap['partners.import'], job: Job) {
    return this.runner.run(payload.importId, { finalAttempt: job.attemptsMade + 1 >= (job.opts.attempts ?? 1) });
  }
}
