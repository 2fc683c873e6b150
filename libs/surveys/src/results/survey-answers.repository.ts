import { Queryable } from '../survey.repository';
import { QuestionType } from '../survey.enums';
import { DayCount, ResultsTally, tallyOf } from './results-tally';
import { CounterRow } from './survey-results.repository';
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

export interface Scanned {
  tally: ResultsTally;
  terms: CounterRow<string>[];
  values: CounterRow<number>[];
}

type ResponsesByDay = { neighbourhood: string | null; day: string; n: number }[];

const DISCRETE: readonly string[] = [QuestionType.RATING, QuestionType.NPS, QuestionType.YES_NO];
const CHOICE: readonly string[] = [QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE];

/** One of the passes, reading the answers in scope (`$1` survey, `$2` response ids or null, then `extra`). */
type Pass = <T>(sql: string, extra: unknown[]) => Promise<T[]>;

/**
 * The tally, text terms and number values of the responses in `scope`, in set-based passes
 * the caller runs in one snapshot. The main pass is one GROUP BY over stored columns (no
 * expression per row); options and scale values are labelled here from the question's
 * type. Number, text and neighbourhood questions, whose values would make that grouping
 * explode or which the responses already tell, have passes of their own.
 */
async function scanResponses(manager: Queryable, scope: TallyScope, questions: TallyQuestion[], lanes: Queryable[] = []): Promise<Scanned> {
  const ids = (...types: string[]) => questions.filter((q) => types.includes(q.type)).map((q) => q.id);
  const named = ids(QuestionType.NEIGHBOURHOOD);
  const numbers = ids(QuestionType.NUMBER);
  const texts = ids(QuestionType.SHORT_TEXT, QuestionType.LONG_TEXT);
  const full = scope.responses === undefined;
  const where = full ? `survey_id = $1 AND $2::uuid[] IS NULL` : `survey_id = $1 AND response_id = ANY ($2::uuid[])`;
  const params = [scope.surveyId, full ? null : scope.responses!.map((r) => r.id)];
  const passOn =
    (db: Queryable): Pass =>
    (sql, extra) =>
      db.query(sql.replace('$SCOPE', where), [...params, ...extra]);
  const pass = passOn(manager);
  const excluded = [...numbers, ...texts, ...named];
  const responsesOn = (db: Queryable): Promise<ResponsesByDay> =>
    full
      ? db.query(`SELECT neighbourhood, submitted_on::text AS day, count(*)::int AS n FROM survey_responses WHERE survey_id = $1 GROUP BY neighbourhood, submitted_on`, [scope.surveyId])
      : Promise.resolve(countByDay(scope.responses!));
  const numberDays: DayCount[] = [];
  const numbersOn = (db: Queryable) => (numbers.length ? numberPasses(passOn(db), numbers, numberDays) : Promise.resolve([]));
  const textDays: DayCount[] = [];
  const textsOn = (db: Queryable) => (texts.length ? textPass(passOn(db), texts, textDays) : Promise.resolve([]));

  let responses: ResponsesByDay, days: DayCount[], values: CounterRow<number>[], terms: CounterRow<string>[];
  if (lanes.length === 0) {
    responses = await responsesOn(manager);
    days = await mainPass(manager, pass, questions, excluded, full);
    values = await numbersOn(manager);
    terms = await textsOn(manager);
  } else {
    // Further connections in the same snapshot (`lanes`): the smaller passes run beside the
    // main GROUP BY instead of after it, with the same results.
    const [laneA, laneB] = [lanes[0], lanes[1] ?? lanes[0]];
    const responsesPass = responsesOn(laneA);
    const textsPass = responsesPass.then(() => textsOn(laneA));
    const numbersPass = numbersOn(laneB);
    const mainDays = mainPass(manager, pass, questions, excluded, full);
    // Settled together, so no pass is left running on a connection the caller is about to release.
    const settled = await Promise.allSettled([responsesPass, mainDays, numbersPass, textsPass]);
    const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
    [responses, days, values, terms] = [await responsesPass, await mainDays, await numbersPass, await textsPass];
  }
  // With one neighbourhood question, its answer is the response's own neighbourhood: the
  // responses pass has counted it already. With several, each is grouped on its answers.
  if (named.length === 1) days.push(...responses.filter((r) => r.neighbourhood !== null).map((r) => answeredDay(named[0], r.neighbourhood, r.neighbourhood, r.day, r.n)));
  if (named.length > 1) {
    days.push(
      ...(await pass<DayCount>(
        `SELECT question_id, text_value AS bucket, neighbourhood, submitted_on::text AS day, count(*)::int AS n, count(*)::int AS respondents,
                0 AS numbers, 0 AS sum, NULL AS min, NULL AS max
         FROM survey_answers WHERE $SCOPE AND question_id = ANY ($3::uuid[]) GROUP BY question_id, text_value, neighbourhood, submitted_on`,
        [named],
      )),
    );
  }
  days.push(...numberDays, ...textDays);
  return { tally: tallyOf(responses, days), terms, values };
}

const answeredDay = (questionId: string, bucket: string | null, neighbourhood: string | null, day: string, n: number): DayCount => ({
  question_id: questionId,
  bucket,
  neighbourhood,
  day,
  n,
  respondents: n,
  numbers: 0,
  sum: 0,
  min: null,
  max: null,
});

/** Choice and scale questions: one GROUP BY at the finest grain the results show, a few thousand groups. */
async function mainPass(manager: Queryable, pass: Pass, questions: TallyQuestion[], excluded: string[], full: boolean): Promise<DayCount[]> {
  if (full) {
    // Planner statistics on these columns together (see the migration) let PostgreSQL hash
    // the groups in its parallel workers; these settings keep it from ever sorting millions
    // of answers instead, for this statement only.
    await manager.query(`SET LOCAL enable_sort = off; SET LOCAL enable_incremental_sort = off; SET LOCAL parallel_setup_cost = 0; SET LOCAL parallel_tuple_cost = 0`);
  }
  const grouped = await pass<{ question_id: string; option_id: string | null; value: number | null; neighbourhood: string | null; day: string; n: number; respondents: number }>(
    `SELECT question_id, option_id, number_value AS value, neighbourhood, submitted_on::text AS day,
            count(*)::int AS n, count(*) FILTER (WHERE answer_index = 0)::int AS respondents
     FROM survey_answers WHERE $SCOPE AND question_id <> ALL ($3::uuid[])
     GROUP BY question_id, option_id, number_value, neighbourhood, submitted_on`,
    [excluded],
  );
  if (full) {
    // The passes after this one read a question or two through an index: compiling them
    // (JIT, in every parallel worker) costs more than it saves.
    await manager.query(`SET LOCAL enable_sort = DEFAULT; SET LOCAL enable_incremental_sort = DEFAULT; SET LOCAL parallel_setup_cost = DEFAULT; SET LOCAL parallel_tuple_cost = DEFAULT; SET LOCAL jit = off`);
  }
  const typeOf = new Map(questions.map((q) => [q.id, q.type]));
  const days: DayCount[] = [];
  for (const row of grouped) {
    const type = typeOf.get(row.question_id);
    if (!type || !(CHOICE.includes(type) || DISCRETE.includes(type))) continue;
    const discrete = DISCRETE.includes(type) && row.value !== null;
    const bucket = CHOICE.includes(type) ? (row.option_id ?? 'OTHER') : discrete ? String(row.value) : null;
    days.push({
      ...answeredDay(row.question_id, bucket, row.neighbourhood, row.day, row.n),
      respondents: row.respondents,
      numbers: discrete ? row.n : 0,
      sum: discrete ? row.value! * row.n : 0,
      min: discrete ? row.value : null,
      max: discrete ? row.value : null,
    });
  }
  return days;
}

/** Number questions: statistics per neighbourhood and day, and how many answers hold each value (for medians). */
async function numberPasses(pass: Pass, numbers: string[], days: DayCount[]): Promise<CounterRow<number>[]> {
  days.push(
    ...(await pass<DayCount>(
      `SELECT question_id, NULL AS bucket, neighbourhood, submitted_on::text AS day, count(*)::int AS n, count(*)::int AS respondents,
              count(*)::int AS numbers, sum(number_value) AS sum, min(number_value) AS min, max(number_value) AS max
       FROM survey_answers WHERE $SCOPE AND question_id = ANY ($3::uuid[]) GROUP BY question_id, neighbourhood, submitted_on`,
      [numbers],
    )),
  );
  return pass<CounterRow<number>>(
    `SELECT question_id, number_value AS key, count(*)::int AS n FROM survey_answers WHERE $SCOPE AND question_id = ANY ($3::uuid[]) GROUP BY question_id, number_value`,
    [numbers],
  );
}

/** Text questions: answers per neighbourhood and day, and the terms they use (counted here, not in SQL). */
async function textPass(pass: Pass, texts: string[], days: DayCount[]): Promise<CounterRow<string>[]> {
  const rows = await pass<{ question_id: string; neighbourhood: string | null; day: string; text: string }>(
    `SELECT question_id, neighbourhood, submitted_on::text AS day, text_value AS text FROM survey_answers WHERE $SCOPE AND question_id = ANY ($3::uuid[])`,
    [texts],
  );
  const answered = new Map<string, DayCount>();
  for (const row of rows) {
    const key = `${row.question_id}|${row.neighbourhood}|${row.day}`;
    const count = answered.get(key);
    if (count) (count.n++, count.respondents++);
    else answered.set(key, answeredDay(row.question_id, null, row.neighbourhood, row.day, 1));
  }
  days.push(...answered.values());
  return countTerms(rows);
}

function countByDay(responses: NewResponse[]): ResponsesByDay {
  const counts = new Map<string, ResponsesByDay[number]>();
  for (const r of responses) {
    const key = `${r.neighbourhood}|${r.day}`;
    const count = counts.get(key);
    if (count) count.n++;
    else counts.set(key, { neighbourhood: r.neighbourhood, day: r.day, n: 1 });
  }
  return [...counts.values()];
}

/**
 * The results' set-based reads of responses and answers (`survey_responses`, `survey_answers`,
 * `survey_uncounted_responses`): the scanning passes above, and the list of responses not yet counted.
 */
export const SurveyAnswersRepository = {
  scan: scanResponses,

  /** Every response of the survey given in `language`, as a pass reads them (for results filtered by language). */
  inLanguage(db: Queryable, surveyId: string, language: string): Promise<NewResponse[]> {
    return db.query(`SELECT id, neighbourhood, submitted_on::text AS day FROM survey_responses WHERE survey_id = $1 AND language = $2`, [surveyId, language]);
  },

  /** Empties the survey's list of uncounted responses (a full pass counts them all). */
  async forgetUncounted(db: Queryable, surveyId: string): Promise<void> {
    await db.query(`DELETE FROM survey_uncounted_responses WHERE survey_id = $1`, [surveyId]);
  },

  /** Takes the survey's uncounted responses off the list, in the snapshot that will count them. */
  takeUncounted(db: Queryable, surveyId: string): Promise<NewResponse[]> {
    return db.query(
      `WITH listed AS (DELETE FROM survey_uncounted_responses WHERE survey_id = $1 RETURNING response_id)
       SELECT r.id, r.neighbourhood, r.submitted_on::text AS day FROM survey_responses r JOIN listed ON listed.response_id = r.id`,
      [surveyId],
    );
  },
};
