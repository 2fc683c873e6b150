import { INestApplicationContext } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StaffRole } from '@app/common';
import { RunningMailCatcher, startMailCatcher } from '@app/devstack';
import { TEST_PASSWORD, TestApp, createAgency, createSignedInStaff, createStaff, createTestApp, startTestWorker, testConfig } from '@app/testing';

describe('Local dev inbox and the admin queue dashboard', () => {
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

    let listing = '';
    for (let i = 0; i < 200 && !listing.includes(email); i++) {
      listing = await (await fetch(`${local.url}/dev/mail`)).text();
      await new Promise((r) => setTimeout(r, 50));
    }
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

  it('sends anyone without an admin session to sign in, and lets an admin in', async () => {
    const anonymous = await fetch(`${production.url}/admin/queues`, { redirect: 'manual' });
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toBe('/admin/login?next=%2Fadmin%2Fqueues');

    const agency = await createAgency(production.dataSource);
    const admin = await createStaff(production.dataSource, agency.id, StaffRole.ADMIN);
    const signIn = await fetch(`${production.url}/admin/login?next=/admin/queues`, {
      method: 'POST',
      body: new URLSearchParams({ email: admin.email, password: TEST_PASSWORD }),
      redirect: 'manual',
    });
    expect(signIn.status).toBe(303);
    const cookie = signIn.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const board = await fetch(`${production.url}/admin/queues`, { headers: { cookie: cookie.split(';')[0] } });
    expect(board.status).toBe(200);
    expect(await board.text()).toContain('<html');

    const analyst = await createStaff(production.dataSource, agency.id, StaffRole.ANALYST);
    const analystSignIn = await fetch(`${production.url}/admin/login`, {
      method: 'POST',
      body: new URLSearchParams({ email: analyst.email, password: TEST_PASSWORD }),
      redirect: 'manual',
    });
    const analystBoard = await fetch(`${production.url}/admin/queues`, { headers: { cookie: analystSignIn.headers.get('set-cookie')!.split(';')[0] } });
    expect(analystBoard.status).toBe(403);

    const wrong = await fetch(`${production.url}/admin/login`, { method: 'POST', body: new URLSearchParams({ email: admin.email, password: 'nope-nope-nope' }) });
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toContain('Invalid email or password');
  });
});
