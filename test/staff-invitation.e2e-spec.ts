import { StaffRole } from '@app/common';
import { MailTestStack, SmtpSink, TestApp, createAgency, createMailTestStack, createSignedInStaff, signIn } from '@app/testing';

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
    expect(await form.text()).toContain('<label for="password">');

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

async function postForm(url: string, fields: Record<string, string>): Promise<string> {
  const res = await fetch(url, { method: 'POST', body: new URLSearchParams(fields) });
  return res.text();
}
