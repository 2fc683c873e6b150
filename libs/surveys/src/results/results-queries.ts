import { EntityManager } from 'typeorm';
import { QuestionType } from '../survey.enums';
import { CATEGORICAL, DayCount, ResultsTally, tallyOf } from './results-tally';
import { CounterRow } from './results-counters';
import { countTerms } from './results-terms';

export interface TallyQuestion {
  id: string;
  type: string;
}

/** A response as the pass that counts it sees it. */
export interface NewResponse {
  id: string;
  neighbourhood: string | null;
  day: string;
}

/** Which answers a pass reads: every response of a survey, or the given new ones. */
export interface TallyScope {
  surveyId: string;
  responses?: NewResponse[];
}

const DISCRETE: readonly string[] = [QuestionType.RATING, QuestionType.NPS, QuestionType.YES_NO];

/**
 * The tally, text terms and number values of the responses in `scope`, in set-based passes the caller
 * runs in one snapshot. The main pass is one GROUP BY over the stored columns themselves
 * (no expression per row): options, scale values and the respondent's neighbourhood are
 * labelled here from the question's type. Number, text and extra neighbourhood questions,
 * whose values would make that grouping explode, have passes of their own through the
 * (survey, question) index.
 */
export async function scanResponses(manager: EntityManager, scope: TallyScope, questions: TallyQuestion[]): Promise<{ tally: ResultsTally; terms: CounterRow<string>[]; values: CounterRow<number>[] }> {
  const ids = (...types: string[]) => questions.filter((q) => types.includes(q.type)).map((q) => q.id);
  const typeOf = new Map(questions.map((q) => [q.id, q.type]));
  const named = ids(QuestionType.NEIGHBOURHOOD);
  // With one neighbourhood question its answer is the response's neighbourhood column;
  // with several, each is grouped on its own answer.
  const places = named.length > 1 ? named : [];
  const numbers = ids(QuestionType.NUMBER);
  const texts = ids(QuestionType.SHORT_TEXT, QuestionType.LONG_TEXT);
  const full = scope.responses === undefined;
  const where = full ? `survey_id = $1 AND $2::uuid[] IS NULL` : `survey_id = $1 AND response_id = ANY ($2::uuid[])`;
  const params = [scope.surveyId, full ? null : scope.responses!.map((r) => r.id)];
  const run = <T>(sql: string, extra: unknown[]): Promise<T[]> => manager.query(sql, [...params, ...extra]);

  const days: DayCount[] = [];
  if (full) {
    // The planner multiplies the columns' distinct counts and expects millions of groups, so
    // it would sort every answer (on disk at scale); there are a few thousand, so hash them
    // in parallel, for this statement only.
    await manager.query(`SET LOCAL enable_sort = off; SET LOCAL enable_incremental_sort = off; SET LOCAL parallel_setup_cost = 0; SET LOCAL parallel_tuple_cost = 0`);
  }
  const grouped = await run<{ question_id: string; option_id: string | null; value: number | null; answer_index: number; neighbourhood: string | null; day: string; n: number }>(
    `SELECT question_id, option_id, number_value AS value, answer_index, neighbourhood, submitted_on::text AS day, count(*)::int AS n
     FROM survey_answers WHERE ${where} AND question_id <> ALL ($3::uuid[])
     GROUP BY question_id, option_id, number_value, answer_index, neighbourhood, submitted_on`,
    [[...numbers, ...texts, ...places]],
  );
  if (full) {
    await manager.query(`SET LOCAL enable_sort = DEFAULT; SET LOCAL enable_incremental_sort = DEFAULT; SET LOCAL parallel_setup_cost = DEFAULT; SET LOCAL parallel_tuple_cost = DEFAULT`);
  }
  for (const row of grouped) {
    const type = typeOf.get(row.question_id);
    if (!type || !CATEGORICAL.includes(type as QuestionType)) continue;
    const discrete = DISCRETE.includes(type) && row.value !== null;
    days.push({
      question_id: row.question_id,
      bucket:
        type === QuestionType.SINGLE_CHOICE || type === QuestionType.MULTIPLE_CHOICE
          ? (row.option_id ?? 'OTHER')
          : type === QuestionType.NEIGHBOURHOOD
            ? row.neighbourhood
            : discrete
              ? String(row.value)
              : null,
      neighbourhood: row.neighbourhood,
      day: row.day,
      n: row.n,
      respondents: row.answer_index === 0 ? row.n : 0,
      numbers: discrete ? row.n : 0,
      sum: discrete ? row.value! * row.n : 0,
      min: discrete ? row.value : null,
      max: discrete ? row.value : null,
    });
  }
  let values: CounterRow<number>[] = [];
  if (numbers.length) {
    // One scan, two groupings: statistics per neighbourhood and day, and how many answers hold each value (for medians).
    const rows = await run<DayCount & { value: number | null; per_value: number }>(
      `SELECT question_id, NULL AS bucket, neighbourhood, submitted_on::text AS day, number_value AS value, GROUPING(number_value) AS per_value,
              count(*)::int AS n, count(*)::int AS respondents, count(*)::int AS numbers, sum(number_value) AS sum, min(number_value) AS min, max(number_value) AS max
       FROM survey_answers WHERE ${where} AND question_id = ANY ($3::uuid[])
       GROUP BY GROUPING SETS ((question_id, neighbourhood, submitted_on), (question_id, number_value))`,
      [numbers],
    );
    values = rows.filter((r) => r.per_value === 0).map((r) => ({ question_id: r.question_id, key: r.value!, n: r.n }));
    days.push(...rows.filter((r) => r.per_value === 1).map(({ value: _value, per_value: _perValue, ...day }) => day));
  }
  if (places.length) {
    const rows = await run<DayCount>(
      `SELECT question_id, text_value AS bucket, neighbourhood, submitted_on::text AS day, count(*)::int AS n, count(*)::int AS respondents,
              0 AS numbers, 0 AS sum, NULL AS min, NULL AS max
       FROM survey_answers WHERE ${where} AND question_id = ANY ($3::uuid[]) GROUP BY question_id, text_value, neighbourhood, submitted_on`,
      [places],
    );
    days.push(...rows);
  }
  let terms: CounterRow<string>[] = [];
  if (texts.length) {
    const rows = await run<{ question_id: string; neighbourhood: string | null; day: string; text: string }>(
      `SELECT question_id, neighbourhood, submitted_on::text AS day, text_value AS text FROM survey_answers WHERE ${where} AND question_id = ANY ($3::uuid[])`,
      [texts],
    );
    const answered = new Map<string, DayCount>();
    for (const row of rows) {
      const key = `${row.question_id}|${row.neighbourhood}|${row.day}`;
      const count = answered.get(key);
      if (count) (count.n++, count.respondents++);
      else answered.set(key, { question_id: row.question_id, bucket: null, neighbourhood: row.neighbourhood, day: row.day, n: 1, respondents: 1, numbers: 0, sum: 0, min: null, max: null });
    }
    days.push(...answered.values());
    terms = countTerms(rows);
  }

  const responses = full
    ? await manager.query(`SELECT neighbourhood, submitted_on::text AS day, count(*)::int AS n FROM survey_responses WHERE survey_id = $1 GROUP BY neighbourhood, submitted_on`, [scope.surveyId])
    : countByDay(scope.responses!);
  return { tally: tallyOf(responses, days), terms, values };
}

function countByDay(responses: NewResponse[]): { neighbourhood: string | null; day: string; n: number }[] {
  const counts = new Map<string, { neighbourhood: string | null; day: string; n: number }>();
  for (const r of responses) {
    const key = `${r.neighbourhood}|${r.day}`;
    const count = counts.get(key);
    if (count) count.n++;
    else counts.set(key, { neighbourhood: r.neighbourhood, day: r.day, n: 1 });
  }
  return [...counts.values()];
}

export async function queryInvitations(manager: EntityManager, surveyId: string): Promise<{ sent: number; answered: number }> {
  const [invitations] = await manager.query(
    `SELECT count(*)::int AS sent, count(*) FILTER (WHERE used)::int AS answered FROM survey_invitations WHERE survey_id = $1`,
    [surveyId],
  );
  return invitations;
}
