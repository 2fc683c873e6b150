import 'reflect-metadata';
import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { ConfigError, loadConfig } from '@app/config';
import { runMigrations } from '@app/database';
import { loadLocalSecrets, recordRunningServices, resolveRedis, startEmbeddedPostgres, startMailCatcher } from '@app/devstack';
import { DEMO_SEED_MODULES } from './demo-seed-modules';
import { DEMO_PASSWORD, DemoSeedResult, DemoSeedService, FirstAdmin, FirstOperator, FirstRunService, SetupModule } from '@app/setup';

/**
 * `npm start`: brings up what is missing (embedded PostgreSQL, Redis, a mail
 * catcher), migrates, creates the first admin, then runs the API and the worker
 * until Ctrl-C, when it stops everything it started.
 */
const ROOT = join(__dirname, '..', '..');
/** Local state (embedded PostgreSQL, Redis files, caught mail, secrets); override for tests. */
const DATA = process.env.LIAISON_DATA_DIR ?? join(ROOT, '.data');
const stops: { name: string; stop: () => Promise<unknown> }[] = [];
const children: ChildProcess[] = [];
let stopping = false;

function say(line = ''): void {
  process.stdout.write(`${line}\n`);
}

async function shutdown(code: number): Promise<never> {
  if (stopping) process.exit(code);
  stopping = true;
  say('\nStopping Liaison…');
  await Promise.all(children.map(stopChild));
  for (const { name, stop } of stops.reverse()) {
    await stop().catch((error) => say(`  (could not stop ${name} cleanly: ${error.message ?? error})`));
  }
  say('Stopped.');
  process.exit(code);
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

function run(name: string, script: string, env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, ['-r', join(ROOT, 'scripts', 'register-paths.js'), join(ROOT, 'dist', script)], {
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  child.once('exit', (code, signal) => {
    if (stopping) return;
    say(`\n${name} exited (${signal ?? `code ${code}`}); stopping the rest.`);
    void shutdown(1);
  });
  children.push(child);
  return child;
}

async function waitUntilReady(url: string): Promise<boolean> {
  for (let i = 0; i < 120 && !stopping; i++) {
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) return true;
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

function sayOperator(operator: FirstOperator): void {
  say('');
  say(`  Platform operator (creates and suspends agencies, sees the queues) created: ${operator.email}`);
  if (operator.generatedPassword) say(`  with the password ${operator.generatedPassword} (shown only this once).`);
  else say('  with the password from OPERATOR_PASSWORD.');
}

async function main(): Promise<void> {
  const seedOnly = process.argv.includes('--seed-only');
  const demo = seedOnly || process.argv.includes('--demo');
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  const env = process.env;
  const secrets = loadLocalSecrets(DATA);

  let databaseUrl = env.DATABASE_URL;
  if (!databaseUrl) {
    say('PostgreSQL: starting the embedded server (data in .data/pg)…');
    const pg = await startEmbeddedPostgres({ dir: join(DATA, 'pg'), password: secrets.POSTGRES_PASSWORD, database: 'liaison' });
    stops.push({ name: 'PostgreSQL', stop: pg.stop });
    databaseUrl = pg.url;
  } else say('PostgreSQL: using DATABASE_URL');

  let redisUrl = env.REDIS_URL ?? 'redis://unused';
  let smtpUrl = env.SMTP_URL ?? 'smtp://unused';
  let devMailDir: string | undefined;
  if (!seedOnly) {
    const redis = await resolveRedis({ envUrl: env.REDIS_URL, dir: join(DATA, 'redis'), persistent: true });
    if (redis.stop) stops.push({ name: 'Redis', stop: redis.stop });
    redisUrl = redis.url;
    say(`Redis: ${env.REDIS_URL ? 'using REDIS_URL' : redis.stop ? `started redis-server (${redis.url}, files in .data/redis)` : `using ${redis.url}`}`);
    if (!env.SMTP_URL) {
      // Production mail needs a real server: the catcher's /dev/mail would show everyone's mail to anyone.
      if (env.NODE_ENV === 'production') throw new Error('NODE_ENV=production needs SMTP_URL (your mail server); the local mail catcher is for trying Liaison out');
      const catcher = await startMailCatcher(join(DATA, 'mail'));
      stops.push({ name: 'mail catcher', stop: catcher.stop });
      smtpUrl = catcher.url;
      devMailDir = catcher.dir;
      say('Mail: local catcher (nothing leaves this machine; read it at /dev/mail)');
    } else say('Mail: using SMTP_URL');
  }

  const port = Number(env.PORT ?? 3000);
  const publicUrl = env.PUBLIC_URL ?? `http://localhost:${port}`;
  const childEnv: NodeJS.ProcessEnv = {
    ...env,
    NODE_ENV: env.NODE_ENV ?? 'development',
    // A quiet terminal by default; LOG_LEVEL=info shows one JSON line per request.
    LOG_LEVEL: env.LOG_LEVEL ?? 'warn',
    PORT: String(port),
    PUBLIC_URL: publicUrl,
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    SMTP_URL: smtpUrl,
    JWT_SECRET: env.JWT_SECRET ?? secrets.JWT_SECRET,
    LINK_SECRET: env.LINK_SECRET ?? secrets.LINK_SECRET,
    DEV_MAIL_DIR: devMailDir,
  };
  const config = loadConfig(childEnv);

  const applied = await runMigrations(config.DATABASE_URL);
  say(applied.length ? `Migrations applied: ${applied.join(', ')}` : 'Database schema is up to date.');

  const setup = await NestFactory.createApplicationContext(SetupModule.forRoot(config, env, DEMO_SEED_MODULES), { logger: ['error', 'warn'] });
  const firstRun = setup.get(FirstRunService);
  // With the demo, the newcomer's admin (ADMIN_EMAIL) joins the demo agency: a separate, empty
  // first agency would sign them in to nothing.
  const seeded = demo ? await setup.get(DemoSeedService).seed() : undefined;
  const firstAdmin = seeded ? await firstRun.ensureAdminOf(seeded.agency) : await firstRun.ensureFirstAgency();
  const operator = await firstRun.ensureOperator().catch((error) => {
    say(`Could not create the platform operator: ${error.message ?? error}`);
    return null;
  });
  await setup.close();

  if (seeded) {
    const agency = seeded.agency.name;
    say(seeded.created ? `Demo data loaded: ${agency}.` : `Demo data already present: ${agency}.`);
    say(`  Demo sign-ins, all staff of ${agency} (password "${DEMO_PASSWORD}"): ${seeded.logins.map((l) => `${l.email} (${l.role})`).join(', ')}`);
  }
  if (seedOnly) {
    if (firstAdmin) sayAdmin(firstAdmin, seeded);
    if (operator) sayOperator(operator);
    return shutdown(0);
  }

  // So `npm run operator` run beside this one finds the same services.
  stops.push({
    name: 'running.json',
    stop: recordRunningServices(DATA, { DATABASE_URL: databaseUrl, REDIS_URL: redisUrl, REDIS_PREFIX: env.REDIS_PREFIX, SMTP_URL: smtpUrl, PUBLIC_URL: publicUrl }),
  });
  run('API', 'apps/api/src/main.js', childEnv);
  run('Worker', 'apps/worker/src/main.js', childEnv);
  if (!(await waitUntilReady(`http://127.0.0.1:${port}/health/ready`))) {
    say('The API did not become ready; see the log above.');
    return shutdown(1);
  }

  say('');
  say('Liaison is running. Ctrl-C stops everything it started.');
  say(`  Staff console  ${publicUrl}/  (open this and sign in)`);
  say(`  GraphQL        ${publicUrl}/graphql  (explorer in the console at ${publicUrl}/explorer)`);
  say(`  Health         ${publicUrl}/health/ready`);
  if (devMailDir) say(`  Dev inbox      ${publicUrl}/dev/mail`);
  say(`  Queues         ${publicUrl}/admin/queues (platform operator; sign in at /admin/login)`);
  if (firstAdmin) sayAdmin(firstAdmin, seeded);
  else if (seeded) say(`  Sign in with one of the demo accounts above (staff of ${seeded.agency.name}).`);
  else say('  Sign in with an existing staff account (the first admin was created on the first start).');
  if (operator) sayOperator(operator);
  say(`  Open ${publicUrl}/ and sign in with the email and password above.`);
}

/** The admin account to sign in with, and which agency it belongs to. */
function sayAdmin(admin: FirstAdmin, seeded?: DemoSeedResult): void {
  const agency = `"${admin.agency.name}"`;
  say('');
  if (admin.existing) {
    const demo = seeded && admin.agency.id === seeded.agency.id;
    say(`  ${admin.email} (ADMIN_EMAIL) already has an account, in ${agency}${demo ? ' (the demo agency)' : seeded ? `, not in the demo agency "${seeded.agency.name}": sign in with a demo account to see the demo` : ''}.`);
    return;
  }
  if (seeded) say(`  ${admin.email} is an admin of the demo agency ${agency}. Sign in as ${admin.email}`);
  else say(`  First agency ${agency} created. Sign in as ${admin.email}`);
  if (admin.generatedPassword) say(`  with the password ${admin.generatedPassword} (shown only this once).`);
  else say('  with the password from ADMIN_PASSWORD.');
}

main().catch((error) => {
  say(error instanceof ConfigError ? error.message : `Liaison could not start: ${error.message ?? error}`);
  void shutdown(1);
});
