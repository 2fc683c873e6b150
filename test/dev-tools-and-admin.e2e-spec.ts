import { translate, translateErrorText } from '@app/i18n';
import { INestApplicationContext } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StaffRole } from '@app/common';
import { RunningMailCatcher, startMailCatcher } from '@app/devstack';
import { TEST_PASSWORD, TestApp, createAgency, createOperator, createSignedInStaff, createStaff, createTestApp, eventually, startTestWorker, testConfig } from '@app/testing';

describe('Local dev inbox and the queue dashboard', () => {
  let local: TestApp;
  let production: TestApp;
  let worker: INestApplicationContext;
  let catcher: RunningMailCatcher;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'liaison-mail-'));
    catcher = await startMailCatcher(dir);
    const config = testConfig({ SMTP_URL: catcher.url, DEV_MAIL_DIR: dir });
    local = await createTestApp(config);
    worker = await startTestWorker(config);
    production = await createTestApp(testConfig());
  });
  afterAll(async () => {
    await worker.close();
    await local.close();
    await production.close();
    await catcher.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows what was "sent" in local mode, with the links clickable', async () => {
    const agency = await createAgency(local.dataSource, { name: 'Inbox PD' });
    const admin = await createSignedInStaff(local.dataSource, local.graphql, agency.id, StaffRole.ADMIN);
    const email = `inbox-${Date.now()}@test.example`;
    await local.graphql.data(`mutation($e: String!) { inviteStaff(input: { name: "Ines", email: $e, role: ANALYST }) { id } }`, { e: email }, admin.token);

    const listing = await eventually(async () => {
      const page = await (await fetch(`${local.url}/dev/mail`)).text();
      if (!page.includes(email)) throw new Error(`${email} is not listed yet`);
      return page;
    }, 'the mail in the local inbox');
    expect(listing).toContain(email);
    const file = /href="\/dev\/mail\/([\w.-]+\.eml)">[^<]*Inbox PD/.exec(listing)![1];
    const message = await (await fetch(`${local.url}/dev/mail/${file}`)).text();
    expect(message).toContain('Plain-text version');
    const body = await (await fetch(`${local.url}/dev/mail/${file}/html`)).text();
    expect(body).toMatch(/<a href="http[^"]+\/staff\/invitation\/[\w-]+"/);
  });

  it('has no dev inbox outside local mode', async () => {
    expect((await fetch(`${production.url}/dev/mail`)).status).toBe(404);
  });

  /** Signs in through the plain form as a browser on our own page would (same-origin Origin header). */
  async function formSignIn(email: string, { password = TEST_PASSWORD, next = '/admin/queues', lang }: { password?: string; next?: string; lang?: string } = {}): Promise<Response> {
    return fetch(`${production.url}/admin/login?next=${encodeURIComponent(next)}${lang ? `&lang=${lang}` : ''}`, {
      method: 'POST',
      headers: { origin: production.url },
      body: new URLSearchParams({ email, password }),
      redirect: 'manual',
    });
  }

  it('sends anyone without a session to sign in, and lets the platform operator in', async () => {
    const anonymous = await fetch(`${production.url}/admin/queues`, { redirect: 'manual' });
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toBe('/admin/login?next=%2Fadmin%2Fqueues');

    const operator = await createOperator(production.dataSource);
    const signIn = await formSignIn(operator.email);
    expect(signIn.status).toBe(303);
    const cookie = signIn.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const board = await fetch(`${production.url}/admin/queues`, { headers: { cookie: cookie.split(';')[0] } });
    expect(board.status).toBe(200);
    expect(await board.text()).toContain('<html');

    const wrong = await formSignIn(operator.email, { password: 'nope-nope-nope' });
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toContain('Invalid email or password');

    // In the reader's language: the form and why it refused.
    const spanishForm = await (await fetch(`${production.url}/admin/login`, { headers: { 'accept-language': 'es-US,es;q=0.9' } })).text();
    expect(spanishForm).toContain('<html lang="es"');
    expect(spanishForm).toContain(translate('es', 'page.adminSignIn.title'));
    const wrongInSpanish = await formSignIn(operator.email, { password: 'nope-nope-nope', lang: 'es' });
    expect(wrongInSpanish.status).toBe(401);
    const refused = await wrongInSpanish.text();
    expect(refused).toContain(translateErrorText({ template: 'Invalid email or password', values: {} }, 'es'));
    expect(refused).not.toContain('Invalid email or password');

    // The form given back keeps what was typed as the email, escaped: never markup of the sender's.
    const crafted = await formSignIn('"><script>alert(1)</script>', { password: 'nope-nope-nope' });
    expect(crafted.status).toBe(401);
    const craftedPage = await crafted.text();
    expect(craftedPage).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(craftedPage).not.toContain('<script>alert(1)');
  });

  it("keeps every agency's staff, admins included, out of the queues all agencies share", async () => {
    const agency = await createAgency(production.dataSource);
    for (const role of [StaffRole.ADMIN, StaffRole.ANALYST]) {
      const staff = await createStaff(production.dataSource, agency.id, role);
      const cookie = (await formSignIn(staff.email)).headers.get('set-cookie')!.split(';')[0];
      const board = await fetch(`${production.url}/admin/queues`, { headers: { cookie } });
      expect({ role, status: board.status }).toEqual({ role, status: 403 });
      const api = await fetch(`${production.url}/admin/queues/api/queues`, { headers: { cookie } });
      expect({ role, status: api.status }).toEqual({ role, status: 403 });
      const pause = await fetch(`${production.url}/admin/queues/api/queues/mail/pause`, { method: 'PUT', headers: { cookie, origin: production.url } });
      expect({ role, status: pause.status }).toEqual({ role, status: 403 });
    }
  });

  it('refuses a sign-in posted from another site (login CSRF), and queue actions from another site', async () => {
    const operator = await createOperator(production.dataSource);
    for (const headers of [{ origin: 'https://attacker.example' }, { referer: 'https://attacker.example/page' }, {} as Record<string, string>, { origin: 'null' }]) {
      const forged = await fetch(`${production.url}/admin/login`, {
        method: 'POST',
        headers,
        body: new URLSearchParams({ email: operator.email, password: TEST_PASSWORD }),
        redirect: 'manual',
      });
      expect({ headers, status: forged.status, cookie: forged.headers.get('set-cookie') }).toEqual({ headers, status: 403, cookie: null });
    }
    // From our own page (Referer only, as an older browser might send) it works.
    const ours = await fetch(`${production.url}/admin/login`, {
      method: 'POST',
      headers: { referer: `${production.url}/admin/login` },
      body: new URLSearchParams({ email: operator.email, password: TEST_PASSWORD }),
      redirect: 'manual',
    });
    expect(ours.status).toBe(303);

    const cookie = ours.headers.get('set-cookie')!.split(';')[0];
    const crossSite = await fetch(`${production.url}/admin/queues/api/queues/mail/pause`, { method: 'PUT', headers: { cookie, origin: 'https://attacker.example' } });
    expect(crossSite.status).toBe(403);
    const queues = await fetch(`${production.url}/admin/queues/api/queues`, { headers: { cookie } });
    expect(queues.status).toBe(200);
    const mail = ((await queues.json()) as { queues: { name: string; isPaused: boolean }[] }).queues.find((q) => q.name === 'mail');
    expect(mail?.isPaused).toBe(false);
  });
});
