import { Inject, OnApplicationBootstrap } from '@nestjs/common';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { APP_CONFIG, AppConfig } from '@app/config';
import { HandlesJob, JobHandlerRegistry, JobMap, JobsService, QueueName } from '@app/queue';
import { SurveyResultsService } from '@app/surveys';

@Processor(QueueName.SURVEYS)
export class SurveysProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly registry: JobHandlerRegistry,
    private readonly jobs: JobsService,
    private readonly results: SurveyResultsService,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.schedule('survey.aggregate-dirty', this.config.SURVEY_RESULTS_SWEEP_SECONDS * 1000, {});
  }

  process(job: Job): Promise<unknown> {
    return this.registry.dispatch(job);
  }

  @HandlesJob('survey.aggregate')
  async aggregate(payload: JobMap['survey.aggregate']) {
    await this.results.recompute(payload.surveyId);
  }

  @HandlesJob('survey.aggregate-dirty')
  aggregateDirty() {
    return this.results.recomputeDirty();
  }
}
