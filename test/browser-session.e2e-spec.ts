import { StaffRole } from '@app/common';
import { TEST_PASSWORD, TestApp, createAgency, createOperator, createStaff, createTestApp, testConfig } from '@app/testing';

interface Answer {
  status: number;
  body: any;
  cookies: string[];
  headers: Headers;
}

/** A cookie from Set-Cookie lines: its value and attributes (lower-cased names). */
function sessionCookie(answer: Answer): { value: string; attributes: Record<string, string | true> } | undefined {
  const line = answer.cookies.find((c) => c.startsWith('liaison_session='));
  if (!line) return undefined;
  const [pair, ...rest] = line.split(';').map((part) => part.trim());
  const attributes: Record<string, string | true> = Object.fromEntries(
    rest.map((part) => {
      const [name, ...value] = part.split('=');
      return [name.toLowerCase(), value.length ? value.join('=') : (true as const)];
    }),
  );
  return { value: pair.slice('liaison_session='.length), attributes };
}

/** POSTs as the console would: JSON, from our own origin, with the session cookie if given. */
async function post(
  t: TestApp,
  path: string,
  options: { body?: unknown; rawBody?: string; cookie?: string; origin?: string | null; contentType?: string; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { 'content-type': options.contentType ?? 'application/json', ...options.headers };
  const origin = options.origin === undefined ? t.url : options.origin;
  if (origin) headers.origin = origin;
  if (options.cookie) headers.cookie = `liaison_session=${options.cookie}`;
  const res = await fetch(`${t.url}${path}`, {
    method: 'POST',
    headers,
    body: options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined, cookies: res.headers.getSetCookie(), headers: res.headers };
}

function signIn(t: TestApp, email: string, password = TEST_PASSWORD, options: Parameters<typeof post>[2] = {}) {
  return post(t, '/auth/session', { body: { email, password }, ...options });
}

const ME = `{ me { email } }`;

describe('Browser sessions for the staff console (/auth/session)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(testConfig());
  });
  afterAll(() => t.close());

  async function staff() {
    const agency = await createAgency(t.dataSource);
    return createStaff(t.dataSource, agency.id, StaffRole.LIAISON_OFFICER);
  }

  it('signs staff in: the access token in the body, the refresh token only in an HttpOnly, SameSite=Strict cookie for /auth/session', async () => {
    const user = await staff();
    const answer = await signIn(t, user.email);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ accessToken: expect.any(String), accessTokenExpiresAt: expect.any(String), account: { kind: 'STAFF' } });
    expect(new Date(answer.body.accessTokenExpiresAt).toISOString()).toBe(answer.body.accessTokenExpiresAt);
    expect(answer.headers.get('cache-control')).toBe('no-store');

    // Two cookies, both HttpOnly and sent only to the session routes: the session's, and this browser's
    // token for the account (which lets its owner in while a stranger's guesses hold the account locked).
    expect(answer.cookies.map((c) => c.split('=')[0]).sort()).toEqual(['liaison_device', 'liaison_session']);
    const device = answer.cookies.find((c) => c.startsWith('liaison_device='))!;
    expect(device).toMatch(/; Path=\/auth\/session; HttpOnly; SameSite=Strict$/);
    expect(device).not.toContain(answer.body.accessToken);
    const cookie = sessionCookie(answer)!;
    expect(cookie.value).toMatch(/^\S{20,}$/);
    expect(cookie.value).not.toBe(answer.body.accessToken);
    expect(cookie.attributes).toMatchObject({ httponly: true, samesite: 'Strict', path: '/auth/session' });
    expect(Number(cookie.attributes['max-age'])).toBeGreaterThan(t.config.REFRESH_TOKEN_TTL_SECONDS - 5);
    expect(Number(cookie.attributes['max-age'])).toBeLessThanOrEqual(t.config.REFRESH_TOKEN_TTL_SECONDS);
    expect(cookie.attributes.secure).toBeUndefined();

    const me = await t.graphql.data(ME, {}, answer.body.accessToken);
    expect(me.me.email).toBe(user.email);
  });

  it('signing in again from the same browser ends the session its old cookie held', async () => {
    const user = await staff();
    const first = sessionCookie(await signIn(t, user.email))!.value;
    const again = await signIn(t, user.email, TEST_PASSWORD, { cookie: first });
    expect(again.status).toBe(200);
    expect(sessionCookie(again)!.value).not.toBe(first);
    expect((await post(t, '/auth/session/refresh', { cookie: first })).status).toBe(401);
    expect((await post(t, '/auth/session/refresh', { cookie: sessionCookie(again)!.value })).status).toBe(200);
  });

  it('signs a platform operator in the same way', async () => {
    const operator = await createOperator(t.dataSource);
    const answer = await signIn(t, operator.email);
    expect(answer.status).toBe(200);
    expect(answer.body.account).toEqual({ kind: 'OPERATOR' });
    expect(sessionCookie(answer)).toBeDefined();
  });

  it('refresh rotates the cookie; the old token is then refused and, as a reused token, ends the session', async () => {
    const user = await staff();
    const first = sessionCookie(await signIn(t, user.email))!.value;

    const refreshed = await post(t, '/auth/session/refresh', { cookie: first });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body).toEqual({ accessToken: expect.any(String), accessTokenExpiresAt: expect.any(String), account: { kind: 'STAFF' } });
    const second = sessionCookie(refreshed)!;
    expect(second.value).not.toBe(first);
    expect(second.attributes).toMatchObject({ httponly: true, samesite: 'Strict', path: '/auth/session' });
    expect((await t.graphql.data(ME, {}, refreshed.body.accessToken)).me.email).toBe(user.email);

    const reused = await post(t, '/auth/session/refresh', { cookie: first });
    expect(reused.status).toBe(401);
    expect(reused.body.error).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(sessionCookie(reused)).toMatchObject({ value: '', attributes: { 'max-age': '0', path: '/auth/session' } });

    // Reuse means the token may have been stolen: the session it belonged to is over for everyone.
    expect((await post(t, '/auth/session/refresh', { cookie: second.value })).status).toBe(401);
    const revoked = await t.graphql.request(ME, {}, { token: refreshed.body.accessToken });
    expect(revoked.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refresh without a cookie is 204: no session, nothing to renew or clear', async () => {
    const answer = await post(t, '/auth/session/refresh', {});
    expect(answer.status).toBe(204);
    expect(sessionCookie(answer)).toBeUndefined();
  });

  it('refresh with an unknown cookie is 401 and clears the cookie', async () => {
    for (const cookie of ['not-a-real-token']) {
      const answer = await post(t, '/auth/session/refresh', { cookie });
      expect({ cookie, status: answer.status }).toEqual({ cookie, status: 401 });
      expect(answer.body).toEqual({ error: { code: 'UNAUTHENTICATED', message: 'This session has ended; sign in again', reason: 'SESSION_ENDED' } });
      expect(sessionCookie(answer)?.attributes['max-age']).toBe('0');
    }
  });

  it('refresh of an expired session is 401', async () => {
    const user = await staff();
    const token = sessionCookie(await signIn(t, user.email))!.value;
    await t.dataSource.query(`UPDATE refresh_sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [user.id]);
    expect((await post(t, '/auth/session/refresh', { cookie: token })).status).toBe(401);
  });

  it('end revokes the session (refresh then fails, the access token stops working) and clears the cookie', async () => {
    const user = await staff();
    const signedIn = await signIn(t, user.email);
    const token = sessionCookie(signedIn)!.value;

    const ended = await post(t, '/auth/session/end', { cookie: token });
    expect(ended.status).toBe(204);
    expect(ended.body).toBeUndefined();
    expect(sessionCookie(ended)).toMatchObject({ value: '', attributes: { 'max-age': '0', httponly: true, samesite: 'Strict', path: '/auth/session' } });

    expect((await post(t, '/auth/session/refresh', { cookie: token })).status).toBe(401);
    const after = await t.graphql.request(ME, {}, { token: signedIn.body.accessToken });
    expect(after.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('end without a session is still 204', async () => {
    expect((await post(t, '/auth/session/end')).status).toBe(204);
    expect((await post(t, '/auth/session/end', { cookie: 'not-a-real-token' })).status).toBe(204);
  });

  it('refuses requests from another site, or with no Origin or Referer, on every route', async () => {
    const user = await staff();
    const token = sessionCookie(await signIn(t, user.email))!.value;
    for (const path of ['/auth/session', '/auth/session/refresh', '/auth/session/end']) {
      for (const origin of ['https://evil.example', null]) {
        const answer = await post(t, path, { body: { email: user.email, password: TEST_PASSWORD }, cookie: token, origin });
        expect({ path, origin, status: answer.status }).toEqual({ path, origin, status: 403 });
        expect(answer.body.error).toMatchObject({ code: 'FORBIDDEN', reason: 'CROSS_SITE_REQUEST' });
        expect(answer.cookies).toEqual([]);
      }
    }
    // Our own page's Referer is enough when a browser sends no Origin.
    const viaReferer = await post(t, '/auth/session/refresh', { cookie: token, origin: null, headers: { referer: `${t.url}/forums` } });
    expect(viaReferer.status).toBe(200);
  });

  it('refuses anything but JSON, which a cross-site HTML form cannot send', async () => {
    const user = await staff();
    for (const contentType of ['application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data; boundary=x']) {
      const answer = await post(t, '/auth/session', { rawBody: `email=${encodeURIComponent(user.email)}&password=${TEST_PASSWORD}`, contentType });
      expect({ contentType, status: answer.status }).toEqual({ contentType, status: 415 });
      expect(answer.body.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
      expect(answer.cookies).toEqual([]);
    }
    expect((await post(t, '/auth/session/end', { contentType: 'text/plain' })).status).toBe(415);
    expect((await signIn(t, user.email, TEST_PASSWORD, { contentType: 'application/json; charset=utf-8' })).status).toBe(200);
  });

  it('a wrong password and an unknown email get the same 401 and the same words', async () => {
    const user = await staff();
    const wrong = await signIn(t, user.email, 'not-the-password');
    const unknown = await signIn(t, `nobody-${Date.now()}@test.example`, 'not-the-password');
    for (const answer of [wrong, unknown]) {
      expect(answer.status).toBe(401);
      expect(answer.body).toEqual({ error: { code: 'UNAUTHENTICATED', message: 'The email or password is not right', reason: 'INVALID_CREDENTIALS' } });
      expect(answer.cookies).toEqual([]);
    }
  });

  it('bad input is a 400 naming the field, never a 500', async () => {
    const cases: [unknown, string][] = [
      [{ email: 'not-an-email', password: 'x' }, 'email'],
      [{ password: 'x' }, 'email'],
      [{ email: '   ', password: 'x' }, 'email'],
      [{ email: 42, password: 'x' }, 'email'],
      [{ email: `${'a'.repeat(250)}@x.example`, password: 'x' }, 'email'],
      [{ email: 'someone@test.example' }, 'password'],
      [{ email: 'someone@test.example', password: '' }, 'password'],
      [{ email: 'someone@test.example', password: ['x'] }, 'password'],
      [{ email: 'some\u0000one@test.example', password: 'x' }, 'email'],
      [{ email: 'someone@test.example', password: 'pass\u0000word' }, 'password'],
      [[], 'email'],
      [{}, 'email'],
    ];
    for (const [body, field] of cases) {
      const answer = await post(t, '/auth/session', { body });
      expect({ body, status: answer.status, code: answer.body.error.code, field: answer.body.error.field }).toEqual({ body, status: 400, code: 'BAD_USER_INPUT', field });
      expect(answer.body.error.message).toMatch(/\S/);
    }
    const malformed = await post(t, '/auth/session', { rawBody: '{"email": ' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('BAD_REQUEST');
    const empty = await post(t, '/auth/session', { rawBody: '' });
    expect(empty.status).toBe(400);
    expect(empty.body.error.field).toBe('email');
  });

  it("a suspended agency's staff are refused with 403 after the right password", async () => {
    const agency = await createAgency(t.dataSource, { suspendedAt: new Date(), suspensionReason: 'Contract ended' });
    const user = await createStaff(t.dataSource, agency.id, StaffRole.ADMIN);
    const answer = await signIn(t, user.email);
    expect(answer.status).toBe(403);
    expect(answer.body.error).toMatchObject({ code: 'FORBIDDEN', reason: 'AGENCY_SUSPENDED' });
    expect(answer.body.error.message).toMatch(/suspended/);
    expect(answer.cookies).toEqual([]);
  });

  it("a session whose agency is suspended afterwards cannot be refreshed (403) and its cookie is cleared", async () => {
    const agency = await createAgency(t.dataSource);
    const user = await createStaff(t.dataSource, agency.id, StaffRole.ADMIN);
    const token = sessionCookie(await signIn(t, user.email))!.value;
    await t.dataSource.query(`UPDATE agencies SET suspended_at = now(), suspension_reason = 'Contract ended' WHERE id = $1`, [agency.id]);
    const answer = await post(t, '/auth/session/refresh', { cookie: token });
    expect(answer.status).toBe(403);
    expect(answer.body.error.reason).toBe('AGENCY_SUSPENDED');
    expect(sessionCookie(answer)?.attributes['max-age']).toBe('0');
  });
});

describe('Browser sign-in throttling', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(testConfig({ LOGIN_FREE_ATTEMPTS: '2', LOGIN_RATE_LIMIT: '2' }));
  });
  afterAll(() => t.close());

  it('after too many failures answers 429 with Retry-After and a plain message, even for the right password', async () => {
    const agency = await createAgency(t.dataSource);
    const user = await createStaff(t.dataSource, agency.id, StaffRole.ANALYST);
    for (let i = 0; i < 2; i++) expect((await signIn(t, user.email, `wrong-${i}`)).status).toBe(401);
    const locked = await signIn(t, user.email);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(locked.body.error).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'ACCOUNT_LOCKED' });
    expect(locked.body.error.message).toMatch(/^Too many failed sign-ins/);
    expect(locked.cookies).toEqual([]);
  });
});

describe('Browser sessions behind https (PUBLIC_URL https://…)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(testConfig({ PUBLIC_URL: 'https://liaison.example.gov' }));
  });
  afterAll(() => t.close());

  it('the session cookie is Secure, when set and when cleared', async () => {
    const agency = await createAgency(t.dataSource);
    const user = await createStaff(t.dataSource, agency.id, StaffRole.ANALYST);
    const origin = 'https://liaison.example.gov';
    const signedIn = await signIn(t, user.email, TEST_PASSWORD, { origin });
    expect(signedIn.status).toBe(200);
    const cookie = sessionCookie(signedIn)!;
    expect(cookie.attributes).toMatchObject({ secure: true, httponly: true, samesite: 'Strict', path: '/auth/session' });

    const refreshed = await post(t, '/auth/session/refresh', { cookie: cookie.value, origin });
    expect(sessionCookie(refreshed)!.attributes.secure).toBe(true);
    const ended = await post(t, '/auth/session/end', { cookie: sessionCookie(refreshed)!.value, origin });
    expect(sessionCookie(ended)!.attributes.secure).toBe(true);
  });
});
