import type { Browser, Page } from 'playwright-core';
import { StaffRole } from '@app/common';
import { TestApp, createForum, createTestApp, signIn, testConfig } from '@app/testing';
import { ConsoleStaff, closeConsolePage, consoleBrowser, consoleStaff, expectAccessible, newConsolePage, signInToConsole, waitUntilTrue } from './support/console';
import { seedAnsweredInvitation, seedFailedInvitation, seedImport, seedReplyNeedingReading } from './support/home-rows';
import { focused, tabTo } from './support/keyboard';

// Journeys with an accessibility check at each step outlast jest's default minute on 2 busy cores.
jest.setTimeout(150_000);

const DAY = 86_400_000;

// The project's TypeScript has no DOM types; these run in the page (see waitUntilTrue).
declare const document: any;
declare const location: { pathname: string; search: string };

describe('Console: venues, community concerns and the home page', () => {
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

  async function signedIn(path: string, role = StaffRole.LIAISON_OFFICER): Promise<{ page: Page; errors: string[]; staff: ConsoleStaff }> {
    const staff = await consoleStaff(t.dataSource, role);
    const { page, errors } = await newConsolePage(browser);
    await signInToConsole(page, t.url, staff, path);
    return { page, errors, staff };
  }

  const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
  const path = (page: Page) => new URL(page.url()).pathname + new URL(page.url()).search;

  it('creates a venue with seats and accessibility features, lists it, edits it, archives and brings it back', async () => {
    const { page, errors } = await signedIn('/venues');
    await heading(page, 'Venues').waitFor();
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Add a venue' }).click();
    await heading(page, 'Add a venue').waitFor();
    await expectAccessible(page);

    // Bad input: no name and no seats. The errors sit beside their fields; what was typed stays.
    await page.getByLabel('Address (required)').fill('12 Harbour Road');
    await page.getByLabel('Seats', { exact: true }).fill('0');
    await page.getByText('Hearing loop', { exact: true }).click();
    await page.getByLabel('Notes').fill('Side door after 6pm');
    await page.getByRole('button', { name: 'Save venue' }).click();
    const name = page.getByLabel('Name (required)');
    await waitUntilTrue(page, () => document.querySelector('#venue-name')?.getAttribute('aria-invalid') === 'true');
    await expect(name.getAttribute('aria-describedby')).resolves.toContain('venue-name-error');
    expect(await page.locator('#venue-name-error').innerText()).toBe('Enter the venue’s name.');
    expect(await page.locator('#venue-capacity-error').innerText()).toMatch(/at least 1/);
    expect(await page.getByLabel('Seats', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await page.getByRole('alert').filter({ hasText: /correct the fields/i }).waitFor();
    expect(await page.getByLabel('Address (required)').inputValue()).toBe('12 Harbour Road');
    expect(await page.getByLabel('Notes').inputValue()).toBe('Side door after 6pm');
    expect(await page.getByLabel('Hearing loop').isChecked()).toBe(true);
    expect(await focused(page)).toMatchObject({ name: 'Name (required)' });
    await expectAccessible(page);

    // A negative number is refused beside the field as well.
    await name.fill('Harbour Community Centre');
    await page.getByLabel('Seats', { exact: true }).fill('-4');
    await page.getByRole('button', { name: 'Save venue' }).click();
    await waitUntilTrue(page, () => document.querySelector('#venue-name')?.getAttribute('aria-invalid') !== 'true');
    expect(await page.locator('#venue-capacity-error').innerText()).toMatch(/at least 1/);

    await page.getByLabel('Seats', { exact: true }).fill('120');
    await page.getByText('Step-free access', { exact: true }).click();
    await page.getByRole('button', { name: 'Save venue' }).click();
    await heading(page, 'Venues').waitFor();
    await page.getByRole('status').filter({ hasText: 'Harbour Community Centre was saved.' }).waitFor();
    const row = page.getByRole('row', { name: /Harbour Community Centre/ });
    await row.waitFor();
    expect(await row.innerText()).toMatch(/12 Harbour Road[\s\S]*120[\s\S]*Step-free access[\s\S]*Hearing loop[\s\S]*In use/i);

    // Edit: every field comes back as saved.
    await page.getByRole('link', { name: 'Harbour Community Centre' }).click();
    await heading(page, 'Edit Harbour Community Centre').waitFor();
    expect(await page.getByLabel('Seats', { exact: true }).inputValue()).toBe('120');
    expect(await page.getByLabel('Notes').inputValue()).toBe('Side door after 6pm');
    expect(await page.getByLabel('Step-free access').isChecked()).toBe(true);
    await expectAccessible(page);
    await page.getByLabel('Seats', { exact: true }).fill('90');
    await page.getByText('Parking', { exact: true }).click();
    await page.getByRole('button', { name: 'Save venue' }).click();
    await heading(page, 'Venues').waitFor();
    expect(await page.getByRole('row', { name: /Harbour Community Centre/ }).innerText()).toMatch(/90[\s\S]*Parking/i);

    // Archive with a confirm dialog; the list then hides it unless archived ones are asked for.
    await page.getByRole('link', { name: 'Harbour Community Centre' }).click();
    await heading(page, 'Edit Harbour Community Centre').waitFor();
    await page.getByRole('button', { name: 'Archive venue' }).click();
    // USWDS's dialog wrapper has no size of its own: wait for what it shows.
    const dialog = page.getByRole('dialog', { name: 'Archive Harbour Community Centre?' });
    await dialog.getByRole('heading', { name: 'Archive Harbour Community Centre?' }).waitFor();
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Archive venue' }).click();
    await page.getByRole('status').filter({ hasText: 'Harbour Community Centre is archived.' }).waitFor();
    await dialog.getByRole('heading').waitFor({ state: 'hidden' });
    expect(await focused(page)).toMatchObject({ name: 'Bring back into use' });

    await page.getByRole('link', { name: 'Back to venues' }).click();
    await heading(page, 'Venues').waitFor();
    await page.getByText('No venues match').waitFor();
    await page.getByText('Show archived venues too', { exact: true }).click();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await waitUntilTrue(page, () => location.search.includes('archived=1'));
    const archivedRow = page.getByRole('row', { name: /Harbour Community Centre/ });
    await archivedRow.waitFor();
    expect(await archivedRow.innerText()).toMatch(/archived/i);
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Harbour Community Centre' }).click();
    await page.getByRole('button', { name: 'Bring back into use' }).click();
    const back = page.getByRole('dialog', { name: 'Bring Harbour Community Centre back into use?' });
    await back.getByRole('button', { name: 'Bring back into use' }).click();
    await page.getByRole('status').filter({ hasText: 'Harbour Community Centre is back in use.' }).waitFor();
    await page.getByRole('link', { name: 'Back to venues' }).click();
    expect(await page.getByRole('row', { name: /Harbour Community Centre/ }).innerText()).toContain('In use');
    expect(errors).toEqual([]);
    await closeConsolePage(page);
  });

  it('adds a venue with the keyboard alone; focus is visible at each stop and moves to each new screen', async () => {
    const { page, errors } = await signedIn('/venues');
    await heading(page, 'Venues').waitFor();
    expect(await focused(page)).toMatchObject({ tag: 'h1', name: 'Venues' });
    await tabTo(page, 'Add a venue');
    await page.keyboard.press('Enter');
    await heading(page, 'Add a venue').waitFor();
    await waitUntilTrue(page, () => document.activeElement?.tagName === 'H1');
    await tabTo(page, 'Name (required)');
    await page.keyboard.type('Keyboard Library');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ name: 'Address (required)' });
    await page.keyboard.type('3 Key Street');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ name: 'Seats' });
    await page.keyboard.type('35');
    await tabTo(page, 'Step-free access');
    await page.keyboard.press('Space');
    await tabTo(page, 'Public transit nearby');
    await page.keyboard.press('Space');
    await tabTo(page, 'Save venue');
    await page.keyboard.press('Enter');
    await heading(page, 'Venues').waitFor();
    await waitUntilTrue(page, () => document.activeElement?.tagName === 'H1');
    expect(await page.getByRole('row', { name: /Keyboard Library/ }).innerText()).toMatch(/35[\s\S]*Step-free access[\s\S]*Public transit nearby/i);

    // The archive dialog by keyboard: it opens, Escape closes it and focus returns to its button.
    await tabTo(page, 'Keyboard Library');
    await page.keyboard.press('Enter');
    await heading(page, 'Edit Keyboard Library').waitFor();
    await tabTo(page, 'Archive venue');
    await page.keyboard.press('Enter');
    const dialogHeading = page.getByRole('dialog', { name: 'Archive Keyboard Library?' }).getByRole('heading', { name: 'Archive Keyboard Library?' });
    await dialogHeading.waitFor();
    await page.keyboard.press('Escape');
    await dialogHeading.waitFor({ state: 'hidden' });
    // The focus trap hands focus back once the dialog has closed: wait for it, then check it.
    await waitUntilTrue(page, () => document.activeElement?.innerText?.trim() === 'Archive venue').catch(() => undefined);
    expect(await focused(page)).toMatchObject({ name: 'Archive venue' });
    expect(errors).toEqual([]);
    await closeConsolePage(page);
  });

  it('lists community concerns across forums, filtered through the URL and the form, each linking to its forum', async () => {
    const staff = await consoleStaff(t.dataSource);
    const token = await signIn(t.graphql, staff.email);
    const complete = async (title: string, daysAgo: number, concerns: Record<string, unknown>[]) => {
      const forum = await createForum(t.dataSource, staff.agencyId, { title, startsAt: new Date(Date.now() - daysAgo * DAY) });
      await t.graphql.data(`mutation($id: ID!, $input: CompleteForumInput!) { completeForum(id: $id, input: $input) { id } }`, { id: forum.id, input: { attendanceCount: 20, concerns } }, token);
      return forum;
    };
    const traffic = await complete('Traffic town hall', 3, [
      { topic: 'speeding', description: 'Cars race down Elm Street', priority: 'HIGH', neighbourhood: 'Old Town' },
      { topic: 'parking', description: 'No parking near the school', priority: 'LOW', neighbourhood: 'Northgate' },
    ]);
    await complete('Parks listening session', 40, [{ topic: 'lighting', description: 'Dark paths in Eastbrook park', priority: 'URGENT', neighbourhood: 'Eastbrook' }]);

    const { page, errors } = await newConsolePage(browser);
    await signInToConsole(page, t.url, staff, '/concerns?priority=HIGH');
    await heading(page, 'Community concerns').waitFor();
    const rows = page.getByRole('table').getByRole('row');
    await page.getByRole('row', { name: /speeding/ }).waitFor();
    expect(await rows.count()).toBe(2); // the header and one concern
    expect(await page.getByLabel('Priority').inputValue()).toBe('HIGH');
    const link = page.getByRole('link', { name: 'Traffic town hall' }).first();
    expect(await link.getAttribute('href')).toBe(`/forums/${traffic.id}`);
    expect(await page.getByRole('row', { name: /speeding/ }).innerText()).toMatch(/America\/Chicago/);
    await expectAccessible(page);

    await page.getByLabel('Priority').selectOption('');
    await page.getByLabel('Neighbourhood').selectOption('Eastbrook');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await waitUntilTrue(page, () => location.search === '?neighbourhood=Eastbrook');
    await page.getByRole('row', { name: /lighting/ }).waitFor();
    expect(await rows.count()).toBe(2);

    // Dates the wrong way round: said beside the second date, and nothing is asked of the server.
    await page.getByLabel('Neighbourhood').selectOption('');
    await page.getByLabel('Raised on or after').fill('2030-05-02');
    await page.getByLabel('Raised on or before').fill('2030-05-01');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    expect(await page.locator('#concerns-to-error').innerText()).toMatch(/must not be after/);
    expect(await page.getByLabel('Raised on or before').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page);

    // A shared link with a date range shows the same view.
    const recent = new Date(Date.now() - 10 * DAY).toISOString().slice(0, 10);
    await page.goto(`${t.url}/concerns?from=${recent}`);
    await page.getByRole('row', { name: /parking/ }).waitFor();
    expect(await rows.count()).toBe(3);
    expect(await page.getByRole('row', { name: /lighting/ }).count()).toBe(0);
    await link.click();
    await waitUntilTrue(page, () => location.pathname.startsWith('/forums/'));
    expect(path(page)).toBe(`/forums/${traffic.id}`);
    expect(errors).toEqual([]);
    await closeConsolePage(page);
  });

  it('the home page shows what needs attention, each part linking where it says', async () => {
    const staff = await consoleStaff(t.dataSource);
    const [user] = await t.dataSource.query(`SELECT id FROM staff_users WHERE email = $1`, [staff.email]);
    const upcoming = await createForum(t.dataSource, staff.agencyId, { title: 'Riverside town hall', capacityOverride: 40, startsAt: new Date(Date.now() + 5 * DAY) });
    await seedAnsweredInvitation(t.dataSource, staff.agencyId, upcoming.id, 'ATTENDING', 3);
    await seedAnsweredInvitation(t.dataSource, staff.agencyId, upcoming.id, 'ATTENDING', 1);
    await seedReplyNeedingReading(t.dataSource, staff.agencyId, upcoming.id, 'Re: Riverside town hall', 'Could my neighbour come instead of me?');
    await seedImport(t.dataSource, staff.agencyId, user.id, 'RUNNING', 45);
    await seedFailedInvitation(t.dataSource, staff.agencyId, upcoming.id, '550 5.1.1 Mailbox does not exist', 'Dana Bounce');
    const past = await createForum(t.dataSource, staff.agencyId, { title: 'Eastbrook listening session', startsAt: new Date(Date.now() - 2 * DAY) });

    const { page, errors } = await newConsolePage(browser);
    await signInToConsole(page, t.url, staff, '/');
    await heading(page, 'Home').waitFor();
    const section = (name: string) => page.locator('.usa-card').filter({ has: page.getByRole('heading', { level: 2, name }) });

    const forums = section('Upcoming forums');
    await forums.getByRole('link', { name: 'Riverside town hall' }).waitFor();
    expect(await forums.innerText()).toMatch(/4 of 40 seats taken/);
    expect(await forums.innerText()).toMatch(/America\/Chicago/);
    expect(await forums.getByRole('link', { name: 'Riverside town hall' }).getAttribute('href')).toBe(`/forums/${upcoming.id}`);

    const replies = section('Replies that need reading');
    expect(await replies.innerText()).toMatch(/1 reply needs reading[\s\S]*Re: Riverside town hall/);
    expect(await replies.getByRole('link', { name: 'Read replies for Riverside town hall' }).getAttribute('href')).toBe(`/forums/${upcoming.id}/invitations/replies`);

    const failures = section('Invitations that could not be delivered');
    expect(await failures.innerText()).toMatch(/Dana Bounce[\s\S]*Reason: 550 5.1.1 Mailbox does not exist/);
    expect(await failures.getByRole('link', { name: 'Invitations for Riverside town hall' }).getAttribute('href')).toBe(`/forums/${upcoming.id}/invitations`);

    const awaiting = section('Forums waiting for a completion report');
    expect(await awaiting.getByRole('link', { name: 'Eastbrook listening session' }).getAttribute('href')).toBe(`/forums/${past.id}`);
    expect(await awaiting.innerText()).not.toContain('Riverside town hall');

    const imports = section('Partner imports running');
    expect(await imports.innerText()).toMatch(/Import started[\s\S]*45% done/);
    await expectAccessible(page);

    await imports.getByRole('link', { name: 'Go to partner imports' }).click();
    await waitUntilTrue(page, () => location.pathname === '/partners/import');
    await page.goBack();
    await heading(page, 'Home').waitFor();
    await section('Replies that need reading').getByRole('link', { name: 'Read replies for Riverside town hall' }).click();
    await waitUntilTrue(page, () => location.pathname.endsWith('/invitations/replies'));
    expect(path(page)).toBe(`/forums/${upcoming.id}/invitations/replies`);
    expect(errors).toEqual([]);
    await closeConsolePage(page);
  });

  it('a new agency’s home page says plainly that nothing waits', async () => {
    const { page, errors } = await signedIn('/');
    await heading(page, 'Home').waitFor();
    await page.getByText('No published forums coming up.').waitFor();
    await page.getByText('No replies need reading.').waitFor();
    await page.getByText('No partner imports are running.').waitFor();
    await page.getByText('Every invitation email was accepted.').waitFor();
    await page.getByText('Every past forum has its report.').waitFor();
    await expectAccessible(page);
    expect(errors).toEqual([]);
    await closeConsolePage(page);
  });
});
