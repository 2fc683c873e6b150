import { Browser } from 'playwright-core';
import { TestApp, createTestApp, launchBrowser, testConfig } from '@app/testing';
import { actionItemForContact } from './support/action-items';
import { tabTo } from './support/keyboard';
import { expectPublicPageAccessible } from './support/public-pages';

describe("A partner's action-item status page in a real browser", () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    t = await createTestApp(testConfig({ PUBLIC_RATE_LIMIT: '10000' }));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
    await t.close();
  });

  it('is updated with the keyboard alone from the link in the mail; the page and its answer pass axe, reflow at 320 px and show their focus', async () => {
    const { path, itemId } = await actionItemForContact(t);
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${t.url}${path}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Train front-desk staff');
    await expectPublicPageAccessible(page);
    await page.goto(`${t.url}${path}`);
    await tabTo(page, 'New status');
    // A closed select changes with the arrow keys, as on any platform.
    await page.keyboard.press('ArrowDown');
    await tabTo(page, 'Note for the task force (optional)');
    await page.keyboard.type('First session held on Monday.');
    await tabTo(page, 'Save the update');
    await page.keyboard.press('Enter');
    await page.getByRole('status').waitFor();
    expect(await page.getByRole('status').textContent()).toContain('Saved: the item is now "In progress"');
    await expectPublicPageAccessible(page);
    await context.close();
    const [row] = await t.dataSource.query(`SELECT status FROM task_force_action_items WHERE id = $1`, [itemId]);
    expect(row.status).toBe('IN_PROGRESS');
  });
});
