/**
 * Results at scale: 1,000,000 responses to a 10-question survey (about 9.6 million answer
 * rows), generated with set-based SQL. Prints the full recomputation (every pass the
 * worker runs, stored as a snapshot) beside one hand-written GROUP BY over the same rows,
 * then the freshness check: while 200 responses per second arrive over HTTP, how long
 * until an accepted response is counted in the stored results.
 *
 *   npm run build && node -r ./scripts/register-paths.js dist/bench/survey-aggregate.js
 *
 * Env: BENCH_RESPONSES (default 1000000), BENCH_FRESHNESS_SECONDS (default 20; 0 skips the
 * freshness check), BENCH_ROUNDS (default 3), REDIS_URL, BENCH_ADMIN_DATABASE_URL (default
 * postgres://postgres@127.0.0.1:5432/postgres). BENCH_KEEP_DATABASE=1 keeps the generated
 * database; BENCH_DATABASE_URL=<that url> measures it again without generating (its largest
 * survey), and keeps it.
 */
import http from 'node:http';
import { loadavg } from 'node:os';
import { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { SurveyResponsesService, SurveyResultsService, SurveysService, signFormStart } from '@app/surveys';
import { JobsService, QueueName } from '@app/queue';
import { createApiApp } from '../apps/api/src/bootstrap';
import { createWorker } from '../apps/worker/src/bootstrap';
import { deleteRedisKeys } from './app-processes';
import { benchActor, benchConfig, benchDatabase, benchSurveyInput, percentile } from './survey-bench-env';

const RESPONSES = Number(process.env.BENCH_RESPONSES ?? 1_000_000);
const FRESHNESS_SECONDS = Number(process.env.BENCH_FRESHNESS_SECONDS ?? 20);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const REUSED = process.env.BENCH_DATABASE_URL;
const RATE = 200;

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const t0 = process.hrtime.bigint();
  const result = await work();
  return [Number(process.hrtime.bigint() - t0) / 1e6, result];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Set-based generation: responses from generate_series, then one INSERT ... SELECT per question. */
async function generate(dataSource: DataSource, surveyId: string, agencyId: string, q: (key: string) => { id: string; options: { id: string }[] }) {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    // Bulk load only: skip per-row foreign-key triggers (the generator writes valid ids).
    await runner.query(`SET session_replication_role = replica`);
    await runner.query(
      `INSERT INTO survey_responses (survey_id, agency_id, submitted_on, language, neighbourhood)
       SELECT $1, $2, current_date - (g % 84), CASE WHEN g % 5 = 0 THEN 'es' ELSE 'en' END,
              (ARRAY['Old Town', 'Northgate', 'Eastbrook', 'Harbor District', 'Westfield', 'Cedar Hill'])[1 + g % 6]
       FROM generate_series(1, $3::int) AS g`,
      [surveyId, agencyId, RESPONSES],
    );
    const answers = (select: string, params: unknown[] = [], from = 'survey_responses r', where = 'true') =>
      runner.query(
        `INSERT INTO survey_answers (response_id, survey_id, question_id, option_id, number_value, text_value, neighbourhood, submitted_on)
         SELECT r.id, r.survey_id, ${select}, r.neighbourhood, r.submitted_on FROM ${from} WHERE r.survey_id = $1 AND ${where}`,
        [surveyId, ...params],
      );
    const options = (key: string) => q(key).options.map((o) => o.id);
    await answers(`$2::uuid, NULL::uuid, NULL::float8, r.neighbourhood`, [q('area').id]);
    await answers(`$2::uuid, NULL::uuid, 1 + floor(random() * 5), NULL`, [q('safe').id]);
    await answers(`$2::uuid, NULL::uuid, floor(random() * 11), NULL`, [q('recommend').id], undefined, 'random() < 0.9');
    await answers(`$2::uuid, NULL::uuid, floor(random() * 2), NULL`, [q('contacted').id]);
    await answers(`$2::uuid, ($3::uuid[])[1 + floor(random() * 4)::int], NULL::float8, NULL`, [q('how').id, options('how')], undefined, 'random() < 0.4');
    // Multiple choice: each option chosen with probability 0.35; answer_index numbers a response's choices.
    await runner.query(
      `INSERT INTO survey_answers (response_id, survey_id, question_id, option_id, answer_index, neighbourhood, submitted_on)
       SELECT id, survey_id, $2, option_id, (row_number() OVER (PARTITION BY id ORDER BY position) - 1)::smallint, neighbourhood, submitted_on
       FROM (SELECT r.id, r.survey_id, o.id AS option_id, o.position, r.neighbourhood, r.submitted_on
             FROM survey_responses r CROSS JOIN survey_options o
             WHERE r.survey_id = $1 AND o.question_id = $2 AND random() < 0.35) chosen`,
      [surveyId, q('topics').id],
    );
    await answers(`$2::uuid, NULL::uuid, round((random() * 60)::numeric, 1)::float8, NULL`, [q('years').id], undefined, 'random() < 0.8');
    await answers(`$2::uuid, NULL::uuid, 1 + floor(random() * 5), NULL`, [q('trust').id]);
    await answers(`$2::uuid, ($3::uuid[])[1 + floor(random() * 4)::int], NULL::float8, NULL`, [q('seen').id, options('seen')]);
    await answers(
      `$2::uuid, NULL::uuid, NULL::float8, (ARRAY['More patrols near the park', 'Street lights are broken', 'Speeding on Main Street', 'Thank you officers', 'Más patrullas en el parque'])[1 + floor(random() * 5)::int]`,
      [q('comment').id],
      undefined,
      'random() < 0.05',
    );
    await runner.query(`SET session_replication_role = DEFAULT`);
    await runner.query(`VACUUM ANALYZE survey_responses`);
    await runner.query(`VACUUM ANALYZE survey_answers`);
  } finally {
    await runner.release();
  }
}

/**
 * 200 form posts per second over HTTP for `seconds`; each second one post is a probe whose
 * acceptance time and running total are noted, and the stored snapshot is polled until
 * its response count reaches that total.
 */
async function freshness(apiUrl: string, dataSource: DataSource, slug: string, surveyId: string, body: string, seconds: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 50 });
  const [{ n: before }] = await dataSource.query(`SELECT count(*)::int AS n FROM survey_responses WHERE survey_id = $1`, [surveyId]);
  let accepted = 0;
  let failed = 0;
  /** HTTP status of each failed post (0: the connection failed). */
  const failures: number[] = [];
  const probes: { at: number; total: number; seenAfter?: number }[] = [];
  const post = () =>
    new Promise<number>((resolve) => {
      const req = http.request(
        { host: '127.0.0.1', port: new URL(apiUrl).port, path: `/s/${slug}`, method: 'POST', agent, headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body) } },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          // Only a stored response ends on the thank-you page.
          res.on('end', () => resolve(res.statusCode === 200 && text.includes('Thank you') ? 200 : (res.statusCode ?? 0) || 1));
        },
      );
      req.on('error', () => resolve(0));
      req.end(body);
    });
  const inflight: Promise<void>[] = [];
  const start = Date.now();
  let sent = 0;
  let polling = true;
  const poller = (async () => {
    while (polling || probes.some((p) => p.seenAfter === undefined)) {
      const [row] = await dataSource.query(`SELECT response_count FROM survey_results WHERE survey_id = $1`, [surveyId]);
      const now = Date.now();
      for (const probe of probes) if (probe.seenAfter === undefined && row && row.response_count >= probe.total) probe.seenAfter = now - probe.at;
      if (!polling && now - start > (seconds + 120) * 1000) break;
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  while (Date.now() - start < seconds * 1000) {
    const due = Math.floor(((Date.now() - start) / 1000) * RATE);
    while (sent < due) {
      const probe = sent % RATE === 0;
      sent++;
      inflight.push(
        post().then((status) => {
          if (status !== 200) {
            failures.push(status);
            return void failed++;
          }
          accepted++;
          // Every response accepted so far is committed, so the results must reach this total.
          if (probe) probes.push({ at: Date.now(), total: before + accepted });
        }),
      );
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  await Promise.all(inflight);
  polling = false;
  await poller;
  agent.destroy();
  const lags = probes.map((p) => p.seenAfter ?? Infinity).sort((a, b) => a - b);
  return { accepted, failed, failures, rate: accepted / seconds, p50: percentile(lags, 50), max: lags[lags.length - 1] };
}

async function main(): Promise<void> {
  const load = () => loadavg().map((n) => n.toFixed(2)).join(', ');
  const loadAtStart = load();
  const db = REUSED ? { url: REUSED, drop: async () => undefined } : await benchDatabase();
  const config = benchConfig(db.url, { SURVEY_RESULTS_SWEEP_SECONDS: '30' });
  const app = await createApiApp(config);
  await app.listen(0, '127.0.0.1');
  const apiUrl = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  const worker = await createWorker(config);
  try {
    const dataSource = app.get(DataSource);
    const actor = await benchActor(dataSource);
    const surveys = app.get(SurveysService);
    const results = app.get(SurveyResultsService);
    let big: { id: string; slug: string };
    let generateMs = NaN;
    if (REUSED) {
      [big] = await dataSource.query(`SELECT s.id, s.slug FROM surveys s ORDER BY (SELECT count(*) FROM survey_responses r WHERE r.survey_id = s.id) DESC LIMIT 1`);
    } else {
      big = await surveys.create(actor, benchSurveyInput());
      await surveys.publish(actor, big.id);
      const form = (await app.get(SurveyResponsesService).loadForm(big.slug))!;
      const q = (key: string) => form.questions.find((x) => x.key === key)!;
      [generateMs] = await timed(() => generate(dataSource, big.id, actor.agencyId, q));
    }
    const [{ rows }] = await dataSource.query(`SELECT count(*)::int AS rows FROM survey_answers WHERE survey_id = $1`, [big.id]);

    // The first pass finds no stored tally, so it reads everything (and warms the caches).
    const [firstMs] = await timed(() => results.recompute(big.id));

    const ours: number[] = [];
    const sequential: number[] = [];
    const baseline: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      baseline.push(
        (
          await timed(() =>
            dataSource.query(
              `SELECT question_id, option_id, number_value, count(*), avg(number_value) FROM survey_answers WHERE survey_id = $1 GROUP BY question_id, option_id, number_value`,
              [big.id],
            ),
          )
        )[0],
      );
      ours.push((await timed(() => results.recompute(big.id, { full: true })))[0]);
      sequential.push((await timed(() => results.recompute(big.id, { full: true, sideConnections: 0 })))[0]);
    }
    // An ordinary pass with nothing new: what every debounced job costs at minimum.
    const [idleMs] = await timed(() => results.recompute(big.id));

    const body = async (slug: string, surveyId: string) => {
      const f = (await app.get(SurveyResponsesService).loadForm(slug))!;
      const id = (key: string) => f.questions.find((x) => x.key === key)!.id;
      return new URLSearchParams(<[string, string][]>[
        ['started', signFormStart(config.LINK_SECRET, surveyId, Date.now() - 60_000)],
        ['lang', 'en'],
        ...f.questions.map((x) => ['shown', x.id]),
        [`q.${id('area')}`, 'Old Town'],
        [`q.${id('safe')}`, '4'],
        [`q.${id('contacted')}`, 'NO'],
        [`q.${id('years')}`, '12'],
      ]).toString();
    };
    const small = await surveys.create(actor, benchSurveyInput());
    await surveys.publish(actor, small.id);
    const skip = { accepted: 0, failed: 0, failures: [] as number[], rate: NaN, p50: NaN, max: NaN };
    const fresh = FRESHNESS_SECONDS ? await freshness(apiUrl, dataSource, small.slug, small.id, await body(small.slug, small.id), FRESHNESS_SECONDS) : skip;
    if (process.env.BENCH_DEBUG) {
      const queue = app.get(JobsService).queue(QueueName.SURVEYS);
      console.log(await queue.getJobCounts(), (await queue.getFailed()).map((j) => j.failedReason).slice(0, 3));
      console.log(await dataSource.query(`SELECT response_count, computed_at FROM survey_results WHERE survey_id = $1`, [small.id]));
    }
    const fresh1m = FRESHNESS_SECONDS ? await freshness(apiUrl, dataSource, big.slug, big.id, await body(big.slug, big.id), FRESHNESS_SECONDS) : skip;

    console.log(`\nsurvey-aggregate: ${rows.toLocaleString('en')} answer rows (${REUSED ? 'database reused' : `${RESPONSES.toLocaleString('en')} responses generated in ${(generateMs / 1000).toFixed(1)} s`}); load at start ${loadAtStart}, now ${load()}`);
    console.log(`| pass | median of ${ROUNDS} (ms) | runs (ms) |`);
    console.log('| --- | ---: | --- |');
    console.log(`| one hand-written GROUP BY (question, option, value) | ${median(baseline).toFixed(0)} | ${baseline.map((x) => x.toFixed(0)).join(', ')} |`);
    console.log(`| full recomputation (every response read again, all passes + snapshot), side passes on 2 more connections | ${median(ours).toFixed(0)} | ${ours.map((x) => x.toFixed(0)).join(', ')} |`);
    console.log(`| the same, every pass on one connection | ${median(sequential).toFixed(0)} | ${sequential.map((x) => x.toFixed(0)).join(', ')} |`);
    console.log(`full recomputation / GROUP BY: ${(median(ours) / median(baseline)).toFixed(2)}x (one connection: ${(median(sequential) / median(baseline)).toFixed(2)}x)`);
    console.log(`(first pass, with no stored tally yet: ${firstMs.toFixed(0)} ms; an incremental pass with no new responses: ${idleMs.toFixed(0)} ms)`);
    if (FRESHNESS_SECONDS) {
      console.log(`\nfreshness while ${RATE} responses/s arrive over HTTP (${FRESHNESS_SECONDS} s, one probe per second):`);
      console.log('| survey | accepted/s | failed | lag p50 (ms) | lag max (ms) |');
      console.log('| --- | ---: | ---: | ---: | ---: |');
      console.log(`| new survey (grows to ~${(RATE * FRESHNESS_SECONDS).toLocaleString('en')}) | ${fresh.rate.toFixed(0)} | ${fresh.failed} | ${fresh.p50.toFixed(0)} | ${fresh.max.toFixed(0)} |`);
      console.log(`| the ${RESPONSES.toLocaleString('en')}-response survey | ${fresh1m.rate.toFixed(0)} | ${fresh1m.failed} | ${fresh1m.p50.toFixed(0)} | ${fresh1m.max.toFixed(0)} |`);
    }
    const failures = [...fresh.failures, ...fresh1m.failures];
    if (failures.length) console.log(`statuses of failed posts (0: connection error): ${failures.join(', ')}`);
  } finally {
    await worker.close();
    await app.close();
    console.log(`Redis keys left under the run's prefix: ${await deleteRedisKeys(config.REDIS_URL, config.REDIS_PREFIX)}`);
    if (REUSED || process.env.BENCH_KEEP_DATABASE) console.log(`database kept: ${db.url}`);
    else await db.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
