import { ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { adminQuery } from '@app/database';
import { GraphQLClient, eventually, launchBrowser, testPort } from '@app/testing';
import { signInToConsole } from './support/console';
import { runCompiledScript } from './support/run-command';

/**
 * `npm start` as a newcomer runs it: the compiled launcher (npm test builds first),
 * with its local state in a scratch folder. Covers embedded PostgreSQL (and reusing it),
 * an external DATABASE_URL, first-run admin, the dev inbox, a bad variable, and Ctrl-C.
 */
const ROOT = join(__dirname, '..');
const LAUNCHER = join(ROOT, 'dist', 'scripts', 'start.js');

interface Launch {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function launch(env: NodeJS.ProcessEnv, args: string[] = []): Launch {
  let output = '';
  const child = spawn(process.execPath, ['-r', join(ROOT, 'scripts', 'register-paths.js'), LAUNCHER, ...args], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitForOutput(run: Launch, pattern: RegExp, timeoutMs = 90_000): Promise<RegExpMatchArray> {
  const match = await eventually(
    () => {
      const found = run.output().match(pattern);
      // Once it has exited it prints nothing more: say so now, not at the timeout.
      if (found || run.child.exitCode !== null) return found;
      throw new Error('not yet');
    },
    { what: `the launcher to print ${pattern}`, timeoutMs, intervalMs: 100 },
  ).catch(() => null);
  if (!match) throw new Error(`Launcher output never matched ${pattern}${run.child.exitCode !== null ? ' (it exited)' : ''}:\n${run.output()}`);
  return match;
}

async function stop(run: Launch): Promise<number | null> {
  run.child.kill('SIGINT');
  return run.exited;
}

function scratchDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'liaison-start-'));
  chmodSync(dir, 0o755); // embedded PostgreSQL runs as the postgres user when we are root
  return dir;
}

/** A database of its own on the test server, as an operator's DATABASE_URL would name. */
async function scratchDatabase() {
  const name = `liaison_start_${randomBytes(4).toString('hex')}`;
  await adminQuery(process.env.TEST_DATABASE_URL!, `CREATE DATABASE ${name}`);
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async count(sql: string): Promise<number> {
      const client = new Client({ connectionString: url.toString() });
      await client.connect();
      try {
        return (await client.query(sql)).rows[0].n;
      } finally {
        await client.end();
      }
    },
    drop: () => adminQuery(process.env.TEST_DATABASE_URL!, `DROP DATABASE ${name} WITH (FORCE)`),
  };
}

function postgresRunningIn(dir: string): boolean {
  return existsSync(join(dir, 'pg', 'postmaster.pid'));
}

describe('npm start', () => {
  const dirs: string[] = [];
  beforeAll(() => {
    if (!existsSync(LAUNCHER)) throw new Error('dist/ is missing: run `npm run build` (npm test does it)');
  });
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('with no DATABASE_URL starts embedded PostgreSQL, creates the first admin, and Ctrl-C stops everything; a second start reuses the data', async () => {
    const data = scratchDir();
    dirs.push(data);
    const port = await testPort();
    const env = { LIAISON_DATA_DIR: data, PORT: String(port), REDIS_URL: process.env.TEST_REDIS_URL, REDIS_PREFIX: `${process.env.TEST_REDIS_PREFIX}-start-${randomBytes(3).toString('hex')}` };

    const first = launch(env);
    const [, email, password] = await waitForOutput(first, /Sign in as (\S+)\s+with the password (\S+) \(shown only this once\)/);
    expect(first.output()).toContain('PostgreSQL: starting the embedded server');
    expect(first.output()).toContain(`GraphQL        http://localhost:${port}/graphql`);
    expect(first.output()).toContain(`Staff console  http://localhost:${port}/`);
    // The newcomer opens the console in a browser and signs in with the printed credentials.
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await signInToConsole(page, `http://127.0.0.1:${port}`, { email, password });
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Home');
    } finally {
      await browser.close();
    }
    const graphql = new GraphQLClient(`http://127.0.0.1:${port}`);
    const login = await graphql.data(`mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { user { role } } }`, { e: email, p: password });
    expect(login.login.user.role).toBe('ADMIN');
    const [, operatorEmail, operatorPassword] = await waitForOutput(first, /Platform operator .* created: (\S+)\s+with the password (\S+) \(shown only this once\)/);
    expect(operatorEmail).toBe('operator@liaison.local');
    const operatorLogin = await graphql.data(`mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { accountKind } }`, { e: operatorEmail, p: operatorPassword });
    expect(operatorLogin.login.accountKind).toBe('OPERATOR');
    // `npm run operator` beside a running `npm start` finds its services without being told.
    const listed = await runCompiledScript('operator', { LIAISON_DATA_DIR: data }, 'list-agencies');
    expect(listed).toMatchObject({ code: 0 });
    expect(listed.output).toContain('my-pd  My Police Department  [active]  staff: 1 active');
    const inbox = await fetch(`http://127.0.0.1:${port}/dev/mail`);
    expect(inbox.status).toBe(200);
    expect(await stop(first)).toBe(0);
    expect(first.output()).toContain('Stopped.');
    expect(existsSync(join(data, 'running.json'))).toBe(false);
    expect((await runCompiledScript('operator', { LIAISON_DATA_DIR: data }, 'list-agencies')).output).toContain('Liaison is not running here');
    expect(postgresRunningIn(data)).toBe(false);
    await expect(fetch(`http://127.0.0.1:${port}/health/live`)).rejects.toThrow(); // the API child is gone too

    const second = launch(env);
    await waitForOutput(second, /and sign in with the email and password above/);
    expect(second.output()).toContain('Database schema is up to date.');
    expect(second.output()).not.toContain('shown only this once');
    await graphql.data(`mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { accessToken } }`, { e: email, p: password });
    expect(await stop(second)).toBe(0);
    expect(postgresRunningIn(data)).toBe(false);
  }, 240_000); // two starts (embedded PostgreSQL each time) and a sign-in through the console in Chromium

  it('with DATABASE_URL uses that database and takes the first admin from the environment', async () => {
    const data = scratchDir();
    dirs.push(data);
    const database = await scratchDatabase();
    const port = await testPort();
    const run = launch({
      LIAISON_DATA_DIR: data,
      PORT: String(port),
      DATABASE_URL: database.url,
      REDIS_URL: process.env.TEST_REDIS_URL,
      REDIS_PREFIX: `${process.env.TEST_REDIS_PREFIX}-start-${randomBytes(3).toString('hex')}`,
      ADMIN_EMAIL: 'chief@example.org',
      ADMIN_PASSWORD: 'a-chosen-admin-password',
      AGENCY_NAME: 'Lakeside Police',
      AGENCY_SLUG: 'lakeside',
      OPERATOR_EMAIL: 'it@county.example',
      OPERATOR_PASSWORD: 'a-chosen-operator-password',
    });
    await waitForOutput(run, /and sign in with the email and password above/);
    expect(run.output()).toContain('PostgreSQL: using DATABASE_URL');
    expect(run.output()).toContain('First agency "Lakeside Police" created. Sign in as chief@example.org');
    expect(run.output()).toMatch(/Platform operator .* created: it@county.example\s+with the password from OPERATOR_PASSWORD/);
    const graphql = new GraphQLClient(`http://127.0.0.1:${port}`);
    await graphql.data(`mutation { login(input: { email: "chief@example.org", password: "a-chosen-admin-password" }) { accessToken } }`);
    await graphql.data(`mutation { login(input: { email: "it@county.example", password: "a-chosen-operator-password" }) { accessToken } }`);
    expect(await stop(run)).toBe(0);
    await expect(fetch(`http://127.0.0.1:${port}/health/live`)).rejects.toThrow();
    await database.drop();
  });

  it('with --demo and ADMIN_EMAIL makes that admin an admin of the demo agency, and creates no other agency', async () => {
    const data = scratchDir();
    dirs.push(data);
    const database = await scratchDatabase();
    const port = await testPort();
    const run = launch(
      {
        LIAISON_DATA_DIR: data,
        PORT: String(port),
        DATABASE_URL: database.url,
        REDIS_URL: process.env.TEST_REDIS_URL,
        REDIS_PREFIX: `${process.env.TEST_REDIS_PREFIX}-start-${randomBytes(3).toString('hex')}`,
        ADMIN_EMAIL: 'newcomer@example.org',
        ADMIN_PASSWORD: 'a-chosen-admin-password',
      },
      ['--demo'],
    );
    try {
      await waitForOutput(run, /and sign in with the email and password above/, 200_000);
      const graphql = new GraphQLClient(`http://127.0.0.1:${port}`);
      const { login } = await graphql.data(`mutation { login(input: { email: "newcomer@example.org", password: "a-chosen-admin-password" }) { accessToken user { role } } }`);
      expect(login.user.role).toBe('ADMIN');
      const { agency, forums } = await graphql.data(`{ agency { slug } forums(first: 1) { totalCount } }`, {}, login.accessToken);
      expect(agency.slug).toBe('riverside-pd');
      expect(forums.totalCount).toBeGreaterThan(0);
      expect(await database.count('SELECT count(*)::int AS n FROM agencies')).toBe(1);
      // Each printed account says which agency it belongs to.
      expect(run.output()).toContain('Demo data loaded: Riverside Police Department.');
      expect(run.output()).toContain('Demo sign-ins, all staff of Riverside Police Department (password');
      expect(run.output()).toContain('newcomer@example.org is an admin of the demo agency "Riverside Police Department". Sign in as newcomer@example.org');
      expect(run.output()).not.toContain('First agency');
    } finally {
      // Stopped and dropped even when an expectation fails, so a failure cannot hang the run.
      if (run.child.exitCode === null) await stop(run);
      await database.drop();
    }
  }, 240_000); // the demo seed writes months of data before the apps start

  it('refuses a wrong variable with a message naming it', async () => {
    const data = scratchDir();
    dirs.push(data);
    const run = launch({ LIAISON_DATA_DIR: data, DATABASE_URL: process.env.TEST_DATABASE_URL, REDIS_URL: process.env.TEST_REDIS_URL, MAIL_FROM: 'not-an-address' });
    expect(await run.exited).toBe(1);
    expect(run.output()).toMatch(/Invalid configuration:\s+- MAIL_FROM:/);
  });
});
