import { SurveyResultsService } from '@app/surveys';
import { CreatedSurvey, TestApp, postSurveyForm } from '@app/testing';

/**
 * Six residents answer the every-type survey (`everyTypeSurveyInput`) through its public form,
 * in two neighbourhoods, then a full results pass runs: enough answers for every public chart.
 * `extra` fields go with each answer (e.g. `['lang', 'ar']`).
 */
export async function answerEveryTypeSurveySixTimes(t: TestApp, created: CreatedSurvey, extra: [string, string][] = []): Promise<void> {
  const q = (key: string) => created.questions.find((x) => x.key === key)!;
  for (let i = 0; i < 6; i++) {
    const fields: [string, string][] = [
      ...extra,
      [`q.${q('area').id}`, i % 2 ? 'Northgate' : 'Old Town'],
      [`q.${q('safe').id}`, String(1 + (i % 5))],
      [`q.${q('contacted').id}`, 'NO'],
      [`q.${q('topics').id}`, q('topics').options[0].id],
      ...created.questions.map((x): [string, string] => ['shown', x.id]),
    ];
    const res = await postSurveyForm(t.url, `/s/${created.slug}`, created.id, fields, { secret: t.config.LINK_SECRET });
    expect(res.status).toBe(200);
  }
  await t.app.get(SurveyResultsService).recompute(created.id, { full: true });
}
