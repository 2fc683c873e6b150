import { Browser, ConsoleMessage } from 'playwright-core';
import { TEST_PASSWORD, TestApp, createOperator, createTestApp, launchBrowser, testConfig } from '@app/testing';
import { expectPublicPageAccessible } from './support/public-pages';

describe('Security headers in a real browser', () => {
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

  it('the operator signs in through the form (its Origin passes the check) and the queue dashboard runs under its policy', async () => {
    const operator = await createOperator(t.dataSource);
    const context = await browser.newContext();
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (message: ConsoleMessage) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(`${t.url}/admin/queues`);
    // The sign-in page is a public page like the others: axe, 320 px, focus ring, target size.
    await expectPublicPageAccessible(page);
    await page.getByLabel('Email').fill(operator.email);
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${t.url}/admin/queues`);
    await page.getByText('mail', { exact: true }).first().waitFor();
    expect(violations.filter((v) => !v.includes('fonts.googleapis.com'))).toEqual([]);
    await context.close();
  });

  it('no other site can frame a page reached by a personal link', async () => {
    const page = await browser.newPage();
    const target = `${t.url}/rsvp/0123456789abcdef0123456789abcdef01234567`;
    await page.setContent(`<iframe src="${target}" title="framed"></iframe>`);
    const frame = page.frames().find((f) => f !== page.mainFrame())!;
    await frame.waitForLoadState().catch(() => undefined);
    // A blocked frame shows Chromium's error page, never ours.
    const framed = await frame.title().catch(() => '');
    expect(framed).not.toContain('Liaison');
    await page.close();
  });
});
