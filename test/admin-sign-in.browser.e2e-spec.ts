import type { Browser } from 'playwright-core';
import { translate } from '@app/i18n';
import { TEST_PASSWORD, TestApp, createOperator, createTestApp, launchBrowser, testConfig } from '@app/testing';
import { expectPublicPageAccessible } from './support/public-pages';

jest.setTimeout(90_000);

/** The queue dashboard's sign-in page, in English and in Spanish: the public-page checks, and signing in by keyboard. */
describe('Admin sign-in page (/admin/login)', () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    t = await createTestApp(testConfig({ LOGIN_RATE_LIMIT: '1000' }));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('passes axe, reflow and focus checks in English and Spanish, a wrong password is said in the reader’s language, and the right one signs in', async () => {
    const context = await browser.newContext({ locale: 'es-US' });
    const page = await context.newPage();
    await page.goto(`${t.url}/admin/login`);
    await page.getByRole('heading', { level: 1, name: translate('es', 'page.adminSignIn.title') }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    await expectPublicPageAccessible(page);

    const operator = await createOperator(t.dataSource);
    await page.getByLabel(translate('es', 'page.adminSignIn.email')).fill(operator.email);
    await page.getByLabel(translate('es', 'page.adminSignIn.password'), { exact: true }).fill('not the password at all');
    await page.getByLabel(translate('es', 'page.adminSignIn.password'), { exact: true }).press('Enter');
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').innerText()).not.toContain('Invalid email or password');
    await expectPublicPageAccessible(page);
    // The refusal keeps the email typed; only the password is asked again.
    expect(await page.getByLabel(translate('es', 'page.adminSignIn.email')).inputValue()).toBe(operator.email);
    expect(await page.getByLabel(translate('es', 'page.adminSignIn.password'), { exact: true }).inputValue()).toBe('');

    // Signing in again with the right password, submitted with Enter, opens the dashboard.
    await page.getByLabel(translate('es', 'page.adminSignIn.password'), { exact: true }).fill(TEST_PASSWORD);
    await page.getByLabel(translate('es', 'page.adminSignIn.password'), { exact: true }).press('Enter');
    await page.waitForURL(`${t.url}/admin/queues`);

    await page.goto(`${t.url}/admin/login?lang=en`);
    await page.getByRole('heading', { level: 1, name: 'Staff sign-in' }).waitFor();
    await expectPublicPageAccessible(page);
    await context.close();
  });
});
