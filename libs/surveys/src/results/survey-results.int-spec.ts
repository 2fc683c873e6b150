import { SurveysTestBed, createSurveysTestBed, everyTypeSurveyInput } from '@app/testing';
import { SurveyResultsSnapshot } from './results.types';
import { SurveyResultsRepository } from './survey-results.repository';

const AREAS = ['Old Town', 'Northgate', 'Eastbrook'];
const t = (en: string) => ({ en, es: en });

describe('Survey results, counted a few responses at a time', () => {
  let bed: SurveysTestBed;

  beforeAll(async () => {
    bed = await createSurveysTestBed(AREAS);
  });
  afterAll(() => bed.t.close());

  async function publish(input: Record<string, unknown>) {
    const survey = await bed.surveys.create(bed.actor, input as never);
    await bed.surveys.publish(bed.actor, survey.id);
    return survey;
  }

  /** The i-th resident's answers: every type, varied enough that most cells hold 5 or more. */
  async function answer(slug: string, i: number) {
    const form = (await bed.responses.loadForm(slug))!;
    const q = (key: string) => form.questions.find((x) => x.key === key);
    const option = (key: string, n: number) => q(key)!.options[n % q(key)!.options.length].id;
    const answers: Record<string, { values: string[]; other?: string }> = {};
    const set = (key: string, values: string[], other?: string) => {
      if (q(key)) answers[q(key)!.id] = { values, other };
    };
    set('area', [AREAS[i % 3]]);
    set('work', [AREAS[(i + 1) % 3]]);
    set('safe', [String((i % 5) + 1)]);
    set('recommend', i % 4 ? [String(i % 11)] : []);
    set('contacted', [i % 2 ? 'YES' : 'NO']);
    set('how', i % 2 ? [option('how', i)] : []);
    set('topics', i % 3 ? [option('topics', i), option('topics', i + 1)] : [], i % 5 === 0 ? 'Loud parties' : undefined);
    set('years', [String(i % 40)]);
    set('name', i % 2 ? [`Maple Street ${i % 3}`] : []);
    set('comments', [i % 3 ? 'Street lights are broken near the park' : 'More patrols near the school please']);
    await bed.responses.submit({ form, language: 'en', answers });
  }

  const withoutTime = (s: SurveyResultsSnapshot | null) => ({ ...s, computedAt: undefined });

  it('adds each batch of new responses to the stored results, which then equal a full recomputation', async () => {
    const survey = await publish(everyTypeSurveyInput());
    let answered = 0;
    for (const batch of [7, 1, 12, 0, 20]) {
      for (let i = 0; i < batch; i++) await answer(survey.slug, answered++);
      const incremental = await bed.results.recompute(survey.id);
      expect(incremental!.responseCount).toBe(answered);
      expect(withoutTime(incremental)).toEqual(withoutTime(await bed.results.recompute(survey.id, { full: true })));
      // The median from counted values is PostgreSQL's own median of the answers (odd and even counts).
      const [{ median }] = await bed.t.dataSource.query(
        `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY a.number_value)::float8 AS median FROM survey_answers a JOIN survey_questions q ON q.id = a.question_id WHERE a.survey_id = $1 AND q.key = 'years'`,
        [survey.id],
      );
      const years = incremental!.questions.find((x) => x.key === 'years')!;
      expect((await SurveyResultsRepository.numberFacts(bed.t.dataSource.manager, survey.id)).get(years.questionId)!.median).toBe(median);
    }
    const snapshot = (await bed.results.forStaff(bed.actor, survey.id))!;
    const byKey = (key: string) => snapshot.questions.find((x) => x.key === key)!;
    expect(byKey('safe').counts.map((c) => c.count)).toEqual([8, 8, 8, 8, 8]);
    expect(byKey('comments').terms.map((x) => x.term).sort()).toEqual(['broken', 'lights', 'near', 'park', 'patrols', 'please', 'school', 'street']);
    expect(byKey('comments').terms.find((x) => x.term === 'near')!.count).toBe(40);
    // Every number of years is one resident's: no minimum, maximum or median is shown.
    expect(byKey('years')).toMatchObject({ answered: 40, min: null, max: null, median: null });
    expect(byKey('years').mean).toBe(19.5);
  });

  it('counts every response exactly once while passes and submissions overlap', async () => {
    const survey = await publish(everyTypeSurveyInput());
    let answered = 0;
    await Promise.all([
      ...Array.from({ length: 4 }, async () => {
        for (let i = 0; i < 10; i++) await answer(survey.slug, answered++);
      }),
      ...Array.from({ length: 3 }, async () => {
        for (let i = 0; i < 4; i++) await bed.results.recompute(survey.id);
      }),
    ]);
    const last = await bed.results.recompute(survey.id);
    expect(last!.responseCount).toBe(40);
    expect(withoutTime(last)).toEqual(withoutTime(await bed.results.recompute(survey.id, { full: true })));
    const [{ uncounted }] = await bed.t.dataSource.query(`SELECT count(*)::int AS uncounted FROM survey_uncounted_responses WHERE survey_id = $1`, [survey.id]);
    expect(uncounted).toBe(0);
  });

  it('counts a second neighbourhood question by its own answers, not the respondent’s neighbourhood', async () => {
    const input = everyTypeSurveyInput();
    input.questions.splice(1, 0, { key: 'work', type: 'NEIGHBOURHOOD', prompt: t('Where do you work?'), required: true } as never);
    const survey = await publish(input);
    for (let i = 0; i < 15; i++) await answer(survey.slug, i);
    const snapshot = (await bed.results.recompute(survey.id))!;
    const work = snapshot.questions.find((x) => x.key === 'work')!;
    expect(work.counts.map((c) => [c.key, c.count])).toEqual(AREAS.map((a) => [a, 5]));
    // Residents of Old Town (i % 3 = 0) all work in Northgate.
    const oldTown = work.byNeighbourhood.find((b) => b.group === 'Old Town')!;
    expect(oldTown.counts.map((c) => [c.key, c.count])).toEqual([['Old Town', 0], ['Northgate', 5], ['Eastbrook', 0]]);
  });

  it('reads every response again after the survey is edited', async () => {
    const input = everyTypeSurveyInput();
    const survey = await publish(input);
    for (let i = 0; i < 10; i++) await answer(survey.slug, i);
    await bed.results.recompute(survey.id);
    const before = await bed.results.recompute(survey.id);
    const talliedInFull = async () => (await bed.t.dataSource.query(`SELECT tallied_in_full_at FROM survey_results WHERE survey_id = $1`, [survey.id]))[0].tallied_in_full_at;
    const firstFull = await talliedInFull();
    expect(new Date(before!.computedAt)).not.toEqual(firstFull); // the second pass added to the tally
    // A wording fix: the next pass rebuilds the tally from every response.
    (input.questions[1] as { prompt: unknown }).prompt = t('How safe do you feel after dark?');
    await bed.surveys.update(bed.actor, survey.id, input as never);
    const snapshot = (await bed.results.recompute(survey.id))!;
    expect(await talliedInFull()).toEqual(new Date(snapshot.computedAt));
    expect(snapshot.responseCount).toBe(10);
    expect(snapshot.questions.find((x) => x.key === 'safe')!.prompt.en).toBe('How safe do you feel after dark?');
  });
});
