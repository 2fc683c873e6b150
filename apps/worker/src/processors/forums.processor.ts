import { OnApplicationBootstrap } from '@nestjs/common';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { HandlesJob, JobHandlerRegistry, JobsService, QueueName } from '@app/queue';
import { ForumSeriesService } from '@app/forums';

const DAY_MS = 24 * 3_600_000;

@Processor(QueueName.FORUMS)
export class ForumsProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    private readonly registry: JobHandlerRegistry,
    private readonly jobs: JobsService,
    private readonly series: ForumSeriesService,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.schedule('forums.series.extend', DAY_MS, {});
  }

  process(job: Job): Promise<unknown> {
    return this.registry.dispatch(job);
  }

  @HandlesJob('forums.series.extend')
  extendSeries() {
    return this.series.extendAll();
  }
}
