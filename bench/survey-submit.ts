/**
 * Sustained survey submissions through the real HTTP path (Nest, the form parser, bot
 * screening, validation, one transaction, the aggregation request), beside a raw Node
 * `http` + `pg` server that inserts the same payload, in the same run, 50 clients each.
 *
 *   npm run build && node -r ./scripts/register-paths.js dist/bench/survey-submit.js
 *
 * Env: BENCH_SECONDS (default 10), BENCH_CONCURRENCY (default 50), REDIS_URL,
 * BENCH_ADMIN_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres).
 */
import { execFile } from 'node:child_process';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { parse } from 'node:querystring';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { SurveyResponsesService, SurveysService, signFormStart } from '@app/surveys';
import { createApiApp } from '../apps/api/src/bootstrap';
import { benchActor, benchConfig, benchDatabase, benchSurveyInput, percentile } from './survey-bench-env';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

interface RunResult {
  name: string;
  requests: number;
  errors: number;
  seconds: number;
  p50: number;
  p99: number;
  /** Requests sent before the clock started (one per client, to open its connection). */
  connectRequests: number;
  /** CPU time of this (server) process per request during the run, in microseconds. */
  serverCpuUs?: number;
}

/** `concurrency` keep-alive clients posting `body` to `url` back to back for `seconds` (after one request each to connect). */
async function load(name: string, url: string, body: string, seconds: number): Promise<RunResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const latencies: number[] = [];
  let errors = 0;
  const target = new URL(url);
  const post = () =>
    new Promise<number>((resolve, reject) => {
      const req = http.request(
        { host: target.hostname, port: target.port, path: target.pathname, method: 'POST', agent, headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body) } },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  // Each client first opens its connection with one request that is not recorded, and the
  // clock starts once all have: the cold start of a fresh client process and 50 connects at
  // once are not the steady state the figures describe (both paths alike).
  await Promise.all(Array.from({ length: CONCURRENCY }, () => post().catch(() => 0)));
  const started = Date.now();
  const until = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (Date.now() < until) {
        const t0 = process.hrtime.bigint();
        const status = await post().catch(() => 0);
        latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
        if (status !== 200) errors++;
      }
    }),
  );
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { name, requests: latencies.length, errors, seconds: (Date.now() - started) / 1000, p50: percentile(latencies, 50), p99: percentile(latencies, 99), connectRequests: CONCURRENCY };
}

/**
 * Runs `load` in a child process, so the clients' own work does not share the server's
 * event loop (on two cores: the server on one, the clients on the other), for both paths alike.
 */
function loadFromAnotherProcess(name: string, url: string, body: string, seconds: number): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [...process.execArgv, __filename, '--load', JSON.stringify({ name, url, body, seconds })], { maxBuffer: 1 << 20 }, (error, stdout) =>
      error ? reject(error) : resolve(JSON.parse(stdout.trim().split('\n').pop()!)),
    );
  });
}

/** Adds the server process's CPU time per request (both servers live in this process; the clients do not). */
async function withServerCpu(run: () => Promise<RunResult>): Promise<RunResult> {
  const before = process.cpuUsage();
  const result = await run();
  const used = process.cpuUsage(before);
  return { ...result, serverCpuUs: (used.user + used.system) / (result.requests + result.connectRequests) };
}

/** The baseline: parse the same form, insert the response and its answers in one transaction, answer 200. */
function rawServer(pool: Pool, surveyId: string, agencyId: string): http.Server {
  return http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', async () => {
      const form = parse(Buffer.concat(chunks).toString('utf8'));
      const rows: [string, string | null, number | null, string | null][] = [];
      for (const [key, value] of Object.entries(form)) {
        if (!key.startsWith('q.')) continue;
        for (const v of Array.isArray(value) ? value : [value!]) {
          const questionId = key.slice(2);
          if (UUID.test(v)) rows.push([questionId, v, null, null]);
          else if (/^\d+(\.\d+)?$/.test(v)) rows.push([questionId, null, Number(v), null]);
          else if (v === 'YES' || v === 'NO') rows.push([questionId, null, v === 'YES' ? 1 : 0, null]);
          else rows.push([questionId, null, null, v]);
        }
      }
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const { rows: [response] } = await client.query(
          `INSERT INTO survey_responses (survey_id, agency_id, submitted_on, language) VALUES ($1, $2, current_date, 'en') RETURNING id`,
          [surveyId, agencyId],
        );
        await client.query(
          `INSERT INTO survey_answers (response_id, survey_id, question_id, option_id, number_value, text_value, submitted_on)
           SELECT $1, $2, a.q, a.o, a.n, a.t, current_date FROM unnest($3::uuid[], $4::uuid[], $5::float8[], $6::text[]) AS a(q, o, n, t)`,
          [response.id, surveyId, rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2]), rows.map((r) => r[3])],
        );
        await client.query('COMMIT');
        res.writeHead(200, { 'content-type': 'text/html' }).end('<p>Thank you</p>');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        res.writeHead(500).end(String(error));
      } finally {
        client.release();
      }
    });
  });
}

async function main(): Promise<void> {
  const db = await benchDatabase();
  const config = benchConfig(db.url);
  const app = await createApiApp(config);
  await app.listen(0, '127.0.0.1');
  const apiUrl = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  const pool = new Pool({ connectionString: db.url, max: config.DATABASE_POOL_SIZE });
  try {
    const dataSource = app.get(DataSource);
    const actor = await benchActor(dataSource);
    const surveys = app.get(SurveysService);
    const survey = await surveys.create(actor, benchSurveyInput());
    await surveys.publish(actor, survey.id);
    const form = (await app.get(SurveyResponsesService).loadForm(survey.slug))!;
    const q = (key: string) => form.questions.find((x) => x.key === key)!;
    const opt = (key: string, option: string) => q(key).options.find((o) => o.key === option)!.id;
    const fields: [string, string][] = [
      ['started', signFormStart(config.LINK_SECRET, survey.id, Date.now() - 60_000)],
      ['lang', 'en'],
      ...form.questions.map((x) => ['shown', x.id] as [string, string]),
      [`q.${q('area').id}`, 'Old Town'],
      [`q.${q('safe').id}`, '4'],
      [`q.${q('recommend').id}`, '9'],
      [`q.${q('contacted').id}`, 'YES'],
      [`q.${q('how').id}`, opt('how', 'online')],
      [`q.${q('topics').id}`, opt('topics', 'traffic')],
      [`q.${q('topics').id}`, opt('topics', 'lighting')],
      [`q.${q('years').id}`, '12'],
      [`q.${q('trust').id}`, '3'],
      [`q.${q('seen').id}`, opt('seen', 'month')],
      [`q.${q('comment').id}`, 'More patrols near the park in the evening, please'],
    ];
    const body = new URLSearchParams(fields).toString();

    const raw = rawServer(pool, survey.id, actor.agencyId);
    await new Promise<void>((resolve) => raw.listen(0, '127.0.0.1', resolve));
    const rawUrl = `http://127.0.0.1:${(raw.address() as AddressInfo).port}/`;

    // Warm both paths (JIT, pools, plans), then measure each on its own.
    await loadFromAnotherProcess('warm-up raw', rawUrl, body, 2);
    await loadFromAnotherProcess('warm-up ours', `${apiUrl}/s/${survey.slug}`, body, 2);
    const baseline = await withServerCpu(() => loadFromAnotherProcess('raw http + pg insert', rawUrl, body, SECONDS));
    const ours = await withServerCpu(() => loadFromAnotherProcess('POST /s/<slug> (Liaison)', `${apiUrl}/s/${survey.slug}`, body, SECONDS));
    raw.close();

    const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM survey_responses WHERE survey_id = $1`, [survey.id]);
    console.log(`\nsurvey-submit: ${CONCURRENCY} concurrent clients (in a separate process), ${SECONDS}s each, 10-question form (13 answer rows), 127.0.0.1`);
    console.log('| path | requests | errors | req/s | p50 ms | p99 ms | server CPU per request |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const r of [baseline, ours]) {
      console.log(`| ${r.name} | ${r.requests} | ${r.errors} | ${(r.requests / r.seconds).toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.serverCpuUs!.toFixed(0)} µs |`);
    }
    console.log(`ours / raw throughput: ${((ours.requests / ours.seconds / (baseline.requests / baseline.seconds)) * 100).toFixed(0)}%  (rows written in total: ${n})`);
  } finally {
    await pool.end();
    await app.close();
    await db.drop();
  }
}

if (process.argv[2] === '--load') {
  const { name, url, body, seconds } = JSON.parse(process.argv[3]);
  load(name, url, body, seconds).then((result) => console.log(JSON.stringify(result)), (error) => {
    console.error(error);
    process.exit(1);
  });
} else {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
