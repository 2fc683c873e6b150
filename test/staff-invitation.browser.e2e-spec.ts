import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Browser, ConsoleMessage, Page } from 'playwright-core';
import { StaffRole, generateToken, hashToken } from '@app/common';
import { StaffStatus } from '@app/staff';
import { translate } from '@app/i18n';
import { TestApp, createAgency, createStaff, createTestApp, launchBrowser, signIn, testConfig } from '@app/testing';
import { expectPublicPageAccessible } from './support/public-pages';

describe('The set-your-password page in a real browser', () => {
  let t: TestApp;
  let browser: Browser;

  let consoleDir: string;

  beforeAll(async () => {
    // A stand-in for the built console, for the link the welcome page gives.
    consoleDir = mkdtempSync(join(tmpdir(), 'liaison-console-'));
    writeFileSync(join(consoleDir, 'index.html'), '<!doctype html><html lang="en"><head><title>Console stand-in</title></head><body><main><h1>Console</h1></main></body></html>');
    t = await createTestApp(testConfig({ CONSOLE_DIR: consoleDir }));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
    await t.close();
    rmSync(consoleDir, { recursive: true, force: true });
  });

  async function invitedUser(preferredLanguage: string | null = null) {
    const agency = await createAgency(t.dataSource);
    const token = generateToken();
    const user = await createStaff(t.dataSource, agency.id, StaffRole.ANALYST, {
      preferredLanguage,
      status: StaffStatus.INVITED,
      passwordHash: null,
      inviteTokenHash: hashToken(token),
      inviteExpiresAt: new Date(Date.now() + 3_600_000),
    });
    return { user, token };
  }

  it('is usable with the keyboard alone and activates the account', async () => {
    const { user, token } = await invitedUser();
    const page = await browser.newPage();
    await page.goto(`${t.url}/staff/invitation/${token}`);
    expect(await page.title()).toContain('Set your password');
    // Labels are tied to their fields, so screen readers announce them.
    await page.getByLabel('New password (at least 12 characters)').focus();
    await page.keyboard.type('browser-chosen-password');
    await page.keyboard.press('Tab');
    await page.keyboard.type('browser-chosen-password');
    await page.keyboard.press('Enter');
    await page.waitForSelector('h1:has-text("Your account is active")');
    await page.close();
    expect(await signIn(t.graphql, user.email, 'browser-chosen-password')).toBeTruthy();
  });

  /** Messages the browser logs about Content-Security-Policy, and every stylesheet, font and image that failed. */
  function watch(page: Page) {
    const violations: string[] = [];
    const failed: string[] = [];
    page.on('console', (message: ConsoleMessage) => {
      if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
    });
    page.on('requestfailed', (request) => failed.push(request.url()));
    page.on('response', (response) => {
      if (response.status() >= 400 && response.url().includes('/uswds/')) failed.push(response.url());
    });
    return { violations, failed };
  }

  it("looks like the console: USWDS's stylesheet and fonts load under the page's policy, with no violation", async () => {
    const { token } = await invitedUser();
    const context = await browser.newContext();
    const page = await context.newPage();
    const seen = watch(page);
    const stylesheet = page.waitForResponse((response) => response.url().includes('/uswds/css/uswds.min.css'));
    await page.goto(`${t.url}/staff/invitation/${token}`);
    expect((await stylesheet).status()).toBe(200);
    await page.waitForLoadState('networkidle');
    // USWDS styles applied: its form controls take the full width of usa-form's 30rem column, in Source Sans Pro.
    // (Strings, not functions: the project's TypeScript has no DOM types.)
    const font = await page.evaluate(`getComputedStyle(document.getElementById('password')).fontFamily`);
    expect(font).toMatch(/Source Sans Pro/i);
    expect(await page.evaluate(`document.fonts.check('1rem "Source Sans Pro Web"')`)).toBe(true);
    expect(seen.violations).toEqual([]);
    expect(seen.failed).toEqual([]);
    await expectPublicPageAccessible(page);
    await context.close();
  });

  it('signs the new staff member in (the session cookie is set) and offers the way into the console', async () => {
    const { user, token } = await invitedUser();
    const context = await browser.newContext();
    const page = await context.newPage();
    const seen = watch(page);
    await page.goto(`${t.url}/staff/invitation/${token}`);
    await page.getByLabel('New password (at least 12 characters)').fill('a-new-staff-password');
    await page.getByLabel('Repeat the password').fill('a-new-staff-password');
    await page.getByRole('button', { name: 'Activate my account' }).click();
    await page.getByRole('heading', { name: 'Your account is active' }).waitFor();
    expect(await page.getByRole('status').textContent()).toContain(`You are signed in as ${user.email}`);
    expect(await page.getByRole('link', { name: 'Open the staff console' }).getAttribute('href')).toBe('/');
    await expectPublicPageAccessible(page);

    const cookies = await context.cookies();
    const session = cookies.find((c) => c.name === 'liaison_session');
    expect(session).toMatchObject({ path: '/auth/session', httpOnly: true, sameSite: 'Strict' });
    expect(session!.value.length).toBeGreaterThan(20);
    // Only the refresh token's cookie: the access token is never put in a cookie.
    expect(cookies.map((c) => c.name)).toEqual(['liaison_session']);

    // The browser that set the password holds a working session: the console's first call there succeeds.
    await page.getByRole('link', { name: 'Open the staff console' }).click();
    await page.waitForURL(`${t.url}/`);
    expect(await page.title()).toBe('Console stand-in');
    const refreshed = await page.evaluate(async () => {
      const res = await fetch('/auth/session/refresh', { method: 'POST', headers: { 'content-type': 'application/json' } });
      return { status: res.status, body: await res.json() };
    });
    expect(refreshed).toMatchObject({ status: 200, body: { account: { kind: 'STAFF' } } });
    expect(seen.violations).toEqual([]);
    await context.close();
  });

  it('shows a mismatch beside the form and keeps the account inactive', async () => {
    const { user, token } = await invitedUser();
    const page = await browser.newPage();
    await page.goto(`${t.url}/staff/invitation/${token}`);
    await page.getByLabel('New password (at least 12 characters)').fill('first-password-123');
    await page.getByLabel('Repeat the password').fill('second-password-123');
    await page.getByRole('button', { name: 'Activate my account' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('do not match');
    expect(await page.getByLabel('New password (at least 12 characters)').getAttribute('aria-invalid')).toBe('true');
    await page.close();
    const context = await browser.newContext();
    const again = await context.newPage();
    await again.goto(`${t.url}/staff/invitation/${token}`);
    await again.getByLabel('New password (at least 12 characters)').fill('first-password-123');
    await again.getByLabel('Repeat the password').fill('second-password-123');
    await again.getByRole('button', { name: 'Activate my account' }).click();
    await again.getByRole('alert').waitFor();
    await expectPublicPageAccessible(again);
    await context.close();
    const [row] = await t.dataSource.query(`SELECT status FROM staff_users WHERE id = $1`, [user.id]);
    expect(row.status).toBe('INVITED');
  });

  it('opens in the language the member was invited with, whatever the browser says, and is accessible (Spanish; Arabic right to left)', async () => {
    const { user, token } = await invitedUser('es');
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${t.url}/staff/invitation/${token}`);
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    expect(await page.title()).toContain(translate('es', 'page.staffInvitation.title'));
    await expectPublicPageAccessible(page);
    await page.getByLabel(translate('es', 'page.staffInvitation.passwordLabel')).fill('contraseña-nueva-larga');
    await page.getByLabel(translate('es', 'page.staffInvitation.confirmLabel')).fill('contraseña-nueva-larga');
    await page.getByRole('button', { name: translate('es', 'page.staffInvitation.submit') }).click();
    await page.getByRole('heading', { name: translate('es', 'page.staffInvitation.activeHeading') }).waitFor();
    expect(await page.getByRole('status').textContent()).toContain(translate('es', 'page.staffInvitation.welcomeSignedIn', { name: user.name, email: user.email }));
    await expectPublicPageAccessible(page);
    await context.close();

    const arabic = await invitedUser('ar');
    const rtlContext = await browser.newContext({ locale: 'en-US' });
    const rtl = await rtlContext.newPage();
    await rtl.goto(`${t.url}/staff/invitation/${arabic.token}`);
    expect(await rtl.getAttribute('html', 'lang')).toBe('ar');
    expect(await rtl.getAttribute('html', 'dir')).toBe('rtl');
    await expectPublicPageAccessible(rtl);
    await rtlContext.close();
  });
});
