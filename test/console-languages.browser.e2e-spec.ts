import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { TestApp, createTestApp, signIn, testConfig } from '@app/testing';
import { closeConsolePage, consoleBrowser, consoleStaff, expectAccessible, newConsolePage, signInToConsole, waitUntilTrue } from './support/console';
import { focused } from './support/keyboard';

jest.setTimeout(150_000);

// The project's TypeScript has no DOM types; these run in the page (see waitUntilTrue).
declare const document: { documentElement: { lang: string; dir: string; scrollWidth: number; clientWidth: number } };

/** A console catalog, read as the test's expectations (the English text is each message's default). */
const catalog = (language: string): Record<string, string> =>
  JSON.parse(readFileSync(join(__dirname, '..', 'apps', 'console', 'src', 'i18n', 'catalogs', `${language}.json`), 'utf8'));
const vi = catalog('vi');
const ar = catalog('ar');
/** The API's error messages in Vietnamese (keyed by their English templates). */
const viErrors: Record<string, string> = JSON.parse(readFileSync(join(__dirname, '..', 'libs', 'i18n', 'src', 'catalogs', 'errors', 'vi.json'), 'utf8'));

const htmlLanguage = (page: Page) => page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));

describe('Console languages: the browser language before sign-in, then the staff member’s own choice', () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    t = await createTestApp(testConfig({ LOGIN_RATE_LIMIT: '1000' }));
    browser = await consoleBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('a Vietnamese browser gets the sign-in page in Vietnamese, with lang="vi", and it passes axe', async () => {
    const { page, errors } = await newConsolePage(browser, undefined, 'vi-VN');
    await page.goto(`${t.url}/sign-in`);
    await page.getByRole('heading', { level: 1, name: vi['signIn.title'], exact: true }).waitFor();
    expect(await htmlLanguage(page)).toEqual({ lang: 'vi', dir: 'ltr' });
    await page.getByLabel(vi['signIn.email']).waitFor();
    await page.getByRole('button', { name: vi['signIn.submit'] }).waitFor();
    await expectAccessible(page);
    expect(errors).toEqual([]);
    await closeConsolePage(page);
  });

  it('a staff member chooses Vietnamese, then Arabic (right to left), then their browser’s language again, by keyboard; the choice outlives a reload', async () => {
    const staff = await consoleStaff(t.dataSource);
    const { page, errors } = await newConsolePage(browser);
    await signInToConsole(page, t.url, staff, '/profile');
    await page.getByRole('heading', { level: 1, name: 'Your profile' }).waitFor();
    expect(await htmlLanguage(page)).toEqual({ lang: 'en', dir: 'ltr' });

    const choose = async (select: string, option: string, save: string) => {
      const box = page.getByLabel(select);
      await box.focus();
      await box.selectOption({ label: option });
      await page.keyboard.press('Tab');
      expect((await focused(page)).name).toBe(save);
      await page.keyboard.press('Enter');
    };

    await choose('Show the console in', 'Tiếng Việt', 'Save language');
    await page.getByRole('navigation', { name: vi['common.primaryNavigation'] }).waitFor();
    await page.getByRole('heading', { level: 1, name: vi['profile.title'], exact: true }).waitFor();
    expect(await page.getByRole('status').filter({ hasText: vi['profile.languageSaved'] }).count()).toBe(1);
    expect(await htmlLanguage(page)).toEqual({ lang: 'vi', dir: 'ltr' });
    await expectAccessible(page);

    await page.reload();
    await page.getByRole('link', { name: vi['nav.forums'], exact: true }).waitFor();
    await page.getByRole('link', { name: vi['nav.forums'], exact: true }).click();
    await page.getByRole('heading', { level: 1, name: vi['forums.list.title'], exact: true }).waitFor();
    await expectAccessible(page);

    await page.getByRole('link', { name: vi['nav.profile'] }).click();
    await choose(vi['profile.language'], 'العربية', vi['profile.saveLanguage']);
    await page.getByRole('navigation', { name: ar['common.primaryNavigation'] }).waitFor();
    expect(await htmlLanguage(page)).toEqual({ lang: 'ar', dir: 'rtl' });
    await expectAccessible(page);
    // USWDS hides text off the left-hand side, which a right-to-left page would scroll to.
    const noSidewaysScroll = () => waitUntilTrue(page, () => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
    for (const [link, heading] of [
      ['nav.home', 'home.title'],
      ['nav.forums', 'forums.list.title'],
      ['nav.surveys', 'surveys.list.title'],
    ]) {
      await page.getByRole('link', { name: ar[link], exact: true }).click();
      await page.getByRole('heading', { level: 1, name: ar[heading], exact: true }).waitFor();
      await expectAccessible(page);
      await noSidewaysScroll();
    }
    // Right to left at a phone's width: nothing scrolls sideways.
    await page.setViewportSize({ width: 320, height: 800 });
    await noSidewaysScroll();

    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('link', { name: ar['nav.profile'] }).click();
    await choose(ar['profile.language'], ar['profile.browserLanguage'], ar['profile.saveLanguage']);
    await page.getByRole('navigation', { name: 'Console sections' }).waitFor();
    expect(await htmlLanguage(page)).toEqual({ lang: 'en', dir: 'ltr' });
    expect(errors).toEqual([]);
    await closeConsolePage(page);
  });

  it('the API answers in the console’s language, not the browser’s: a wrong current password is named in Vietnamese beside its field', async () => {
    const staff = await consoleStaff(t.dataSource);
    const token = await signIn(t.graphql, staff.email, staff.password);
    await t.graphql.request(`mutation { setMyLanguage(language: "vi") { id } }`, {}, { token });
    const { page, errors } = await newConsolePage(browser);
    await page.goto(`${t.url}/profile`);
    await page.getByLabel('Email address').fill(staff.email);
    await page.getByLabel('Password', { exact: true }).fill(staff.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: vi['profile.title'], exact: true }).waitFor();

    await page.getByLabel(vi['profile.currentPassword'], { exact: true }).fill('not the password at all');
    await page.getByLabel(vi['profile.newPassword'], { exact: true }).fill('a brand new passphrase 42');
    await page.getByLabel(vi['profile.confirmPassword'], { exact: true }).fill('a brand new passphrase 42');
    await page.getByRole('button', { name: vi['profile.changePassword'] }).click();
    await page.getByText(viErrors['The current password is not right'], { exact: true }).waitFor();
    expect(await page.getByText('The current password is not right').count()).toBe(0);
    await expectAccessible(page);
    expect(errors).toEqual([]);
    await closeConsolePage(page);
  });

  it('names a field problem in the language the request asks for, and in English without one', async () => {
    const staff = await consoleStaff(t.dataSource);
    const token = await signIn(t.graphql, staff.email, staff.password);
    const rename = `mutation { updateMyProfile(input: { name: "${'x'.repeat(400)}" }) { id } }`;
    const english = await t.graphql.request(rename, {}, { token });
    const arabic = await t.graphql.request(rename, {}, { token, headers: { 'accept-language': 'ar-EG,ar;q=0.9,en;q=0.5' } });
    expect(english.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
    expect(arabic.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: english.errors?.[0].extensions?.reason });
    expect(arabic.errors?.[0].message).not.toEqual(english.errors?.[0].message);
    expect(arabic.errors?.[0].message).toMatch(/[\u0600-\u06FF]/);
  });

  it('refuses a language the console does not ship, naming it', async () => {
    const staff = await consoleStaff(t.dataSource);
    const token = await signIn(t.graphql, staff.email, staff.password);
    const res = await t.graphql.request(`mutation { setMyLanguage(language: "xx") { id } }`, {}, { token });
    expect(res.errors?.[0]).toMatchObject({ message: expect.stringContaining('"xx"'), extensions: { code: 'BAD_USER_INPUT', field: 'language' } });
  });
});
