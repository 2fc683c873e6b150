import { JwtService } from '@nestjs/jwt';
import { Clock, SettableClock, StaffRole } from '@app/common';
import { TEST_PASSWORD, TestApp, createAgency, createStaff, createTestApp, signIn, testConfig } from '@app/testing';

const LOGIN = `mutation($email: String!, $password: String!) {
  login(input: { email: $email, password: $password }) { accessToken refreshToken user { email role } }
}`;
const REFRESH = `mutation($token: String!) { refreshSession(refreshToken: $token) { accessToken refreshToken } }`;
const ME = `{ me { id email role } }`;

describe('Signing in, sessions and tokens', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(testConfig({ LOGIN_RATE_LIMIT: '4' }));
  });
  afterAll(() => t.close());

  it('signs in with the right password and answers me', async () => {
    const agency = await createAgency(t.dataSource);
    const user = await createStaff(t.dataSource, agency.id, StaffRole.LIAISON_OFFICER);
    const data = await t.graphql.data(LOGIN, { email: user.email.toUpperCase(), password: TEST_PASSWORD });
    expect(data.login.user).toEqual({ email: user.email, role: 'LIAISON_OFFICER' });
    const me = await t.graphql.data(ME, {}, data.login.accessToken);
    expect(me.me).toEqual({ id: user.id, email: user.email, role: 'LIAISON_OFFICER' });
  });

  it('gives the same answer for a wrong password and an unknown email', async () => {
    const agency = await createAgency(t.dataSource);
    const user = await createStaff(t.dataSource, agency.id, StaffRole.ANALYST);
    const wrongPassword = await t.graphql.request(LOGIN, { email: user.email, password: 'not-the-password' });
    const unknownEmail = await t.graphql.request(LOGIN, { email: 'nobody@nowhere.example', password: 'not-the-password' });
    for (const res of [wrongPassword, unknownEmail]) {
      expect(res.data).toBeNull();
      expect(res.errors?.[0].message).toBe('Invalid email or password');
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('refuses a deactivated or invited account with the same words', async () => {
    const agency = await createAgency(t.dataSource);
    const user = await createStaff(t.dataSource, agency.id, StaffRole.ANALYST, { status: 'DEACTIVATED' as never });
    const res = await t.graphql.request(LOGIN, { email: user.email, password: TEST_PASSWORD });
    expect(res.errors?.[0].message).toBe('Invalid email or password');
  });

  it('rate-limits repeated attempts on one account and says when to retry', async () => {
    const agency = await createAgency(t.dataSource);
    const user = await createStaff(t.dataSource, agency.id, StaffRole.ANALYST);
    for (let i = 0; i < 4; i++) await t.graphql.request(LOGIN, { email: user.email, password: 'wrong-password-x' });
    const blocked = await t.graphql.request(LOGIN, { email: user.email, password: TEST_PASSWORD });
    expect(blocked.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(blocked.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('rotates the refresh token; reusing an old one ends the session', async () => {
    const agency = await createAgency(t.dataSource);
    const user = await createStaff(t.dataSource, agency.id, StaffRole.ADMIN);
    const first = (await t.graphql.data(LOGIN, { email: user.email, password: TEST_PASSWORD })).login;
    const second = (await t.graphql.data(REFRESH, { token: first.refreshToken })).refreshSession;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect((await t.graphql.data(ME, {}, second.accessToken)).me.id).toBe(user.id);

    const replay = await t.graphql.request(REFRESH, { token: first.refreshToken });
    expect(replay.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // The replay revoked the session, so the stolen-or-not newer pair is dead too.
    const after = await t.graphql.request(ME, {}, { token: second.accessToken });
    expect(after.errors?.[0].extensions?.reason).toBe('SESSION_ENDED');
    expect((await t.graphql.request(REFRESH, { token: second.refreshToken })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('a token rotated away long ago ends the session too: a thief who refreshed twice loses the session when its owner comes back', async () => {
    const agency = await createAgency(t.dataSource);
    const user = await createStaff(t.dataSource, agency.id, StaffRole.ANALYST);
    const owners = (await t.graphql.data(LOGIN, { email: user.email, password: TEST_PASSWORD })).login;
    const thief1 = (await t.graphql.data(REFRESH, { token: owners.refreshToken })).refreshSession;
    const thief2 = (await t.graphql.data(REFRESH, { token: thief1.refreshToken })).refreshSession;
    const thief3 = (await t.graphql.data(REFRESH, { token: thief2.refreshToken })).refreshSession;

    expect((await t.graphql.request(REFRESH, { token: owners.refreshToken })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.graphql.request(ME, {}, { token: thief3.accessToken })).errors?.[0].extensions?.reason).toBe('SESSION_ENDED');
    expect((await t.graphql.request(REFRESH, { token: thief3.refreshToken })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // A made-up token naming no session of ours changes nothing.
    const other = (await t.graphql.data(LOGIN, { email: user.email, password: TEST_PASSWORD })).login;
    expect((await t.graphql.request(REFRESH, { token: `00000000-0000-4000-8000-000000000000.${'x'.repeat(43)}` })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.graphql.data(ME, {}, other.accessToken)).me.id).toBe(user.id);
  });

  it('ends a session once its refresh lifetime has passed by the clock, though its access token is still valid', async () => {
    const agency = await createAgency(t.dataSource);
    const user = await createStaff(t.dataSource, agency.id, StaffRole.ANALYST);
    const { accessToken, refreshToken } = (await t.graphql.data(LOGIN, { email: user.email, password: TEST_PASSWORD })).login;
    // The access token's `exp` is the JWT library's (system clock); the session's expiry is the Clock's.
    const clock = t.app.get(Clock) as SettableClock;
    clock.set(new Date(Date.now() + (t.config.REFRESH_TOKEN_TTL_SECONDS + 60) * 1000));
    try {
      expect((await t.graphql.request(ME, {}, { token: accessToken })).errors?.[0].extensions?.reason).toBe('SESSION_ENDED');
      expect((await t.graphql.request(REFRESH, { token: refreshToken })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    } finally {
      clock.reset();
    }
    expect((await t.graphql.data(ME, {}, accessToken)).me.id).toBe(user.id);
  });

  it('logout revokes the access token at once', async () => {
    const agency = await createAgency(t.dataSource);
    const user = await createStaff(t.dataSource, agency.id, StaffRole.ANALYST);
    const token = await signIn(t.graphql, user.email);
    expect(await t.graphql.data(`mutation { logout }`, {}, token)).toEqual({ logout: true });
    const res = await t.graphql.request(ME, {}, { token });
    expect(res.errors?.[0].extensions?.reason).toBe('SESSION_ENDED');
  });

  it('refuses a forged, tampered or expired access token', async () => {
    const agency = await createAgency(t.dataSource);
    const user = await createStaff(t.dataSource, agency.id, StaffRole.ADMIN);
    const token = await signIn(t.graphql, user.email);
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const tampered = `${header}.${Buffer.from(JSON.stringify({ ...claims, exp: claims.exp + 86_400 })).toString('base64url')}.${signature}`;
    const body = { sub: claims.sub, sid: claims.sid, aud: 'liaison-api' };
    const expired = new JwtService({ secret: t.config.JWT_SECRET }).sign({ ...body, exp: Math.floor(Date.now() / 1000) - 10 });
    const forged = new JwtService({ secret: 'another-secret-another-secret-123' }).sign(body);
    for (const bad of [tampered, expired, forged, 'not-a-jwt']) {
      const res = await t.graphql.request(ME, {}, { token: bad });
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(res.data).toBeNull();
    }
  });
});
