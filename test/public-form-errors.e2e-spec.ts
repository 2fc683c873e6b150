import { StaffRole } from '@app/common';
import { MailTestStack, TestApp, createAgency, createMailTestStack, createPublishedSurvey, createSignedInStaff } from '@app/testing';
import { actionItemForContact } from './support/action-items';
import { answeredForum } from './support/answered-forum';

/** Posts a public HTML form as a browser does; the page's status and text. */
async function post(t: TestApp, path: string, fields: Record<string, string>): Promise<{ status: number; body: string }> {
  const res = await fetch(`${t.url}${path}`, { method: 'POST', body: new URLSearchParams(fields) });
  return { status: res.status, body: await res.text() };
}

/**
 * The public HTML forms (staff invitation, RSVP, delegates, unsubscribe, action-item status,
 * survey): a page that says something went wrong comes with a 4xx status, never 2xx, so
 * browsers, mail scanners and monitoring all see the refusal.
 */
describe('Error pages of the public forms', () => {
  let stack: MailTestStack;
  let t: TestApp;

  beforeAll(async () => {
    stack = await createMailTestStack();
    t = stack.t;
  });
  afterAll(() => stack.close());

  /** A new agency's admin invites a staff member; the admin and the path of the emailed invitation link. */
  async function staffInvitation(prefix: string): Promise<{ admin: { token: string }; path: string }> {
    const agency = await createAgency(t.dataSource);
    const admin = await createSignedInStaff(t.dataSource, t.graphql, agency.id, StaffRole.ADMIN);
    const email = `${prefix}-${Date.now()}@test.example`;
    await t.graphql.data(`mutation($email: String!) { inviteStaff(input: { name: "Rosa Diaz", email: $email, role: ANALYST }) { id } }`, { email }, admin.token);
    const [mail] = await stack.sink.waitFor(email);
    return { admin, path: new URL(/https?:\/\/\S+\/staff\/invitation\/[\w-]+/.exec(mail.parsed.text ?? '')![0]).pathname };
  }

  it('staff invitation: mismatched or weak passwords and a spent or unknown link answer 4xx; activating answers 200', async () => {
    const { path } = await staffInvitation('form');

    const mismatch = await post(t, path, { password: 'a-long-enough-password', confirm: 'another-long-password' });
    expect(mismatch).toMatchObject({ status: 400, body: expect.stringContaining('The two passwords do not match.') });
    const weak = await post(t, path, { password: 'short', confirm: 'short' });
    expect(weak).toMatchObject({ status: 400, body: expect.stringContaining('at least 12 characters') });

    const done = await post(t, path, { password: 'a-long-enough-password', confirm: 'a-long-enough-password' });
    expect(done).toMatchObject({ status: 200, body: expect.stringContaining('Your account is active') });

    const reused = await post(t, path, { password: 'another-long-password', confirm: 'another-long-password' });
    expect(reused).toMatchObject({ status: 400, body: expect.stringContaining('invalid, expired or already used') });
    const unknown = await post(t, '/staff/invitation/not-a-real-token', { password: 'a-long-enough-password', confirm: 'a-long-enough-password' });
    expect(unknown.status).toBe(400);
  });

  it('RSVP, delegates and unsubscribe: a refused answer or an unknown link answers 4xx', async () => {
    const { tokens } = await answeredForum(stack, [null]);
    expect((await post(t, `/rsvp/${tokens[0]}`, { answer: 'perhaps' })).status).toBe(400);
    expect((await post(t, `/rsvp/${tokens[0]}`, { answer: 'attending', partySize: '99' })).status).toBe(400);
    const unknown = 'f'.repeat(40);
    expect((await post(t, `/rsvp/${unknown}`, { answer: 'attending' })).status).toBe(404);
    expect((await post(t, `/rsvp/${unknown}/delegates`, {})).status).toBe(404);
    expect((await post(t, `/rsvp/${unknown}/unsubscribe`, {})).status).toBe(404);
  });

  it('action-item status: an unknown status or a forged link answers 4xx', async () => {
    const { path } = await actionItemForContact(t);
    expect((await post(t, path, { status: 'SOMEDAY' })).status).toBe(400);
    expect((await post(t, `${path}x`, { status: 'DONE' })).status).toBe(404);
  });

  it('survey: an unknown survey or a stale form answers 4xx', async () => {
    const agency = await createAgency(t.dataSource);
    const officer = await createSignedInStaff(t.dataSource, t.graphql, agency.id, StaffRole.LIAISON_OFFICER);
    const survey = await createPublishedSurvey(t.graphql, officer.token);
    expect((await post(t, `/s/no-such-survey`, {})).status).toBe(404);
    expect((await post(t, `/s/${survey.slug}`, { started: 'forged' })).status).toBe(400);
  });

  it('crafted posts (another content type, no body, a field sent twice) answer 4xx pages, never an internal error', async () => {
    const { admin, path: invitation } = await staffInvitation('crafted');
    const { tokens } = await answeredForum(stack, [null]);
    const { path: actionItem } = await actionItemForContact(t);
    const survey = await createPublishedSurvey(t.graphql, admin.token);
    const send = async (path: string, contentType: string | null, body: string) => {
      const res = await fetch(`${t.url}${path}`, { method: 'POST', headers: { origin: t.url, ...(contentType ? { 'content-type': contentType } : {}) }, body, redirect: 'manual' });
      return { status: res.status, type: res.headers.get('content-type') ?? '', body: await res.text() };
    };
    const twice = 'email=a%40b.example&email=c%40d.example&password=x&password=y&confirm=x&confirm=y&status=DONE&status=BLOCKED&note=a&note=b&answer=attending&answer=declined&lang=es&lang=en&started=1&started=2';
    for (const path of [invitation, `/rsvp/${tokens[0]}`, actionItem, `/s/${survey.slug}`, '/admin/login']) {
      for (const [contentType, body] of [
        ['text/plain', 'status=DONE'],
        ['multipart/form-data; boundary=xyz', '--xyz\r\nContent-Disposition: form-data; name="status"\r\n\r\nDONE\r\n--xyz--\r\n'],
        [null, ''],
        ['application/x-www-form-urlencoded', twice],
        ['application/json', '{"email": ["a@b.example"], "password": {"x": 1}, "status": ["DONE"]}'],
      ] as const) {
        const answer = await send(path, contentType, body);
        expect({ path, contentType, status: answer.status, internal: answer.body.includes('Internal server error') }).toEqual({ path, contentType, status: expect.any(Number), internal: false });
        expect(answer.status).toBeGreaterThanOrEqual(400);
        expect(answer.status).toBeLessThan(500);
      }
    }
    // None of them used the staff invitation: it still opens the account.
    expect((await post(t, invitation, { password: 'a-long-enough-password', confirm: 'a-long-enough-password' })).status).toBe(200);
  });

  it('fields a browser never sends (a JSON number or null, a text field repeated, a repeated query parameter) answer 4xx pages, never an internal error', async () => {
    const { admin } = await staffInvitation('odd-fields');
    const { tokens } = await answeredForum(stack, [null, null]);
    const survey = await createPublishedSurvey(t.graphql, admin.token);
    const questionId = /name="q\.([0-9a-f-]{36})"/.exec(await (await fetch(`${t.url}/s/${survey.slug}`)).text())![1];
    const send = async (path: string, contentType: string, body: string) => {
      const res = await fetch(`${t.url}${path}`, { method: 'POST', headers: { origin: t.url, 'content-type': contentType }, body, redirect: 'manual' });
      return { path, body, status: res.status, internal: (await res.text()).includes('Internal server error') };
    };
    const answers = [
      await send(`/s/${survey.slug}`, 'application/json', '{"website": 1}'),
      await send(`/s/${survey.slug}`, 'application/json', '{"website": null, "started": "x"}'),
      await send(`/s/${survey.slug}`, 'application/json', `{"q.${questionId}": 5, "q.${questionId}.other": ["x"], "shown": [1, null]}`),
      await send(`/rsvp/${tokens[0]}`, 'application/x-www-form-urlencoded', 'answer=attending&note=a&note=b&partySize=1&partySize=2'),
      await send(`/rsvp/${tokens[1]}`, 'application/json', '{"answer": "attending", "dietary": 5, "partySize": [2]}'),
      await send('/admin/login?next=/admin/queues&next=x', 'application/x-www-form-urlencoded', 'email=a%40b.example&password=wrong'),
    ];
    for (const answer of answers) expect(answer).toEqual({ ...answer, status: expect.any(Number), internal: false });
    expect(answers.filter((a) => a.status < 400 || a.status >= 500)).toEqual([]);
  });
});
