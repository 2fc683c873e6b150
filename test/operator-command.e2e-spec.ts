import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { MailTestStack, TestApp, createMailTestStack } from '@app/testing';
import { runCompiledScript } from './support/run-command';

/** `npm run operator -- …` as someone at the server runs it: the compiled command (npm test builds first). */
const ROOT = join(__dirname, '..');
const COMMAND = join(ROOT, 'dist', 'scripts', 'operator.js');

describe('npm run operator', () => {
  let stack: MailTestStack;
  let t: TestApp;

  beforeAll(async () => {
    if (!existsSync(COMMAND)) throw new Error('dist/ is missing: run `npm run build` (npm test does it)');
    stack = await createMailTestStack();
    t = stack.t;
  });
  afterAll(() => stack.close());

  /** Runs the command against this test's database, Redis prefix and mail sink. */
  function operator(...args: string[]): Promise<{ code: number | null; output: string }> {
    const env = {
      DATABASE_URL: t.config.DATABASE_URL,
      REDIS_URL: t.config.REDIS_URL,
      REDIS_PREFIX: t.config.REDIS_PREFIX,
      SMTP_URL: t.config.SMTP_URL,
      JWT_SECRET: t.config.JWT_SECRET,
      LINK_SECRET: t.config.LINK_SECRET,
      PUBLIC_URL: t.config.PUBLIC_URL,
    };
    return runCompiledScript('operator', env, ...args);
  }

  it('creates a platform operator and prints a password it can sign in with, once', async () => {
    const email = `ops-${Date.now()}@county.example`;
    const created = await operator('create', email, '--name', 'County IT');
    expect(created.code).toBe(0);
    const password = /Password: (\S+) \(shown only this once\)/.exec(created.output)![1];
    const login = await t.graphql.data(`mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { accountKind operator { name } } }`, { e: email, p: password });
    expect(login.login).toEqual({ accountKind: 'OPERATOR', operator: { name: 'County IT' } });

    const again = await operator('create', email.toUpperCase());
    expect(again.code).toBe(1);
    expect(again.output).toContain('email: An account with this email already exists');
  });

  it('sets a forgotten or leaked password, deactivates and reactivates an operator; each ends their sessions', async () => {
    const email = `ops-keys-${Date.now()}@county.example`;
    const LOGIN = `mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { accessToken } }`;
    const first = /Password: (\S+) \(shown only this once\)/.exec((await operator('create', email)).output)![1];
    const session = (await t.graphql.data(LOGIN, { e: email, p: first })).login.accessToken;
    const AGENCIES = `{ platformAgencies(first: 1) { totalCount } }`;
    expect((await t.graphql.request(AGENCIES, {}, { token: session })).errors).toBeUndefined();

    const reset = await operator('set-password', email.toUpperCase());
    expect(reset.code).toBe(0);
    expect(reset.output).toContain('their sessions have ended');
    const second = /Password: (\S+) \(shown only this once\)/.exec(reset.output)![1];
    expect((await t.graphql.request(AGENCIES, {}, { token: session })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.graphql.request(LOGIN, { e: email, p: first })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const again = (await t.graphql.data(LOGIN, { e: email, p: second })).login.accessToken;

    expect((await operator('deactivate', email)).output).toContain(`Deactivated ${email}`);
    expect((await t.graphql.request(AGENCIES, {}, { token: again })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.graphql.request(LOGIN, { e: email, p: second })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await operator('reactivate', email)).output).toContain(`Reactivated ${email}`);
    expect((await t.graphql.data(LOGIN, { e: email, p: second })).login.accessToken).toBeTruthy();

    const nobody = await operator('deactivate', 'nobody@county.example');
    expect(nobody.code).toBe(1);
    expect(nobody.output).toContain('No platform operator has the email "nobody@county.example"');
  });

  it('creates, lists, suspends and reinstates agencies; the first admin is emailed an invitation', async () => {
    const slug = `hilltop-${Date.now().toString(36)}`;
    const adminEmail = `chief@${slug}.example`;
    const created = await operator('create-agency', '--name', 'Hilltop PD', '--slug', slug, '--time-zone', 'America/New_York', '--admin-email', adminEmail, '--admin-name', 'Pat Chief');
    expect(created.code).toBe(0);
    expect(created.output).toContain(`Agency created: ${slug}  Hilltop PD  [active]  staff: 0 active, 1 invited`);
    const [mail] = await stack.sink.waitFor(adminEmail);
    expect(mail.parsed.text).toMatch(/invited you to join Hilltop PD on Liaison as an administrator/);

    expect((await operator('list-agencies')).output).toContain(`${slug}  Hilltop PD  [active]`);
    const suspended = await operator('suspend', slug, '--reason', 'Unpaid invoice');
    expect(suspended.output).toMatch(new RegExp(`Suspended: ${slug}  Hilltop PD  \\[SUSPENDED since \\S+ \\(Unpaid invoice\\)\\]`));
    expect((await t.dataSource.query(`SELECT suspension_reason FROM agencies WHERE slug = $1`, [slug]))[0].suspension_reason).toBe('Unpaid invoice');
    expect((await operator('reinstate', slug)).output).toContain(`Reinstated: ${slug}  Hilltop PD  [active]`);
  });

  it('says what is wrong and how to use it', async () => {
    const missing = await operator('create-agency', '--name', 'Nowhere PD');
    expect(missing.code).toBe(1);
    expect(missing.output).toContain('create-agency needs --slug, --time-zone, --admin-email.');
    expect(missing.output).toContain('Usage: npm run operator -- <command>');
    const badZone = await operator('create-agency', '--name', 'Nowhere PD', '--slug', 'nowhere-pd', '--time-zone', 'Nowhere/Land', '--admin-email', 'a@nowhere.example');
    expect(badZone.output).toContain('input.timeZone: "Nowhere/Land" is not an IANA time zone');
    expect((await operator('suspend', 'no-such-agency', '--reason', 'x')).output).toContain('No agency has the slug "no-such-agency"');
  });
});
