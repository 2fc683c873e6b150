import { StaffRole, generateToken, hashToken } from '@app/common';
import { formatDateTime, translate } from '@app/i18n';
import { StaffStatus } from '@app/staff';
import { MailTestStack, SmtpSink, TestApp, createAgency, createMailTestStack, createSignedInStaff, createStaff, signIn } from '@app/testing';

const INVITE = `mutation($email: String!) { inviteStaff(input: { name: "Rosa Diaz", email: $email, role: LIAISON_OFFICER }) { id status role } }`;

describe('Inviting staff through the worker and a real SMTP server', () => {
  let stack: MailTestStack;
  let t: TestApp;
  let sink: SmtpSink;

  beforeAll(async () => {
    stack = await createMailTestStack();
    ({ t, sink } = stack);
  });
  afterAll(() => stack.close());

  it('emails a link; the invitee sets a password on the page, signs in, and the link is then spent', async () => {
    const agency = await createAgency(t.dataSource, { name: 'Springfield PD', mailSenderName: 'Springfield Community Team' });
    const admin = await createSignedInStaff(t.dataSource, t.graphql, agency.id, StaffRole.ADMIN);
    const email = `rosa-${Date.now()}@test.example`;
    const invited = (await t.graphql.data(INVITE, { email }, admin.token)).inviteStaff;
    expect(invited).toMatchObject({ status: 'INVITED', role: 'LIAISON_OFFICER' });

    const [mail] = await sink.waitFor(email);
    expect(mail.parsed.subject).toContain('Springfield PD');
    expect(mail.parsed.from?.text).toContain('Springfield Community Team');
    expect(mail.parsed.messageId).toMatch(/^<[0-9a-f-]{36}@/);
    expect(mail.parsed.text).toContain('Rosa Diaz');
    const link = /https?:\/\/\S+\/staff\/invitation\/[\w-]+/.exec(mail.parsed.text ?? '')![0];
    const path = new URL(link).pathname;
    expect(mail.parsed.html).toContain(path);

    const form = await fetch(`${t.url}${path}`);
    expect(form.status).toBe(200);
    expect(await form.text()).toMatch(/<label class="usa-label" for="password">/);

    const tooShort = await postForm(`${t.url}${path}`, { password: 'short', confirm: 'short' });
    expect(tooShort).toContain('at least 12 characters');

    const done = await postForm(`${t.url}${path}`, { password: 'a-long-enough-password', confirm: 'a-long-enough-password' });
    expect(done).toContain('Your account is active');
    const token = await signIn(t.graphql, email, 'a-long-enough-password');
    expect((await t.graphql.data(`{ me { email status role } }`, {}, token)).me).toEqual({ email, status: 'ACTIVE', role: 'LIAISON_OFFICER' });

    const reused = await postForm(`${t.url}${path}`, { password: 'another-long-password', confirm: 'another-long-password' });
    expect(reused).toContain('invalid, expired or already used');
    await expect(signIn(t.graphql, email, 'another-long-password')).rejects.toThrow(/Invalid email or password/);

    const audit = await t.graphql.data(
      `query($id: ID!) { auditLog(filter: { entityId: $id }) { edges { node { action actorLabel summary } } } }`,
      { id: invited.id },
      admin.token,
    );
    expect(audit.auditLog.edges.map((e: { node: { action: string } }) => e.node.action)).toEqual(['staff.invitation.accept', 'staff.invite']);
    expect(audit.auditLog.edges[1].node.actorLabel).toBe(admin.user.email);
  });

  it('sent from the page itself, signs the new staff member in to the console; from elsewhere, only activates', async () => {
    const agency = await createAgency(t.dataSource);
    const ownPage = await invitedStaff(t, agency.id);
    const fromPage = await fetch(`${t.url}/staff/invitation/${ownPage.token}`, {
      method: 'POST',
      headers: { origin: t.url },
      body: new URLSearchParams({ password: 'a-long-enough-password', confirm: 'a-long-enough-password' }),
    });
    expect(fromPage.status).toBe(200);
    const page = await fromPage.text();
    expect(page).toContain('You are signed in');
    expect(page).toMatch(/<a class="usa-button" href="\/">Open the staff console<\/a>/);
    const cookie = fromPage.headers.getSetCookie().find((c) => c.startsWith('liaison_session='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/auth\/session/);
    // The cookie is a working browser session: the console turns it into an access token.
    const refreshed = await fetch(`${t.url}/auth/session/refresh`, {
      method: 'POST',
      headers: { origin: t.url, 'content-type': 'application/json', cookie: cookie.split(';')[0] },
    });
    expect(refreshed.status).toBe(200);
    const { accessToken } = (await refreshed.json()) as { accessToken: string };
    expect((await t.graphql.data(`{ me { email } }`, {}, accessToken)).me.email).toBe(ownPage.email);

    const elsewhere = await invitedStaff(t, agency.id);
    const fromOtherSite = await fetch(`${t.url}/staff/invitation/${elsewhere.token}`, {
      method: 'POST',
      headers: { origin: 'https://evil.example' },
      body: new URLSearchParams({ password: 'a-long-enough-password', confirm: 'a-long-enough-password' }),
    });
    expect(fromOtherSite.status).toBe(200);
    expect(await fromOtherSite.text()).toContain(`Sign in with ${elsewhere.email} and your new password`);
    expect(fromOtherSite.headers.getSetCookie()).toEqual([]);
    // Activated all the same, and no session was left open for it.
    const [row] = await t.dataSource.query(
      `SELECT u.status, count(s.id) FILTER (WHERE s.revoked_at IS NULL)::int AS open FROM staff_users u LEFT JOIN refresh_sessions s ON s.user_id = u.id WHERE u.email = $1 GROUP BY u.status`,
      [elsewhere.email],
    );
    expect(row).toEqual({ status: 'ACTIVE', open: 0 });
  });

  it('invited with a preferred language, the new member gets the email and the page in it, and it becomes their console language', async () => {
    const agency = await createAgency(t.dataSource, { name: 'Pueblo PD' });
    const admin = await createSignedInStaff(t.dataSource, t.graphql, agency.id, StaffRole.ADMIN);
    const email = `lucia-${Date.now()}@test.example`;
    const invited = (
      await t.graphql.data(
        `mutation($email: String!) { inviteStaff(input: { name: "Lucía Ortega", email: $email, role: ADMIN, preferredLanguage: "es" }) { id preferredLanguage } }`,
        { email },
        admin.token,
      )
    ).inviteStaff;
    expect(invited.preferredLanguage).toBe('es');

    const [mail] = await sink.waitFor(email);
    expect(mail.parsed.subject).toBe(translate('es', 'mail.staffInvitation.subject', { inviter: admin.user.name, agency: 'Pueblo PD' }));
    expect(mail.parsed.text).toContain(translate('es', 'mail.staffInvitation.invited', { inviter: admin.user.name, agency: 'Pueblo PD', role: 'ADMIN' }));
    expect(mail.parsed.text).toContain('como administrador');
    // The expiry in Spanish, in the agency's zone, named.
    const [row] = await t.dataSource.query(`SELECT invite_expires_at FROM staff_users WHERE id = $1`, [invited.id]);
    const expires = formatDateTime(row.invite_expires_at, agency.timeZone, 'es');
    expect(mail.parsed.text).toContain(translate('es', 'mail.staffInvitation.choosePasswordText', { expires }));
    expect(mail.parsed.html).toMatch(/<html[^>]*lang="es"/);
    expect(mail.parsed.html).toContain(translate('es', 'mail.staffInvitation.setPassword'));

    const path = new URL(/https?:\/\/\S+\/staff\/invitation\/[\w-]+/.exec(mail.parsed.text ?? '')![0]).pathname;
    // An English browser still gets the page in the language the member was invited with.
    const form = await fetch(`${t.url}${path}`, { headers: { 'accept-language': 'en-US' } });
    const page = await form.text();
    expect(page).toMatch(/<html lang="es" dir="ltr">/);
    expect(page).toContain(`<h1>${translate('es', 'page.staffInvitation.title')}</h1>`);
    expect(page).toContain(translate('es', 'page.staffInvitation.passwordLabel'));
    const mismatch = await postForm(`${t.url}${path}`, { password: 'a-long-enough-password', confirm: 'another-long-password' });
    expect(mismatch).toContain(translate('es', 'page.staffInvitation.mismatch'));
    const done = await postForm(`${t.url}${path}`, { password: 'a-long-enough-password', confirm: 'a-long-enough-password' });
    expect(done).toContain(translate('es', 'page.staffInvitation.activeHeading'));
  });

  it('an invitation in English names its expiry in the US style, in the agency zone', async () => {
    const agency = await createAgency(t.dataSource);
    const admin = await createSignedInStaff(t.dataSource, t.graphql, agency.id, StaffRole.ADMIN);
    const email = `us-date-${Date.now()}@test.example`;
    const invited = (await t.graphql.data(INVITE, { email }, admin.token)).inviteStaff;
    const [mail] = await sink.waitFor(email);
    const [row] = await t.dataSource.query(`SELECT invite_expires_at, preferred_language FROM staff_users WHERE id = $1`, [invited.id]);
    expect(row.preferred_language).toBeNull();
    const expires = formatDateTime(row.invite_expires_at, agency.timeZone, 'en');
    expect(expires).toMatch(/^[A-Z][a-z]+day, [A-Z][a-z]+ \d{1,2}, \d{4}(,| at) \d{1,2}:\d{2} [AP]M \S+$/);
    expect(mail.parsed.text).toContain(`Choose a password to activate your account (the link works until ${expires}):`);
    expect(mail.parsed.html).toMatch(/<html[^>]*lang="en"/);
  });

  it('refuses a language Liaison does not ship, naming the field, and invites nobody', async () => {
    const agency = await createAgency(t.dataSource);
    const admin = await createSignedInStaff(t.dataSource, t.graphql, agency.id, StaffRole.ADMIN);
    const email = `klingon-${Date.now()}@test.example`;
    const res = await t.graphql.request(
      `mutation($email: String!) { inviteStaff(input: { name: "Worf", email: $email, role: ANALYST, preferredLanguage: "tlh" }) { id } }`,
      { email },
      { token: admin.token },
    );
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.preferredLanguage' });
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM staff_users WHERE email = $1`, [email]);
    expect(count).toBe(0);
  });

  it('refuses a second invitation to the same address and writes nothing', async () => {
    const agency = await createAgency(t.dataSource);
    const admin = await createSignedInStaff(t.dataSource, t.graphql, agency.id, StaffRole.ADMIN);
    const email = `dup-${Date.now()}@test.example`;
    await t.graphql.data(INVITE, { email }, admin.token);
    const again = await t.graphql.request(INVITE, { email: email.toUpperCase() }, { token: admin.token });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STAFF_EMAIL_TAKEN', field: 'input.email' });
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM outbound_emails WHERE to_address = $1`, [email]);
    expect(count).toBe(1);
  });

  it('a tampered or unknown invitation token changes nothing', async () => {
    const res = await postForm(`${t.url}/staff/invitation/not-a-real-token`, { password: 'a-long-enough-password', confirm: 'a-long-enough-password' });
    expect(res).toContain('invalid, expired or already used');
    const gql = await t.graphql.request(`mutation { acceptStaffInvitation(input: { token: "forged", password: "a-long-enough-password" }) { accessToken } }`);
    expect(gql.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVITATION_INVALID' });
  });
});

/** An invited staff member and the token of their link, written straight to the database. */
async function invitedStaff(t: TestApp, agencyId: string) {
  const token = generateToken();
  const user = await createStaff(t.dataSource, agencyId, StaffRole.ANALYST, {
    status: StaffStatus.INVITED,
    passwordHash: null,
    inviteTokenHash: hashToken(token),
    inviteExpiresAt: new Date(Date.now() + 3_600_000),
  });
  return { email: user.email, token };
}

async function postForm(url: string, fields: Record<string, string>): Promise<string> {
  const res = await fetch(url, { method: 'POST', body: new URLSearchParams(fields) });
  return res.text();
}
