import { Browser } from 'playwright-core';
import { StaffRole, generateToken, hashToken } from '@app/common';
import { StaffStatus } from '@app/staff';
import { TestApp, createAgency, createStaff, createTestApp, launchBrowser, signIn, testConfig } from '@app/testing';

describe('The set-your-password page in a real browser', () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    t = await createTestApp(testConfig());
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
    await t.close();
  });

  async function invitedUser() {
    const agency = await createAgency(t.dataSource);
    const token = generateToken();
    const user = await createStaff(t.dataSource, agency.id, StaffRole.ANALYST, {
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
    const [row] = await t.dataSource.query(`SELECT status FROM staff_users WHERE id = $1`, [user.id]);
    expect(row.status).toBe('INVITED');
  });
});
