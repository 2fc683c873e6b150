/**
 * Sustained survey submissions through the real HTTP path (Nest, the form parser, bot
 * screening, validation, the group-committed write, the aggregation request), with one and
 * with two API processes, beside a raw Node `http` + `pg` server that parses the same form
 * and group-commits the same way, in the same run, 50 clients each.
 *
 * Every server is its own process (the API as `dist/apps/api/src/main.js`, the raw server as
 * this file with `--raw-server`), the worker runs in its own process as in production, and
 * the clients run in a further process, so no two of them share an event loop.
 *
 *   npm run build && node -r ./scripts/register-paths.js dist/bench/survey-submit.js
 *
 * Env: BENCH_SECONDS (default 10), BENCH_CONCURRENCY (default 50), REDIS_URL,
 * BENCH_ADMIN_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres),
 * BENCH_API_NODE_ARGS (node flags for the API processes, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof").
 */
import { ChildProcess, execFile, fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { parse } from 'node:querystring';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { BatchedCalls } from '@app/common';
import { SurveyResponsesService, SurveysService, signFormStart } from '@app/surveys';
import { createApiApp } from '../apps/api/src/bootstrap';
import { AppProcess, cpuTimeUs, deleteRedisKeys, startApi, startWorker, stopApp } from './app-processes';
import { benchActor, benchConfig, benchDatabase, benchSurveyInput, percentile } from './survey-bench-env';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface RunResult {
  name: string;
  requests: number;
  errors: number;
  seconds: number;
  p50: number;
  p99: number;
  /** Requests sent before the clock started (one per client, to open its connection). */
  connectRequests: number;
  /** CPU time of the serving process(es) per request during the run, in microseconds. */
  serverCpuUs?: number;
  /** CPU time of the worker process per request during the run, in microseconds. */
  workerCpuUs?: number;
}

/**
 * `concurrency` keep-alive clients posting `body` back to back for `seconds` (after one
 * request each to connect); client i posts to `urls[i % urls.length]`. A post counts as an
 * error unless it answers 200 with the thank-you page.
 */
async function load(name: string, urls: string[], body: string, seconds: number): Promise<RunResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const latencies: number[] = [];
  let errors = 0;
  const post = (target: URL) =>
    new Promise<boolean>((resolve, reject) => {
      const req = http.request(
        { host: target.hostname, port: target.port, path: target.pathname, method: 'POST', agent, headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body) } },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.on('end', () => resolve(res.statusCode === 200 && text.includes('Thank you')));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  const targets = Array.from({ length: CONCURRENCY }, (_, i) => new URL(urls[i % urls.length]));
  // Each client first opens its connection with one request that is not recorded, and the
  // clock starts once all have: the cold start of a fresh client process and 50 connects at
  // once are not the steady state the figures describe (every path alike).
  await Promise.all(targets.map((target) => post(target).catch(() => false)));
  const started = Date.now();
  const until = started + seconds * 1000;
  await Promise.all(
    targets.map(async (target) => {
      while (Date.now() < until) {
        const t0 = process.hrtime.bigint();
        const ok = await post(target).catch(() => false);
        latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
        if (!ok) errors++;
      }
    }),
  );
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { name, requests: latencies.length, errors, seconds: (Date.now() - started) / 1000, p50: percentile(latencies, 50), p99: percentile(latencies, 99), connectRequests: CONCURRENCY };
}

/** Runs `load` in a child process of its own, and adds the CPU time the `servers` and the `worker` used meanwhile. */
async function measure(name: string, urls: string[], body: string, seconds: number, servers: number[], worker?: number): Promise<RunResult> {
  const cpu = () => servers.reduce((sum, pid) => sum + cpuTimeUs(pid), 0);
  const [serverBefore, workerBefore] = [cpu(), worker ? cpuTimeUs(worker) : 0];
  const result = await new Promise<RunResult>((resolve, reject) => {
    execFile(process.execPath, [...process.execArgv, __filename, '--load', JSON.stringify({ name, urls, body, seconds })], { maxBuffer: 1 << 20 }, (error, stdout) =>
      error ? reject(error) : resolve(JSON.parse(stdout.trim().split('\n').pop()!)),
    );
  });
  const posts = result.requests + result.connectRequests;
  return { ...result, serverCpuUs: (cpu() - serverBefore) / posts, workerCpuUs: worker ? (cpuTimeUs(worker) - workerBefore) / posts : undefined };
}

interface RawOptions {
  databaseUrl: string;
  poolSize: number;
  surveyId: string;
  agencyId: string;
  neighbourhoodQuestionId: string;
  /** The answer ours gives a post (its thank-you page and headers), sent as the same bytes; null: a bare "<p>Thank you</p>". */
  reply: { headers: Record<string, string | string[]>; body: string } | null;
}

/** Headers Node's http server writes itself, or that belong to one response only. */
const PER_RESPONSE_HEADERS = new Set(['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding', 'x-request-id']);

/** Ours' answer to one post: what the raw server sends back in its fair form. */
async function ourReply(url: string, body: string): Promise<{ headers: Record<string, string | string[]>; body: string }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
  const headers: Record<string, string | string[]> = {};
  res.headers.forEach((value, name) => {
    if (!PER_RESPONSE_HEADERS.has(name) && name !== 'set-cookie') headers[name] = value;
  });
  const cookies = res.headers.getSetCookie();
  if (cookies.length) headers['set-cookie'] = cookies;
  return { headers, body: await res.text() };
}

interface RawResponse {
  id: string;
  neighbourhood: string | null;
  rows: [string, string | null, number, number | null, string | null][];
}

/**
 * The baseline, its own process: parse the same form, and store the response and its answers
 * group-committed as ours is (`BatchedCalls`: while one multi-response INSERT is in flight,
 * the posts that arrive queue and go as the next single statement), with the same pool size,
 * then answer 200 with the same page and headers ours sends (made once, as bytes: its best
 * form). No checks at all.
 */
function rawServer(o: RawOptions): http.Server {
  const pool = new Pool({ connectionString: o.databaseUrl, max: o.poolSize });
  const replyBody = Buffer.from(o.reply?.body ?? '<p>Thank you</p>');
  const replyHeaders = { ...(o.reply?.headers ?? { 'content-type': 'text/html' }), 'content-length': String(replyBody.length) };
  const writes = new BatchedCalls<RawResponse, void>(async (responses) => {
    const a = { responseId: [] as string[], questionId: [] as string[], optionId: [] as (string | null)[], index: [] as number[], number: [] as (number | null)[], text: [] as (string | null)[] };
    for (const r of responses) {
      for (const [questionId, optionId, index, number, text] of r.rows) {
        a.responseId.push(r.id);
        a.questionId.push(questionId);
        a.optionId.push(optionId);
        a.index.push(index);
        a.number.push(number);
        a.text.push(text);
      }
    }
    await pool.query(
      `WITH response AS (
         INSERT INTO survey_responses (id, survey_id, agency_id, submitted_on, language, neighbourhood)
         SELECT r.id, $1, $2, current_date, 'en', r.neighbourhood FROM unnest($3::uuid[], $4::text[]) AS r(id, neighbourhood)
         RETURNING id, neighbourhood, submitted_on
       )
       INSERT INTO survey_answers (response_id, survey_id, question_id, option_id, answer_index, number_value, text_value, neighbourhood, submitted_on)
       SELECT response.id, $1, a.question_id, a.option_id, a.answer_index, a.number_value, a.text_value, response.neighbourhood, response.submitted_on
       FROM unnest($5::uuid[], $6::uuid[], $7::uuid[], $8::smallint[], $9::float8[], $10::text[]) AS a(response_id, question_id, option_id, answer_index, number_value, text_value)
       JOIN response ON response.id = a.response_id`,
      [o.surveyId, o.agencyId, responses.map((r) => r.id), responses.map((r) => r.neighbourhood), a.responseId, a.questionId, a.optionId, a.index, a.number, a.text],
    );
    return responses.map(() => undefined);
  });
  return http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', async () => {
      const form = parse(Buffer.concat(chunks).toString('utf8'));
      const response: RawResponse = { id: randomUUID(), neighbourhood: null, rows: [] };
      for (const [key, value] of Object.entries(form)) {
        if (!key.startsWith('q.')) continue;
        const questionId = key.slice(2);
        (Array.isArray(value) ? value : [value!]).forEach((v, index) => {
          if (questionId === o.neighbourhoodQuestionId) response.neighbourhood = v;
          if (UUID.test(v)) response.rows.push([questionId, v, index, null, null]);
          else if (/^\d+(\.\d+)?$/.test(v)) response.rows.push([questionId, null, index, Number(v), null]);
          else if (v === 'YES' || v === 'NO') response.rows.push([questionId, null, index, v === 'YES' ? 1 : 0, null]);
          else response.rows.push([questionId, null, index, null, v]);
        });
      }
      try {
        await writes.call(response);
        res.writeHead(200, replyHeaders).end(replyBody);
      } catch (error) {
        res.writeHead(500).end(String(error));
      }
    });
  });
}

/** The raw server as a child process; resolves with its port once it listens. */
async function startRawServer(options: RawOptions): Promise<{ child: ChildProcess; port: number }> {
  const child = fork(__filename, ['--raw-server', JSON.stringify(options)], { execArgv: process.execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`raw server exited with ${code}`)));
    child.once('message', (message: { port: number }) => resolve(message.port));
  });
  return { child, port };
}

async function main(): Promise<void> {
  const load = loadavg().map((n) => n.toFixed(2)).join(', ');
  const db = await benchDatabase();
  const config = benchConfig(db.url);
  const pool = new Pool({ connectionString: db.url, max: 2 });
  const children: AppProcess[] = [];
  const raws: ChildProcess[] = [];
  try {
    // Set-up through the services in this process; the servers measured are child processes.
    const setup = await createApiApp(config);
    const { survey, actor, form } = await (async () => {
      try {
        const dataSource = setup.get(DataSource);
        const actor = await benchActor(dataSource);
        const surveys = setup.get(SurveysService);
        const survey = await surveys.create(actor, benchSurveyInput());
        await surveys.publish(actor, survey.id);
        return { survey, actor, form: (await setup.get(SurveyResponsesService).loadForm(survey.slug))! };
      } finally {
        await setup.close();
      }
    })();
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

    const worker = await startWorker(config);
    children.push(worker);
    const apiNodeArgs = (process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean);
    const apis = [await startApi(config, apiNodeArgs), await startApi(config, apiNodeArgs)];
    children.push(...apis);
    const ourUrls = apis.map((api) => `http://127.0.0.1:${api.port}/s/${survey.slug}`);
    // The raw server answers with ours' page and headers, as bytes; the bare one (the baseline
    // until 7 December) with "<p>Thank you</p>" alone, which is less work than ours does.
    const reply = await ourReply(ourUrls[0], body);
    if (!reply.body.includes('Thank you')) throw new Error(`ours did not thank the resident: ${reply.body.slice(0, 200)}`);
    const rawOptions = { databaseUrl: db.url, poolSize: config.DATABASE_POOL_SIZE, surveyId: survey.id, agencyId: actor.agencyId, neighbourhoodQuestionId: q('area').id };
    const [rawServer, bareServer] = [await startRawServer({ ...rawOptions, reply }), await startRawServer({ ...rawOptions, reply: null })];
    raws.push(rawServer.child, bareServer.child);
    const [raw, bare] = raws;
    const rawUrl = `http://127.0.0.1:${rawServer.port}/`;
    const bareUrl = `http://127.0.0.1:${bareServer.port}/`;
    const rows = async () => (await pool.query(`SELECT count(*)::int AS n FROM survey_responses WHERE survey_id = $1`, [survey.id])).rows[0].n as number;
    // Before each measured run, the worker has counted what the previous runs posted.
    const workerIdle = async () => {
      for (let i = 0; i < 600; i++) {
        const { rows: [row] } = await pool.query(`SELECT s.results_dirty OR EXISTS (SELECT 1 FROM survey_uncounted_responses u WHERE u.survey_id = s.id) AS busy FROM surveys s WHERE s.id = $1`, [survey.id]);
        if (!row.busy) return;
        await sleep(100);
      }
    };

    // Warm every server (JIT, pools, plans), then measure each on its own.
    await measure('warm-up raw', [rawUrl], body, 2, [raw.pid!]);
    await measure('warm-up bare raw', [bareUrl], body, 2, [bare.pid!]);
    await measure('warm-up ours', ourUrls, body, 2, apis.map((a) => a.child.pid!));
    const runs: { result: RunResult; written: number }[] = [];
    const run = async (name: string, urls: string[], servers: number[], withWorker: boolean) => {
      await workerIdle();
      const before = await rows();
      const result = await measure(name, urls, body, SECONDS, servers, withWorker ? worker.child.pid : undefined);
      runs.push({ result, written: (await rows()) - before });
    };
    await run(`raw http + pg, group commit, ours' page (${Buffer.byteLength(reply.body)} bytes) and headers`, [rawUrl], [raw.pid!], false);
    await run('ours, 1 API process', ourUrls.slice(0, 1), [apis[0].child.pid!], true);
    await run('ours, 2 API processes', ourUrls, apis.map((a) => a.child.pid!), true);
    await run('bare raw: the same, answering "<p>Thank you</p>" only (the baseline until 7 December)', [bareUrl], [bare.pid!], false);
    await workerIdle();

    console.log(`\nsurvey-submit: ${CONCURRENCY} concurrent clients (in their own process), ${SECONDS}s each, 10-question form (13 answer rows), 127.0.0.1, every server its own process, the worker running; node ${process.version}, load at start ${load}, at end ${loadavg().map((n) => n.toFixed(2)).join(', ')}`);
    console.log('| path | requests | errors | rows written | req/s | p50 ms | p99 ms | server CPU/req | worker CPU/req |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const { result: r, written } of runs) {
      const workerCpu = r.workerCpuUs === undefined ? '' : `${r.workerCpuUs.toFixed(0)} µs`;
      console.log(`| ${r.name} | ${r.requests} | ${r.errors} | ${written} | ${(r.requests / r.seconds).toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.serverCpuUs!.toFixed(0)} µs | ${workerCpu} |`);
    }
    const rate = (r: RunResult) => r.requests / r.seconds;
    const [baseline, one, two, bareRun] = runs.map((r) => r.result);
    console.log(`ours / raw throughput: 1 API process ${(rate(one) / rate(baseline)).toFixed(2)}×, 2 API processes ${(rate(two) / rate(baseline)).toFixed(2)}×; 2 / 1 API processes: ${(rate(two) / rate(one)).toFixed(2)}×`);
    console.log(`server CPU per request, ours / raw: 1 API process ${(one.serverCpuUs! / baseline.serverCpuUs!).toFixed(2)}×, 2 API processes ${(two.serverCpuUs! / baseline.serverCpuUs!).toFixed(2)}×`);
    console.log(`against the bare raw server: 1 API process ${(rate(one) / rate(bareRun)).toFixed(2)}×, 2 API processes ${(rate(two) / rate(bareRun)).toFixed(2)}×`);
  } finally {
    // Every process that holds a Redis connection has exited before the keys go.
    for (const raw of raws) {
      if (raw.exitCode !== null) continue;
      const exited = new Promise((resolve) => raw.once('exit', resolve));
      raw.kill('SIGTERM');
      await exited;
    }
    await Promise.all(children.map(stopApp));
    await pool.end();
    console.log(`Redis keys left under the run's prefix: ${await deleteRedisKeys(config.REDIS_URL, config.REDIS_PREFIX)}`);
    await db.drop();
  }
}

if (process.argv[2] === '--load') {
  const { name, urls, body, seconds } = JSON.parse(process.argv[3]);
  load(name, urls, body, seconds).then((result) => console.log(JSON.stringify(result)), (error) => {
    console.error(error);
    process.exit(1);
  });
} else if (process.argv[2] === '--raw-server') {
  const server = rawServer(JSON.parse(process.argv[3]));
  server.listen(0, '127.0.0.1', () => process.send!({ port: (server.address() as AddressInfo).port }));
  process.on('SIGTERM', () => process.exit(0));
} else {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
