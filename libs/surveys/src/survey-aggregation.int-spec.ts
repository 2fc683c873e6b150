import { randomUUID } from 'node:crypto';
import { JobsService, QueueName } from '@app/queue';
import { TestApp, createTestApp, testConfig } from '@app/testing';
import { SurveyResponsesService } from './survey-responses.service';

describe('Aggregation requests (API only, no worker running)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(testConfig());
  });
  afterAll(async () => {
    await t.close();
  });

  it('turns a burst of 50 responses to one survey into a single queued recomputation', async () => {
    const responses = t.app.get(SurveyResponsesService);
    const queue = t.app.get(JobsService).queue(QueueName.SURVEYS);
    const first = randomUUID();
    const second = randomUUID();
    await Promise.all(Array.from({ length: 50 }, () => responses.requestAggregation(first)));
    await Promise.all(Array.from({ length: 10 }, () => responses.requestAggregation(second)));
    const jobs = await queue.getJobs(['delayed', 'waiting']);
    expect(jobs.map((j) => j.data.surveyId).sort()).toEqual([first, second].sort());
    // Debounced: the job waits so that the rest of the burst joins it.
    expect(jobs.every((j) => j.opts.delay! > 0)).toBe(true);
  });
});
