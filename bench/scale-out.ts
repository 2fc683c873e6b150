/**
 * bench/scale-out: the 10,000-invitation fan-out (invite mutation until the SMTP sink has
 * accepted every message) with one and with two worker processes, in the same run, beside a
 * raw nodemailer pooled send of as many messages of the same size. The sink runs in its own
 * process for every side. Prints each worker's peak RSS, and the Redis keys left (0).
 *
 *   npm run bench:scale-out
 *
 * Needs PostgreSQL (BENCH_ADMIN_DATABASE_URL, default the local server; a fresh database is
 * created and dropped) and Redis (REDIS_URL, default local; a fresh key prefix, deleted after
 * the workers have exited). COUNT and MAIL_CONCURRENCY may be set.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { DataSource } from 'typeorm';
import { StaffRole } from '@app/common';
import { AppConfig } from '@app/config';
import { OutboxService } from '@app/mail';
import { createAgency, createContacts, createForum, createOrganisation, createSignedInStaff, GraphQLClient } from '@app/testing';
import { createApiApp } from '../apps/api/src/bootstrap';
import { benchDatabase } from './bench-database';
import { SinkProcess, benchMailConfig, ownCpuSeconds, rawBaselines, sampleMessage } from './mail-bench';
import { WorkerProcess, cpuSeconds, deleteRedisKeys, peakMemoryMb, startWorker, stopWorker } from './app-processes';

const COUNT = Number(process.env.COUNT ?? 10_000);
const CONCURRENCY = process.env.MAIL_CONCURRENCY ?? '10';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
/** Extra node flags for the workers, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`. */
const WORKER_NODE_ARGS = (process.env.BENCH_WORKER_NODE_ARGS ?? '').split(' ').filter(Boolean);

async function main(): Promise<void> {
  const run = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  const prefix = `liaison-bench-${run}`;
  const load = loadavg().map((n) => n.toFixed(2)).join(', ');
  const database = await benchDatabase();
  const sink = await new SinkProcess().start();
  const config: AppConfig = benchMailConfig({ databaseUrl: database.url, redisUrl: REDIS_URL, prefix, sinkPort: sink.port, concurrency: CONCURRENCY, ratePerSecond: '100000' });
  const workers: WorkerProcess[] = [];
  const api = await createApiApp(config);
  let keysLeft = -1;
  try {
    await api.listen(0, '127.0.0.1');
    const address = api.getHttpServer().address();
    const graphql = new GraphQLClient(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
    const db = api.get(DataSource);
    const agency = await createAgency(db);
    const officer = await createSignedInStaff(db, graphql, agency.id, StaffRole.LIAISON_OFFICER);
    const invite = (forumId: string, neighbourhood: string) =>
      graphql.data<{ inviteToForum: { invited: number } }>(
        `mutation($f: ID!, $n: String!) { inviteToForum(forumId: $f, input: { audience: { neighbourhoods: [$n] } }) { invited } }`,
        { f: forumId, n: neighbourhood },
        officer.token,
      );

    // A sample of our own mail, so the baseline sends messages of the same size.
    const sampleForum = await createForum(db, agency.id, {});
    const sampleOrg = await createOrganisation(db, agency.id, { neighbourhoods: ['Sample'] });
    await createContacts(db, agency.id, 1, sampleOrg.id);
    await invite(sampleForum.id, 'Sample');
    const sample = await sampleMessage(db, api.get(OutboxService), agency.id);
    await db.query(`UPDATE outbound_emails SET status = 'CANCELLED' WHERE agency_id = $1`, [agency.id]);

    // The API is idle meanwhile, so this process's CPU is the raw sender's.
    const { runs: raws, fastest: raw } = await rawBaselines(sink, sample, COUNT, Number(CONCURRENCY));

    const ours: { workers: number; seconds: number; mutationSeconds: number; peaks: (number | null)[]; distinct: number; workerCpu: number[]; sinkCpu: number; apiCpu: number }[] = [];
    for (const n of [1, 2]) {
      const neighbourhood = `Bench-${n}`;
      const forum = await createForum(db, agency.id, { agenda: [{ title: 'Welcome' }, { title: 'Open floor', durationMinutes: 60 }] });
      const org = await createOrganisation(db, agency.id, { neighbourhoods: [neighbourhood] });
      await createContacts(db, agency.id, COUNT, org.id);
      const started = await Promise.all(Array.from({ length: n }, () => startWorker(config, WORKER_NODE_ARGS)));
      const workerCpu0 = started.map((w) => cpuSeconds(w.child.pid!) ?? 0);
      const sinkCpu0 = sink.cpuSeconds();
      const apiCpu0 = ownCpuSeconds();
      workers.push(...started);
      const phase = `ours-${n}`;
      sink.phase(phase);
      const t0 = performance.now();
      const result = await invite(forum.id, neighbourhood);
      if (result.inviteToForum.invited !== COUNT) throw new Error(`invited ${result.inviteToForum.invited}, not ${COUNT}`);
      const mutationSeconds = (performance.now() - t0) / 1000;
      await sink.waitFor(phase, COUNT);
      const seconds = (performance.now() - t0) / 1000;
      const peaks = started.map((w) => peakMemoryMb(w.child.pid!));
      const workerCpu = started.map((w, i) => (cpuSeconds(w.child.pid!) ?? 0) - workerCpu0[i]);
      const sinkCpu = sink.cpuSeconds() - sinkCpu0;
      const apiCpu = ownCpuSeconds() - apiCpu0;
      await Promise.all(started.map(stopWorker));
      ours.push({ workers: n, seconds, mutationSeconds, peaks, distinct: await sink.count(phase), workerCpu, sinkCpu, apiCpu });
    }

    const rawRate = COUNT / raw.seconds;
    const [one, two] = ours;
    console.log(`\nbench/scale-out: ${COUNT} messages per side, MAIL_CONCURRENCY=${CONCURRENCY} per worker, sink in its own process, node ${process.version}, load at start ${load}\n`);
    console.log('| run | messages | seconds | messages/s | vs raw (the faster form) | worker peak RSS (MB) |');
    console.log('| --- | ---: | ---: | ---: | ---: | --- |');
    for (const r of raws) console.log(`| raw nodemailer pool, ${r.form} | ${COUNT} | ${r.seconds.toFixed(1)} | ${(COUNT / r.seconds).toFixed(0)} | ${(raw.seconds / r.seconds).toFixed(2)}× | |`);
    for (const o of ours) {
      const rate = COUNT / o.seconds;
      console.log(`| Liaison, ${o.workers} worker${o.workers > 1 ? 's' : ''} | ${o.distinct} | ${o.seconds.toFixed(1)} | ${rate.toFixed(0)} | ${(rate / rawRate).toFixed(2)}× | ${o.peaks.join(', ')} |`);
    }
    // CPU seconds spent by each process during each side: where the two cores went, and whether the sink saturates.
    console.log(`\nCPU seconds during each side (busy fraction of one core = CPU s / wall s):`);
    for (const r of raws) {
      console.log(
        `  raw, ${r.form}: sender ${r.senderCpu.toFixed(1)} s (${((r.senderCpu * 1000) / COUNT).toFixed(2)} ms/message), sink ${r.sinkCpu.toFixed(1)} s (${((100 * r.sinkCpu) / r.seconds).toFixed(0)}% of a core)`,
      );
    }
    for (const o of ours) {
      const perMessageMs = (o.workerCpu.reduce((a, b) => a + b, 0) * 1000) / COUNT;
      console.log(
        `  ${o.workers} worker${o.workers > 1 ? 's' : ''}: worker ${o.workerCpu.map((c) => c.toFixed(1)).join(' + ')} s (${perMessageMs.toFixed(2)} ms/message), ` +
          `sink ${o.sinkCpu.toFixed(1)} s (${((100 * o.sinkCpu) / o.seconds).toFixed(0)}% of a core), API + bench process ${o.apiCpu.toFixed(1)} s`,
      );
    }
    console.log(`\ntwo workers / one worker: ${(one.seconds / two.seconds).toFixed(2)}×`);
    console.log(`invite mutation (${COUNT.toLocaleString('en-US')} invitations + outbox rows): ${one.mutationSeconds.toFixed(1)} s (1 worker run), ${two.mutationSeconds.toFixed(1)} s (2 workers run)`);
  } finally {
    await Promise.all(workers.map(stopWorker));
    await api.close();
    await sink.stop();
    keysLeft = await deleteRedisKeys(REDIS_URL, prefix);
    await database.drop();
    console.log(`Redis keys left under the run's prefix: ${keysLeft}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
