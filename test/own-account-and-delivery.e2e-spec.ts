import { StaffRole } from '@app/common';
import { TEST_PASSWORD, TestApp, createAgency, createSignedInStaff, createStaff, createTestApp, testConfig } from '@app/testing';

const LOGIN = `mutation($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { accessToken } }`;
const ME = `{ me { id name } }`;
const RENAME = `mutation($name: String!) { updateMyProfile(input: { name: $name }) { id name } }`;
const CHANGE_PASSWORD = `mutation($current: String!, $next: String!) { changeMyPassword(input: { currentPassword: $current, newPassword: $next }) }`;
const END_OTHERS = `mutation { endMyOtherSessions }`;
const AUDIT = `query($action: String!) { auditLog(filter: { action: $action }) { edges { node { action entityType entityId actorLabel summary } } } }`;
const DELIVERY = `{ agencyDelivery { pending sent failed recentFailures { kind to subject reason attempts } } }`;
const SETTINGS = `mutation($input: UpdateAgencySettingsInput!) { updateAgencySettings(input: $input) { branding { primaryColor } } }`;

describe('Own profile, password and sessions; an agency admin’s delivery health; brand colour contrast', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(testConfig({ LOGIN_RATE_LIMIT: '1000' }));
  });
  afterAll(() => t.close());

  async function login(email: string, password = TEST_PASSWORD): Promise<string> {
    return (await t.graphql.data(LOGIN, { email, password })).login.accessToken;
  }

  it('lets an analyst rename themselves and change their password (current one required, same rules), audited', async () => {
    const agency = await createAgency(t.dataSource);
    const { user, token } = await createSignedInStaff(t.dataSource, t.graphql, agency.id, StaffRole.ANALYST);
    const admin = await createSignedInStaff(t.dataSource, t.graphql, agency.id, StaffRole.ADMIN);

    expect((await t.graphql.data(RENAME, { name: '  Sam Analyst ' }, token)).updateMyProfile).toEqual({ id: user.id, name: 'Sam Analyst' });
    const blank = await t.graphql.request(RENAME, { name: '   ' }, { token });
    expect(blank.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });

    const wrong = await t.graphql.request(CHANGE_PASSWORD, { current: 'not-my-password', next: 'a brand new passphrase' }, { token });
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.currentPassword' });
    const weak = await t.graphql.request(CHANGE_PASSWORD, { current: TEST_PASSWORD, next: 'short' }, { token });
    expect(weak.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.newPassword' });
    expect(weak.errors?.[0].message).toBe('Password must be at least 12 characters');

    expect(await t.graphql.data(CHANGE_PASSWORD, { current: TEST_PASSWORD, next: 'a brand new passphrase' }, token)).toEqual({ changeMyPassword: true });
    // This session goes on; the old password no longer signs in, the new one does.
    expect((await t.graphql.data(ME, {}, token)).me.name).toBe('Sam Analyst');
    expect((await t.graphql.request(LOGIN, { email: user.email, password: TEST_PASSWORD })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    await login(user.email, 'a brand new passphrase');

    for (const action of ['staff.profile.update', 'staff.password.change']) {
      const [entry] = (await t.graphql.data(AUDIT, { action }, admin.token)).auditLog.edges;
      expect(entry.node).toMatchObject({ action, entityType: 'StaffUser', entityId: user.id, actorLabel: user.email });
    }
  });

  it('a password change ends every other session and keeps this one; wrong current passwords are counted as failed sign-ins are', async () => {
    const agency = await createAgency(t.dataSource);
    const user = await createStaff(t.dataSource, agency.id, StaffRole.ADMIN);
    const [here, laptop] = [await login(user.email), await login(user.email)];
    expect(await t.graphql.data(CHANGE_PASSWORD, { current: TEST_PASSWORD, next: 'another long passphrase' }, here)).toEqual({ changeMyPassword: true });
    expect((await t.graphql.data(ME, {}, here)).me.id).toBe(user.id);
    expect((await t.graphql.request(ME, {}, { token: laptop })).errors?.[0].extensions?.reason).toBe('SESSION_ENDED');
    const [entry] = (await t.graphql.data(AUDIT, { action: 'staff.password.change' }, await login(user.email, 'another long passphrase'))).auditLog.edges.filter(
      (e: { node: { entityId: string } }) => e.node.entityId === user.id,
    );
    expect(entry?.node.summary ?? '').toContain('signing out of 1 other session');

    // Guessing the current password from a session meets the sign-in's waits (three free failures, then growing ones).
    const answers: string[] = [];
    for (let i = 0; i < 8 && !answers.includes('TOO_MANY_REQUESTS'); i++) {
      const guess = await t.graphql.request(CHANGE_PASSWORD, { current: `guess number ${i}`, next: 'a third long passphrase' }, { token: here });
      answers.push(guess.errors?.[0].extensions?.code as string);
    }
    expect(answers.slice(0, 3)).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT']);
    expect(answers).toContain('TOO_MANY_REQUESTS');
  });

  it('signs out of other sessions and keeps this one', async () => {
    const agency = await createAgency(t.dataSource);
    const user = await createStaff(t.dataSource, agency.id, StaffRole.LIAISON_OFFICER);
    const [here, laptop, phone] = [await login(user.email), await login(user.email), await login(user.email)];
    expect(await t.graphql.data(END_OTHERS, {}, here)).toEqual({ endMyOtherSessions: 2 });
    expect((await t.graphql.data(ME, {}, here)).me.id).toBe(user.id);
    for (const token of [laptop, phone]) {
      expect((await t.graphql.request(ME, {}, { token })).errors?.[0].extensions?.reason).toBe('SESSION_ENDED');
    }
  });

  it("shows an admin their own agency's mail counts and failures, and no one else's; others may not ask", async () => {
    const agency = await createAgency(t.dataSource);
    const other = await createAgency(t.dataSource);
    const admin = await createSignedInStaff(t.dataSource, t.graphql, agency.id, StaffRole.ADMIN);
    const officer = await createSignedInStaff(t.dataSource, t.graphql, agency.id, StaffRole.LIAISON_OFFICER);
    const insert = (agencyId: string, status: string, to: string, error: string | null = null) =>
      t.dataSource.query(
        `INSERT INTO outbound_emails (agency_id, kind, to_address, from_address, subject, html_body, text_body, message_id, status, last_error, attempts)
         VALUES ($1, 'forum-invitation', $3, 'liaison@example.test', 'Town hall', 'x', 'x', '<' || $3 || '>', $2, $4, 5)`,
        [agencyId, status, to, error],
      );
    await insert(agency.id, 'PENDING', 'a@partner.example');
    await insert(agency.id, 'SENT', 'b@partner.example');
    await insert(agency.id, 'SENT', 'c@partner.example');
    await insert(agency.id, 'FAILED', 'd@partner.example', '550 no such mailbox');
    await insert(other.id, 'FAILED', 'e@partner.example', '550 elsewhere');

    expect((await t.graphql.data(DELIVERY, {}, admin.token)).agencyDelivery).toEqual({
      pending: 1,
      sent: 2,
      failed: 1,
      recentFailures: [{ kind: 'forum-invitation', to: 'd@partner.example', subject: 'Town hall', reason: '550 no such mailbox', attempts: 5 }],
    });
    expect((await t.graphql.request(DELIVERY, {}, { token: officer.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a brand colour that fails AA contrast, naming the field, and keeps a dark one', async () => {
    const agency = await createAgency(t.dataSource);
    const admin = await createSignedInStaff(t.dataSource, t.graphql, agency.id, StaffRole.ADMIN);
    const pale = await t.graphql.request(SETTINGS, { input: { branding: { primaryColor: '#ffcc00' } } }, { token: admin.token });
    expect(pale.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.branding.primaryColor' });
    expect(pale.errors?.[0].message).toMatch(/contrast of only 1\.\d:1/);
    expect((await t.graphql.data(SETTINGS, { input: { branding: { primaryColor: '#1d4e89' } } }, admin.token)).updateAgencySettings).toEqual({
      branding: { primaryColor: '#1d4e89' },
    });
    const page = await fetch(`${t.url}/calendar/${agency.slug}`, { headers: { accept: 'text/html' } });
    expect(await page.text()).toContain(':root{--brand:#1d4e89}');
  });
});
