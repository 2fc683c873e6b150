import { Inject } from '@nestjs/common';
import { Processor } from '@nestjs/bullmq';
import { APP_CONFIG, AppConfig } from '@app/config';
import { HandlesJob, JobMap, QueueName } from '@app/queue';
import { SurveyResultsService } from '@app/surveys';
import { JobProcessor } from './job-processor';

@Processor(QueueName.SURVEYS)
export class SurveysProcessor extends JobProcessor {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly results: SurveyResultsService,
  ) {
    super({ schedules: { 'survey.aggregate-dirty': config.SURVEY_RESULTS_SWEEP_SECONDS * 1000 } });
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
