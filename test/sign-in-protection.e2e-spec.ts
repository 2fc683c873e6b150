import { StaffRole } from '@app/common';
import { APP_CONFIG, AppConfig } from '@app/config';
import { formatDateTime, translate } from '@app/i18n';
import { GraphQLClient, MailTestStack, TEST_PASSWORD, TestApp, createAgency, createMailTestStack, createOperator, createStaff, createTestApp, testConfig } from '@app/testing';

const LOGIN = `mutation($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { accessToken } }`;

/** A sign-in as if relayed by a proxy for `client` (the header only counts when TRUST_PROXY names the proxy). */
function loginFrom(graphql: GraphQLClient, client: string, email: string, password: string) {
  return graphql.request(LOGIN, { email, password }, { headers: { 'x-forwarded-for': client } });
}

describe('Sign-in throttling per account, whatever the address', () => {
  let stack: MailTestStack;
  let t: TestApp;

  beforeAll(async () => {
    // Behind a proxy on this host: X-Forwarded-For names the client. Four free failures, the fourth locks.
    stack = await createMailTestStack({ TRUST_PROXY: 'loopback', LOGIN_FREE_ATTEMPTS: '4', LOGIN_RATE_LIMIT: '4' });
    t = stack.t;
  });
  afterAll(() => stack.close());

  it('changing address gives no more guesses: the account locks, refuses even the right password, and its owner is emailed', async () => {
    const agency = await createAgency(t.dataSource, { name: 'Lockport PD' });
    const officer = await createStaff(t.dataSource, agency.id, StaffRole.LIAISON_OFFICER);
    for (let i = 1; i <= 4; i++) {
      const res = await loginFrom(t.graphql, `203.0.113.${i}`, officer.email, `wrong-password-${i}`);
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    const right = await loginFrom(t.graphql, '198.51.100.7', officer.email, TEST_PASSWORD);
    expect(right.data).toBeNull();
    expect(right.errors?.[0].extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'ACCOUNT_LOCKED' });
    expect(right.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(60);

    const [notice] = await stack.sink.waitFor(officer.email);
    expect(notice.parsed.subject).toBe('Sign-in to your Liaison account is paused');
    expect(notice.parsed.text).toContain(`as ${officer.email} 4 times`);
    expect(notice.parsed.text).toContain('203.0.113.4');
    const [row] = await t.dataSource.query(`SELECT kind, agency_id FROM outbound_emails WHERE to_address = $1`, [officer.email]);
    expect(row).toEqual({ kind: 'account-locked', agency_id: agency.id });
  });

  it("a staff member's lock notice is in their console language, the time in the agency's zone", async () => {
    const agency = await createAgency(t.dataSource, { name: 'Westminster PD' });
    const officer = await createStaff(t.dataSource, agency.id, StaffRole.LIAISON_OFFICER, { preferredLanguage: 'vi' });
    const before = Date.now();
    for (let i = 1; i <= 4; i++) await loginFrom(t.graphql, `203.0.113.${20 + i}`, officer.email, `wrong-password-${i}`);
    const after = Date.now();
    const [notice] = await stack.sink.waitFor(officer.email);
    expect(notice.parsed.subject).toBe(translate('vi', 'mail.accountLocked.subject'));
    expect(notice.parsed.text).toContain(translate('vi', 'mail.accountLocked.attempts', { email: officer.email, failures: 4, clientAddress: '203.0.113.24' }));
    expect(notice.parsed.text).toContain(translate('vi', 'mail.accountLocked.notYoursAgency'));
    expect(notice.parsed.html).toMatch(/<html[^>]*lang="vi"/);
    // The time the lock ends, in Vietnamese, in the agency's zone: one of the minutes the lock can end in.
    const lockMs = t.app.get<AppConfig>(APP_CONFIG).LOGIN_LOCK_SECONDS * 1000;
    const minutes: string[] = [];
    for (let at = before + lockMs - 60_000; at <= after + lockMs + 60_000; at += 30_000) minutes.push(formatDateTime(new Date(at), agency.timeZone, 'vi'));
    expect(minutes.some((when) => notice.parsed.text?.includes(translate('vi', 'mail.accountLocked.paused', { lockedUntil: when })))).toBe(true);
  });

  it('locks a platform operator the same way, and an unknown address answers exactly like a known one', async () => {
    const operator = await createOperator(t.dataSource);
    const unknown = `nobody-${Date.now()}@test.example`;
    const answers: Record<string, unknown>[] = [];
    for (const email of [operator.email, unknown]) {
      for (let i = 1; i <= 5; i++) {
        const res = await loginFrom(t.graphql, `192.0.2.${i}`, email, 'not-the-password');
        answers.push({ try: i, email: email === unknown ? 'unknown' : 'known', ...res.errors?.[0].extensions, message: res.errors?.[0].message });
      }
    }
    const byTry = (who: string) => answers.filter((a) => a.email === who).map(({ email: _email, retryAfterSeconds: _r, ...rest }) => rest);
    expect(byTry('known')).toEqual(byTry('unknown'));
    expect(byTry('known').at(-1)).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'ACCOUNT_LOCKED' });
    const [notice] = await stack.sink.waitFor(operator.email);
    expect(notice.parsed.text).toContain('192.0.2.4');
    expect(stack.sink.to(unknown)).toEqual([]);
  });

  it("a stranger's guesses cannot lock the owner out: the browser they signed in from before still gets in, its own failures counted apart", async () => {
    const agency = await createAgency(t.dataSource, { name: 'Brookfield PD' });
    const officer = await createStaff(t.dataSource, agency.id, StaffRole.LIAISON_OFFICER);
    /** The console's sign-in (JSON, from our own page), as if relayed for `client`, with the browser's cookies. */
    const browserSignIn = async (client: string, password: string, cookie?: string) => {
      const res = await fetch(`${t.url}/auth/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: t.url, 'x-forwarded-for': client, ...(cookie ? { cookie } : {}) },
        body: JSON.stringify({ email: officer.email, password }),
      });
      const device = res.headers.getSetCookie().find((c) => c.startsWith('liaison_device='))?.split(';')[0];
      return { status: res.status, body: (await res.json()) as { error?: { reason?: string } }, device };
    };
    const first = await browserSignIn('198.51.100.20', TEST_PASSWORD);
    expect(first.status).toBe(200);
    expect(first.device).toMatch(/^liaison_device=[\w-]{22}\.[\w-]{43}$/);

    // A stranger locks the account from elsewhere.
    for (let i = 1; i <= 4; i++) await loginFrom(t.graphql, `203.0.113.${40 + i}`, officer.email, `guess-${i}`);
    const stranger = await browserSignIn('203.0.113.50', TEST_PASSWORD);
    expect({ status: stranger.status, reason: stranger.body.error?.reason }).toEqual({ status: 429, reason: 'ACCOUNT_LOCKED' });

    // The owner's browser gets in, the account still locked for everyone else.
    const owner = await browserSignIn('198.51.100.20', TEST_PASSWORD, first.device);
    expect(owner.status).toBe(200);
    expect((await browserSignIn('203.0.113.51', TEST_PASSWORD)).status).toBe(429);
    // A device cookie made up, or one another account signed in with, is just no cookie.
    const other = await createStaff(t.dataSource, agency.id, StaffRole.ANALYST);
    const othersDevice = (await fetch(`${t.url}/auth/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: t.url },
      body: JSON.stringify({ email: other.email, password: TEST_PASSWORD }),
    })).headers.getSetCookie().find((c) => c.startsWith('liaison_device='))!.split(';')[0];
    expect((await browserSignIn('203.0.113.52', TEST_PASSWORD, othersDevice)).status).toBe(429);
    expect((await browserSignIn('203.0.113.53', TEST_PASSWORD, `liaison_device=${'a'.repeat(22)}.${'b'.repeat(43)}`)).status).toBe(429);

    // Guessing from the owner's browser is limited too, for that browser: it locks after its own failures.
    const fromOwner: number[] = [];
    for (let i = 1; i <= 5; i++) fromOwner.push((await browserSignIn('198.51.100.20', `wrong-${i}`, first.device)).status);
    expect(fromOwner.slice(0, 4)).toEqual([401, 401, 401, 401]);
    expect(fromOwner[4]).toBe(429);
  });

  it('with the proxy trusted, many clients behind it are counted apart', async () => {
    const agency = await createAgency(t.dataSource);
    // Five times LOGIN_RATE_LIMIT tries per address: 21 clients, one wrong try each, none held back.
    for (let i = 1; i <= 21; i++) {
      const someone = await createStaff(t.dataSource, agency.id, StaffRole.ANALYST);
      const res = await loginFrom(t.graphql, `100.64.0.${i}`, someone.email, 'not-the-password');
      expect({ i, code: res.errors?.[0].extensions?.code }).toEqual({ i, code: 'UNAUTHENTICATED' });
    }
  });
});

describe('X-Forwarded-For without TRUST_PROXY', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(testConfig({ LOGIN_RATE_LIMIT: '2' }));
  });
  afterAll(() => t.close());

  it('is ignored: a client cannot pose as many addresses to escape the per-address limit', async () => {
    const codes: unknown[] = [];
    // Ten tries per address (5 × LOGIN_RATE_LIMIT), each on another account and with another claimed address.
    for (let i = 1; i <= 11; i++) {
      const res = await loginFrom(t.graphql, `203.0.113.${i}`, `someone-${i}-${Date.now()}@test.example`, 'not-the-password');
      codes.push(res.errors?.[0].extensions?.code);
    }
    expect(codes.slice(0, 10).every((code) => code === 'UNAUTHENTICATED')).toBe(true);
    expect(codes[10]).toBe('TOO_MANY_REQUESTS');
  });
});
