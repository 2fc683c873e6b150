import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { TestApp, createStaffActor, createTestApp, everyTypeSurveyInput, testConfig } from '@app/testing';
import { SurveyForm, SurveyResponsesService } from './survey-responses.service';
import { SurveysService } from './surveys.service';
import { RawAnswer, evaluateAnswers } from './survey-answers';
import { SurveyResponseRepository } from './survey-response.repository';

describe('Public-link responses written together (one statement per burst)', () => {
  let t: TestApp;
  let dataSource: DataSource;
  let responses: SurveyResponsesService;
  let form: SurveyForm;

  beforeAll(async () => {
    t = await createTestApp(testConfig());
    dataSource = t.app.get(DataSource);
    responses = t.app.get(SurveyResponsesService);
    const actor = await createStaffActor(dataSource);
    const surveys = t.app.get(SurveysService);
    const survey = await surveys.create(actor, everyTypeSurveyInput() as never);
    await surveys.publish(actor, survey.id);
    form = (await responses.loadForm(survey.slug))!;
  });
  afterAll(async () => {
    await t.close();
  });

  const question = (f: SurveyForm, key: string) => f.questions.find((q) => q.key === key)!;
  /** A valid answer set; `years` tells the responses apart. */
  function answers(f: SurveyForm, years: number): Record<string, RawAnswer> {
    const topics = question(f, 'topics');
    return {
      [question(f, 'area').id]: { values: ['Northgate'] },
      [question(f, 'safe').id]: { values: ['4'] },
      [question(f, 'contacted').id]: { values: ['NO'] },
      [topics.id]: { values: [topics.options[0].id, topics.options[2].id] },
      [question(f, 'years').id]: { values: [String(years)] },
    };
  }
  const stored = (surveyId: string) =>
    dataSource.query(
      `SELECT r.id, r.neighbourhood, count(a.*)::int AS rows, max(a.number_value) FILTER (WHERE a.question_id = $2) AS years,
              array_agg(a.answer_index ORDER BY a.answer_index) FILTER (WHERE a.option_id IS NOT NULL) AS option_indexes
       FROM survey_responses r JOIN survey_answers a ON a.response_id = r.id WHERE r.survey_id = $1 GROUP BY r.id`,
      [surveyId, question(form, 'years').id],
    );

  it('stores each of 60 concurrent posts exactly once, with all its answers, and marks the results stale', async () => {
    await dataSource.query(`UPDATE surveys SET results_dirty = false WHERE id = $1`, [form.survey.id]);
    const before = (await stored(form.survey.id)).length;
    const query = jest.spyOn(dataSource, 'query');
    await Promise.all(Array.from({ length: 60 }, (_, i) => responses.submit({ form, language: 'en', answers: answers(form, 100 - i) })));
    const statements = query.mock.calls.filter(([sql]) => sql.includes('INSERT INTO survey_responses')).length;
    query.mockRestore();
    // The first post goes alone; the rest, arriving while it is in flight, share the next statement.
    expect(statements).toBe(2);
    const rows = (await stored(form.survey.id)).filter((r: { years: number }) => r.years > 40);
    expect(rows).toHaveLength(60);
    expect((await stored(form.survey.id)).length - before).toBe(60);
    expect(rows.map((r: { years: number }) => r.years).sort()).toEqual(Array.from({ length: 60 }, (_, i) => 100 - i).sort());
    // area, safe, contacted, two topics, years: six answer rows each; the second topic is index 1.
    expect(rows.every((r: { rows: number; neighbourhood: string; option_indexes: number[] }) => r.rows === 6 && r.neighbourhood === 'Northgate' && r.option_indexes.join() === '0,1')).toBe(true);
    const [survey] = await dataSource.query(`SELECT results_dirty FROM surveys WHERE id = $1`, [form.survey.id]);
    expect(survey.results_dirty).toBe(true);
  });

  it('fails only the post that cannot be stored when it arrives in a burst with good ones', async () => {
    // A form whose "topics" option no longer exists: its answer row breaks a foreign key.
    const topics = question(form, 'topics');
    const staleTopics = { ...topics, options: topics.options.map((o, i) => (i === 0 ? { ...o, id: randomUUID() } : o)) };
    const staleForm: SurveyForm = { ...form, questions: form.questions.map((q) => (q === topics ? staleTopics : q)) } as SurveyForm;
    const outcomes = await Promise.allSettled(
      Array.from({ length: 12 }, (_, i) => (i === 5 ? responses.submit({ form: staleForm, language: 'en', answers: answers(staleForm, 7) }) : responses.submit({ form, language: 'en', answers: answers(form, 20 + i) }))),
    );
    expect(outcomes.map((o) => o.status)).toEqual(Array.from({ length: 12 }, (_, i) => (i === 5 ? 'rejected' : 'fulfilled')));
    const years = (await stored(form.survey.id)).map((r: { years: number }) => r.years).filter((y: number) => y < 40);
    expect(years.sort()).toEqual([20, 21, 22, 23, 24, 26, 27, 28, 29, 30, 31].sort());
  });

  it('treats a retried response whose first write did commit as written, storing it once', async () => {
    // As when a batch commits but its reply is lost: the one-by-one retry sends the same key again.
    const evaluated = evaluateAnswers(form.questions, answers(form, 3), form.neighbourhoods, 'en');
    const response = { id: randomUUID(), surveyId: form.survey.id, agencyId: form.survey.agencyId, language: 'en', neighbourhood: evaluated.neighbourhood, values: evaluated.values };
    await SurveyResponseRepository.writePublic(dataSource, [response], new Date());
    await expect(SurveyResponseRepository.writePublic(dataSource, [response], new Date())).resolves.toEqual([undefined]);
    const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM survey_answers WHERE response_id = $1`, [response.id]);
    expect(n).toBe(6);
  });
});
