import type { Browser, Page } from 'playwright-core';
import { TEST_PASSWORD, TestApp, createOperator, createTestApp, testConfig } from '@app/testing';
import { ConsoleStaff, closeConsolePage, consoleBrowser, consoleStaff, expectAccessible, newConsolePage, signInToConsole, waitUntilTrue } from './support/console';
import { focused, tabTo } from './support/keyboard';

// Journeys with an accessibility check at each step outlast jest's default minute on 2 busy cores.
jest.setTimeout(150_000);

// The project's TypeScript has no DOM types; these run in the page (see waitUntilTrue).
declare const location: { pathname: string; search: string };

/** The left-hand navigation: each section's link and where it goes. */
const SECTIONS: [string, string][] = [
  ['Home', '/'],
  ['Forums', '/forums'],
  ['Calendar', '/forums/calendar'],
  ['Series', '/series'],
  ['Venues', '/venues'],
  ['Partners', '/partners'],
  ['Import partners', '/partners/import'],
  ['Community concerns', '/concerns'],
  ['Surveys', '/surveys'],
  ['Task forces', '/task-forces'],
  ['GraphQL explorer', '/explorer'],
];

describe('The console shell: sign-in, navigation, sessions and the explorer', () => {
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

  const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

  async function signInForm(page: Page, staff: { email: string }, password: string) {
    await page.getByLabel('Email address').fill(staff.email);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }

  it('signs in: a wrong password is said where the user looks and keeps the email, then the right one opens the console', async () => {
    const staff = await consoleStaff(t.dataSource);
    const { page, errors } = await newConsolePage(browser);
    await page.goto(`${t.url}/`);
    await waitUntilTrue(page, () => location.pathname === '/sign-in');
    await expectAccessible(page);
    await signInForm(page, staff, 'not-the-password');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/email address or password is not right/i);
    expect(await page.getByLabel('Email address').inputValue()).toBe(staff.email);
    await expectAccessible(page);
    await page.getByLabel('Password', { exact: true }).fill(staff.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await heading(page, 'Home').waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    expect(errors.filter((e) => !/401/.test(e))).toEqual([]);
    await closeConsolePage(page);
  });

  it('the left-hand navigation reaches every section by keyboard, and an unknown address says Page not found', async () => {
    const staff = await consoleStaff(t.dataSource);
    const { page, errors } = await newConsolePage(browser);
    await signInToConsole(page, t.url, staff, '/concerns');
    await heading(page, 'Community concerns').waitFor();
    for (const [name, path] of SECTIONS) {
      // Focus is on the new screen's heading, after the navigation: go back to the link.
      await tabTo(page, name, { back: true });
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.pathname === path);
      expect(new URL(page.url()).pathname).toBe(path);
      await page.getByRole('heading', { level: 1 }).waitFor();
      if (path === '/explorer') break;
      await waitUntilTrue(page, () => (globalThis as any).document.activeElement?.tagName === 'H1');
      expect(await page.getByRole('link', { name, exact: true }).getAttribute('aria-current')).toBe('page');
    }

    await page.goto(`${t.url}/no-such-screen`);
    await heading(page, 'Page not found').waitFor();
    expect(await focused(page)).toMatchObject({ tag: 'h1', name: 'Page not found' });
    await expectAccessible(page);
    expect(errors).toEqual([]);
    await closeConsolePage(page);
  });

  it('an ended session returns to sign-in, and signing in again comes back to the same address', async () => {
    const staff = await consoleStaff(t.dataSource);
    const { page } = await newConsolePage(browser);
    await signInToConsole(page, t.url, staff, '/concerns?priority=HIGH');
    await heading(page, 'Community concerns').waitFor();
    // Another tab ends the session on the server.
    const ended = await page.context().request.post(`${t.url}/auth/session/end`, { headers: { origin: t.url, 'content-type': 'application/json' }, data: {} });
    expect(ended.status()).toBe(204);
    await page.getByRole('link', { name: 'Venues' }).click();
    await waitUntilTrue(page, () => location.pathname === '/sign-in');
    const next = new URL(page.url()).searchParams.get('next');
    expect(next).toBe('/venues');
    await page.getByText(/session has ended/i).waitFor();
    await expectAccessible(page);
    await signInForm(page, staff, staff.password);
    await heading(page, 'Venues').waitFor();
    expect(new URL(page.url()).pathname).toBe('/venues');

    // A bookmarked address opened without a session comes back after signing in, query and all.
    const fresh = await newConsolePage(browser);
    await fresh.page.goto(`${t.url}/concerns?priority=HIGH`);
    await waitUntilTrue(fresh.page, () => location.pathname === '/sign-in');
    await signInForm(fresh.page, staff, staff.password);
    await heading(fresh.page, 'Community concerns').waitFor();
    expect(new URL(fresh.page.url()).search).toBe('?priority=HIGH');
    await closeConsolePage(page);
    await closeConsolePage(fresh.page);
  });

  it('a platform operator runs the agencies from their own screens (agency screens send them back), accessible and usable by keyboard', async () => {
    const operator = await createOperator(t.dataSource);
    const { page, errors } = await newConsolePage(browser);
    await page.goto(`${t.url}/sign-in`);
    await signInForm(page, operator, TEST_PASSWORD);
    await waitUntilTrue(page, () => location.pathname === '/operator');
    await heading(page, 'Agencies').waitFor();
    await page.getByText(/signed in as the platform operator/i).waitFor();
    await expectAccessible(page);
    // An agency screen is not theirs: they are sent back to their page.
    await page.goto(`${t.url}/forums`);
    await waitUntilTrue(page, () => location.pathname === '/operator');
    // The list has loaded again (the redirect reloads the console) before the keyboard goes looking for its link.
    await page.getByRole('link', { name: 'Add an agency' }).waitFor();

    // A new agency, by keyboard: a missing field is named, then the agency is created.
    await tabTo(page, 'Add an agency');
    await page.keyboard.press('Enter');
    await heading(page, 'Add an agency').waitFor();
    await expectAccessible(page);
    const slug = `north-${Date.now().toString(36)}`;
    await tabTo(page, 'Agency name');
    await page.keyboard.type('Northfield Police Department');
    await tabTo(page, 'Short name for web addresses');
    expect(await page.getByLabel('Short name for web addresses').inputValue()).toBe('northfield-police-department');
    await page.keyboard.press('Control+A');
    await page.keyboard.type(slug);
    await tabTo(page, 'Full name');
    await page.keyboard.type('Avery Chief');
    await tabTo(page, 'Create the agency and invite its administrator');
    await page.keyboard.press('Enter');
    await page.getByText('Enter the email address.').waitFor();
    expect((await focused(page)).name).toBe('Email address');
    await expectAccessible(page);
    await page.keyboard.type(`chief@${slug}.example.org`);
    // The first admin's invitation in Spanish, which becomes their console language.
    await page.getByLabel('Language of the invitation').selectOption({ label: 'Spanish' });
    await page.getByRole('button', { name: 'Create the agency and invite its administrator' }).click();
    await heading(page, 'Northfield Police Department').waitFor();
    expect(await t.dataSource.query(`SELECT preferred_language FROM staff_users WHERE email = $1`, [`chief@${slug}.example.org`])).toEqual([{ preferred_language: 'es' }]);
    await page.getByRole('status').getByText(/was created/).waitFor();
    await page.getByText('0 active, 1 invited').waitFor();

    // Suspended with a reason, then reinstated; the list says which.
    await page.getByRole('button', { name: 'Suspend the agency' }).click();
    const dialog = page.getByRole('dialog', { name: /Suspend Northfield/ });
    await dialog.getByRole('button', { name: 'Suspend the agency' }).click();
    await dialog.getByText('Say why the agency is suspended.').waitFor();
    await expectAccessible(page);
    await dialog.getByLabel(/Reason/).fill('Contract ended');
    await dialog.getByRole('button', { name: 'Suspend the agency' }).click();
    await page.getByText(/Reason: Contract ended/).waitFor();
    await page.getByRole('link', { name: 'Back to agencies' }).click();
    const row = page.getByRole('row', { name: /Northfield Police Department/ });
    await row.getByText('Suspended').waitFor();
    await row.getByRole('link', { name: 'Northfield Police Department' }).click();
    await page.getByRole('button', { name: 'Reinstate the agency' }).click();
    await page.getByRole('status').getByText('Northfield Police Department is active again.').waitFor();

    // By keyboard: the explorer link, then signing out.
    await tabTo(page, 'GraphQL explorer', { back: true });
    await tabTo(page, 'Sign out');
    await page.keyboard.press('Enter');
    await waitUntilTrue(page, () => location.pathname === '/sign-in');
    expect(errors.filter((e) => !/401/.test(e))).toEqual([]);
    await closeConsolePage(page);
  });

  it('signing out revokes the session: its refresh cookie no longer works', async () => {
    const staff: ConsoleStaff = await consoleStaff(t.dataSource);
    const { page, errors } = await newConsolePage(browser);
    await signInToConsole(page, t.url, staff, '/');
    const cookie = (await page.context().cookies()).find((c) => c.name === 'liaison_session');
    expect(cookie).toBeDefined();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await waitUntilTrue(page, () => location.pathname === '/sign-in');
    const refresh = await fetch(`${t.url}/auth/session/refresh`, {
      method: 'POST',
      headers: { origin: t.url, 'content-type': 'application/json', cookie: `liaison_session=${cookie!.value}` },
      body: '{}',
    });
    expect(refresh.status).toBe(401);
    await page.goto(`${t.url}/venues`);
    await waitUntilTrue(page, () => location.pathname === '/sign-in');
    expect(errors).toEqual([]);
    await closeConsolePage(page);
  });

  it('/explorer is GraphiQL from our own server (nothing leaves 127.0.0.1) and runs a query with the console session', async () => {
    const staff = await consoleStaff(t.dataSource);
    const { page, errors } = await newConsolePage(browser);
    const elsewhere: string[] = [];
    await page.context().route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
      elsewhere.push(url.href);
      return route.abort();
    });
    await signInToConsole(page, t.url, staff, '/');
    // Opened afresh: the session comes back from its cookie.
    await page.goto(`${t.url}/explorer`);
    await heading(page, 'GraphQL explorer').waitFor();
    const editor = page.getByRole('region', { name: 'Operation Editor' });
    // Monaco is ready once it shows GraphiQL's welcome text.
    // (Monaco draws spaces as no-break spaces, which \s matches.)
    await editor.getByText(/Welcome\s+to\s+GraphiQL/).first().waitFor();
    await editor.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type('{ me { name } }');
    await waitUntilTrue(page, () => !((globalThis as any).document.querySelector('[aria-label="Operation Editor"]')?.textContent ?? '').includes('Welcome'));
    await page.keyboard.press('ControlOrMeta+Enter');
    const result = page.getByRole('region', { name: 'Result Window' });
    await result.getByText(new RegExp(staff.name.replace(/ /g, '\\s'))).first().waitFor();
    expect(await result.innerText()).toContain('"me"');
    await expectAccessible(page);
    expect(elsewhere).toEqual([]);
    expect(errors).toEqual([]);
    await closeConsolePage(page);
  });
});
