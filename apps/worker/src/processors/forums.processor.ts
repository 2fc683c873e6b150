import { Processor } from '@nestjs/bullmq';
import { HandlesJob, QueueName } from '@app/queue';
import { ForumSeriesService } from '@app/forums';
import { JobProcessor } from './job-processor';

const DAY_MS = 24 * 3_600_000;

@Processor(QueueName.FORUMS)
export class ForumsProcessor extends JobProcessor {
  constructor(private readonly series: ForumSeriesService) {
    super({ schedules: { 'forums.series.extend': DAY_MS } });
  }

  @HandlesJob('forums.series.extend')
  extendSeries() {
    return this.series.extendAll();
  }
}
