/**
 * bench/invitations: 10,000 invitations from the invite mutation until a local SMTP sink
 * has accepted every message, beside a raw nodemailer pooled send of as many messages
 * to the same sink in the same run (the sink in its own process for both sides; see
 * bench/mail-bench.ts). Also prints the worker's peak memory.
 *
 *   npm run build && node -r ./scripts/register-paths.js dist/bench/invitations.js
 *
 * Needs PostgreSQL (BENCH_ADMIN_DATABASE_URL, default the local server; a fresh database
 * is created and dropped) and Redis (REDIS_URL, default local; a fresh key prefix, deleted after).
 * COUNT, MAIL_CONCURRENCY and MAIL_RATE_PER_SECOND may be set.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { StaffRole } from '@app/common';
import { AppConfig } from '@app/config';
import { OutboxService } from '@app/mail';
import { benchDatabase } from './bench-database';
import { SinkProcess, benchMailConfig, rawBaselines, sampleMessage } from './mail-bench';
import { WorkerProcess, deleteRedisKeys, peakMemoryMb, startWorker, stopWorker } from './app-processes';
import { createAgency, createContacts, createForum, createOrganisation, createSignedInStaff, GraphQLClient } from '@app/testing';
import { createApiApp } from '../apps/api/src/bootstrap';

const COUNT = Number(process.env.COUNT ?? 10_000);
const CONCURRENCY = process.env.MAIL_CONCURRENCY ?? '10';
const RATE = process.env.MAIL_RATE_PER_SECOND ?? '100000';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

async function main(): Promise<void> {
  const run = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  const prefix = `liaison-bench-${run}`;
  const database = await benchDatabase();
  const databaseUrl = database.url;
  // The sink in its own process, for both sides (sharing the sender's process understated raw).
  const sink = await new SinkProcess().start();
  const config: AppConfig = benchMailConfig({ databaseUrl, redisUrl: REDIS_URL, prefix, sinkPort: sink.port, concurrency: CONCURRENCY, ratePerSecond: RATE });
  let worker: WorkerProcess | undefined;
  const api = await createApiApp(config);
  try {
    await api.listen(0, '127.0.0.1');
    const address = api.getHttpServer().address();
    const graphql = new GraphQLClient(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
    const db = api.get(DataSource);
    const agency = await createAgency(db);
    const officer = await createSignedInStaff(db, graphql, agency.id, StaffRole.LIAISON_OFFICER);
    const forum = await createForum(db, agency.id, { agenda: [{ title: 'Welcome' }, { title: 'Open floor', durationMinutes: 60 }] });
    const org = await createOrganisation(db, agency.id, { neighbourhoods: ['Bench'] });
    await createContacts(db, agency.id, COUNT, org.id);

    // A sample of our own mail, so the baseline sends messages of the same size.
    const sampleForum = await createForum(db, agency.id, {});
    const sampleOrg = await createOrganisation(db, agency.id, { neighbourhoods: ['Sample'] });
    await createContacts(db, agency.id, 1, sampleOrg.id);
    await graphql.data(
      `mutation($f: ID!) { inviteToForum(forumId: $f, input: { audience: { neighbourhoods: ["Sample"] } }) { invited } }`,
      { f: sampleForum.id },
      officer.token,
    );
    const sample = await sampleMessage(db, api.get(OutboxService), agency.id);
    await db.query(`UPDATE outbound_emails SET status = 'CANCELLED' WHERE agency_id = $1`, [agency.id]);

    const raw = await rawBaselines(sink, sample, COUNT, Number(CONCURRENCY));

    // Ours: the worker as its own process, as in production, timed once it is ready.
    worker = await startWorker(config, (process.env.BENCH_WORKER_NODE_ARGS ?? '').split(' ').filter(Boolean));
    sink.phase('ours');
    const started = performance.now();
    const result = await graphql.data<{ inviteToForum: { invited: number } }>(
      `mutation($f: ID!) { inviteToForum(forumId: $f, input: { audience: { neighbourhoods: ["Bench"] } }) { invited } }`,
      { f: forum.id },
      officer.token,
    );
    const mutationSeconds = (performance.now() - started) / 1000;
    await sink.waitFor('ours', COUNT);
    const oursSeconds = (performance.now() - started) / 1000;
    const peak = peakMemoryMb(worker.child.pid!);

    const rows = [
      ...raw.runs.map((r) => [`raw nodemailer pool, ${r.form}`, COUNT, r.seconds, COUNT / r.seconds] as const),
      ['Liaison invite → SMTP', result.inviteToForum.invited, oursSeconds, COUNT / oursSeconds],
    ] as const;
    console.log(`\nbench/invitations: ${COUNT} messages, MAIL_CONCURRENCY=${CONCURRENCY}, node ${process.version}\n`);
    console.log('| run | messages | seconds | messages/s |');
    console.log('| --- | ---: | ---: | ---: |');
    for (const [name, n, s, rate] of rows) console.log(`| ${name} | ${n} | ${s.toFixed(1)} | ${rate.toFixed(0)} |`);
    console.log(`\nours / raw throughput (the faster form): ${((raw.fastest.seconds / oursSeconds) * 100).toFixed(0)}%`);
    console.log(`invite mutation (${COUNT.toLocaleString("en-US")} invitations + outbox rows, one transaction): ${mutationSeconds.toFixed(1)} s`);
    console.log(`distinct Message-IDs at the sink (ours): ${await sink.count('ours')}`);
    console.log(`worker peak RSS: ${peak ?? 'n/a'} MB`);
  } finally {
    // Stopped and awaited before the keys go, so it writes none back.
    if (worker) await stopWorker(worker);
    await api.close();
    await sink.stop();
    console.log(`Redis keys left under the run's prefix: ${await deleteRedisKeys(REDIS_URL, prefix)}`);
    await new Promise((r) => setTimeout(r, 1_000));
    await database.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
