import { readFileSync } from 'node:fs';
import { Browser, Page } from 'playwright-core';
import { StaffRole } from '@app/common';
import { ForumType } from '@app/forums';
import { MailTestStack, createContact, eventually, createForum, createMailTestStack, createOrganisation, createStaff } from '@app/testing';
import { closeConsolePage, consoleBrowser, consoleStaff, expectAccessible, newConsolePage, pickFrom, signInToConsole } from './support/console';
import { tabTo } from './support/keyboard';

// The test run's ES-module transform breaks axe.js; the minified build is the same axe.
jest.mock('axe-core', () => jest.requireActual('axe-core/axe.min.js'));

/** A journey with axe on every screen outlasts jest's default minute on 2 busy cores. */
jest.setTimeout(240_000);

/** The table row (by its row header) that names this text. */
function row(page: Page, text: string | RegExp) {
  return page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: text }) });
}

async function tab(page: Page, name: string, heading: RegExp): Promise<void> {
  await page.getByRole('navigation', { name: 'Task force pages' }).getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** The task-force screens of the staff console, against the API, the worker and the in-test SMTP sink. */
describe('Console: task forces from start to effectiveness report', () => {
  let stack: MailTestStack;
  let browser: Browser;

  beforeAll(async () => {
    stack = await createMailTestStack({ PUBLIC_RATE_LIMIT: '10000' });
    browser = await consoleBrowser();
  });
  afterAll(async () => {
    await browser.close();
    await stack.close();
  });

  it('starts a task force, adds a member, moves a problem through SARA, charts an indicator, and shows a partner’s update from their emailed link; analysts only read', async () => {
    const db = stack.t.dataSource;
    const staff = await consoleStaff(db, StaffRole.LIAISON_OFFICER, { neighbourhoods: ['Northgate', 'Old Town'] });
    const organisation = await createOrganisation(db, staff.agencyId, { name: 'Safe Harbor Shelter' });
    const contact = await createContact(db, organisation, { name: 'Maria Lopez' });
    const tom = await createContact(db, organisation, { name: 'Tom Reyes' });
    await createForum(db, staff.agencyId, { title: 'March task-force meeting', type: ForumType.TASK_FORCE_MEETING });
    // Concerns raised at a past forum, to link to a problem by typing part of one.
    const townHall = await createForum(db, staff.agencyId, { title: 'Northgate town hall', status: 'COMPLETED' as never, startsAt: new Date(Date.now() - 5 * 86_400_000) });
    for (const [topic, description] of [['Youth fights', 'Fights at the Elm St bus stop after school'], ['Lighting', 'Broken streetlights on Pine']]) {
      await db.query(
        `INSERT INTO community_concerns (agency_id, forum_id, topic, neighbourhood, description, priority, raised_at) VALUES ($1, $2, $3, 'Northgate', $4, 'HIGH', $5)`,
        [staff.agencyId, townHall.id, topic, description, townHall.startsAt],
      );
    }
    const { page, errors } = await newConsolePage(browser);
    await signInToConsole(page, stack.t.url, staff, '/task-forces');
    await page.getByRole('heading', { level: 1, name: 'Task forces' }).waitFor();
    await page.getByText('Nothing found').waitFor();
    await expectAccessible(page);

    // Start: the focus is required and said so beside its field; nothing typed is lost.
    await page.getByRole('link', { name: 'Start a task force' }).click();
    await page.getByRole('heading', { level: 1, name: 'Start a task force' }).waitFor();
    await page.getByLabel(/^Name/).fill('Northgate Youth Safety Task Force');
    await page.getByRole('button', { name: 'Start the task force' }).click();
    await page.getByText('Choose the focus of the task force.').waitFor();
    expect(await page.getByLabel(/^Focus/).getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page);
    await page.getByLabel(/^Focus/).selectOption({ label: 'Youth safety' });
    await page.getByLabel('Charter').fill('Cut youth violence near Northgate High.');
    await page.getByText('Northgate', { exact: true }).click();
    await page.getByRole('button', { name: 'Start the task force' }).click();
    await page.getByRole('heading', { level: 1, name: /Overview.*Northgate Youth Safety Task Force/ }).waitFor();
    await page.getByText('Cut youth violence near Northgate High.').waitFor();
    await page.getByRole('button', { name: 'Make it active' }).click();
    await page.getByRole('status').filter({ hasText: 'The task force is now Active.' }).waitFor();
    await expectAccessible(page);

    // Members: an organisation with its designated contact.
    await tab(page, 'Members', /^Members/);
    await pickFrom(page, 'Organisation', 'harbor', 'Safe Harbor Shelter');
    await page.getByLabel('Role', { exact: true }).selectOption({ label: 'Lead partner' });
    await page.getByText('Maria Lopez', { exact: true }).click();
    await page.getByRole('button', { name: 'Add the organisation' }).click();
    await page.getByRole('status').filter({ hasText: 'Safe Harbor Shelter joined the task force.' }).waitFor();
    await row(page, 'Safe Harbor Shelter').getByText('Lead partner').waitFor();
    expect(await row(page, 'Safe Harbor Shelter').getByRole('cell', { name: 'Maria Lopez', exact: true }).count()).toBe(1);
    await page.locator('summary', { hasText: 'Change the designated contacts of Safe Harbor Shelter' }).click();
    await expectAccessible(page);
    await page.getByText('Tom Reyes', { exact: true }).click();
    await page.getByRole('button', { name: 'Save the contacts' }).click();
    await page.getByRole('status').filter({ hasText: 'The designated contacts of Safe Harbor Shelter were saved.' }).waitFor();
    await row(page, 'Safe Harbor Shelter').getByRole('cell', { name: 'Maria Lopez, Tom Reyes', exact: true }).waitFor();

    // Meetings: link a task-force meeting forum and invite every member's designated contacts (both of them).
    await tab(page, 'Meetings', /^Meetings/);
    await pickFrom(page, 'Task-force meeting forum', 'March', /^March task-force meeting · /);
    await page.getByRole('button', { name: 'Link the meeting' }).click();
    await row(page, 'March task-force meeting').waitFor();
    await page.getByRole('button', { name: 'Invite all members to March task-force meeting' }).click();
    await page.getByRole('status').filter({ hasText: '2 invitations sent; 0 already invited' }).waitFor();
    const [invitation] = await stack.sink.waitFor(contact.email);
    expect(`${invitation.parsed.subject} ${invitation.parsed.text}`).toContain('March task-force meeting');
    await expectAccessible(page);

    // Problems, by keyboard: add one, then move it scanning → analysis → response.
    await tab(page, 'Problems', /^Problems/);
    await tabTo(page, /^Title/, { limit: 60 });
    await page.keyboard.type('Fights after school at the bus stop');
    await tabTo(page, 'Problem statement');
    await page.keyboard.type('Weekly fights at the Elm St stop, 3–4pm.');
    await tabTo(page, 'Add the problem');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'was added in scanning' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Scanning (1)' }).waitFor();
    await page.getByRole('button', { name: 'Move Fights after school at the bus stop to Analysis' }).first().focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Analysis (1)' }).waitFor();
    await page.getByLabel('Note for the move (optional)').fill('Routes changed; patrols agreed');
    await page.getByRole('button', { name: 'Move Fights after school at the bus stop to Response' }).last().click();
    await page.getByRole('heading', { level: 2, name: 'Response (1)' }).waitFor();
    const history = page.getByRole('list').filter({ hasText: 'Analysis → Response' });
    await history.getByText(/Routes changed; patrols agreed/).waitFor();
    expect(await history.getByRole('listitem').count()).toBe(3);
    await expectAccessible(page);

    // A concern from a forum, found by typing part of it, is linked; the problem lists it, and it can be unlinked.
    await page.getByText('No concerns linked.').waitFor();
    await pickFrom(page, 'Concern raised at a forum', 'bus stop', /^Youth fights/);
    await page.getByRole('button', { name: 'Link the concern' }).click();
    const linkedConcerns = page.getByRole('list').filter({ hasText: 'Fights at the Elm St bus stop after school' });
    await linkedConcerns.getByRole('button', { name: 'Unlink Youth fights' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('combobox', { name: 'Concern raised at a forum' }).fill('Fights at the Elm');
    await page.getByRole('option', { name: 'Nothing matches. Try fewer letters.' }).waitFor();
    await page.getByRole('combobox', { name: 'Concern raised at a forum' }).fill('');
    await linkedConcerns.getByRole('button', { name: 'Unlink Youth fights' }).click();
    await page.getByText('No concerns linked.').waitFor();

    // Objectives and an indicator with two measurements: the chart shows both, the table says them.
    await tab(page, 'Objectives and indicators', /^Objectives and indicators/);
    await page.getByLabel(/^Objective/).fill('Fewer fights at the stop');
    await page.getByRole('button', { name: 'Add the objective' }).click();
    await page.getByRole('heading', { level: 3, name: 'Fewer fights at the stop' }).waitFor();
    await page.getByText('Add an indicator to Fewer fights at the stop').click();
    await page.getByLabel('What is measured').fill('Fights reported');
    await page.getByLabel('Unit').fill('reports');
    await page.getByLabel('Baseline value').fill('40');
    await page.getByLabel('Baseline date').fill('2026-01-01');
    await page.getByLabel('Target value').fill('20');
    await page.getByLabel('Target date').fill('2027-12-31');
    await page.getByRole('button', { name: 'Add the indicator' }).click();
    await page.getByRole('heading', { level: 4, name: 'Fights reported' }).waitFor();
    for (const [on, value] of [['2026-03-01', '36'], ['2026-06-01', '30']]) {
      await page.getByLabel('Measured on').fill(on);
      await page.getByLabel('Value', { exact: true }).fill(value);
      await page.getByRole('button', { name: 'Record the measurement' }).click();
      await page.getByRole('status').filter({ hasText: `Recorded ${value} for ${on}.` }).waitFor();
    }
    const chart = page.getByRole('img', { name: 'Fights reported: measurements against baseline, target and the expected path' });
    expect(await chart.locator('circle').count()).toBe(2);
    expect(await chart.locator('.console-chart__point').allTextContents()).toEqual(['36', '30']);
    await row(page, 'Mar 1, 2026').getByRole('cell', { name: '36' }).waitFor();
    await page.getByText(/of the way to the target/).waitFor();
    await expectAccessible(page);

    // An action item owned by the partner contact, who is emailed a link and updates it there.
    await tab(page, 'Action items', /^Action items/);
    await page.getByLabel('What needs doing (required)').fill('Walk the bus route with students');
    await page.getByLabel('Due on (required)').fill('2030-06-30');
    await pickFrom(page, 'Owner (required)', 'Maria', 'Maria Lopez (Safe Harbor Shelter)');
    await page.getByRole('button', { name: 'Add the action item' }).click();
    await row(page, /Walk the bus route/).getByText('Maria Lopez (partner contact)').waitFor();
    await expectAccessible(page);
    const mails = await stack.sink.waitFor(contact.email, 2);
    const link = mails.map((m) => /https?:\/\/\S+\/action-items\/[\w.-]+/.exec(m.parsed.text ?? '')?.[0]).find(Boolean)!;
    const partner = await page.context().newPage();
    await partner.goto(`${stack.t.url}${new URL(link).pathname}`);
    await partner.getByLabel('New status').selectOption({ label: 'In progress' });
    await partner.getByLabel(/Note for the task force/).fill('First walk on Monday');
    await partner.getByRole('button', { name: 'Save the update' }).click();
    await partner.getByText(/Saved/).waitFor();
    await partner.close();
    await page.reload();
    await row(page, /Walk the bus route/).getByRole('cell', { name: 'In progress', exact: true }).waitFor();

    // Staff can send the link again, and filter: the filters live in the URL.
    await page.getByRole('button', { name: 'Email Maria Lopez their status link for Walk the bus route with students' }).click();
    await page.getByRole('status').filter({ hasText: 'was emailed to Maria Lopez' }).waitFor();
    await stack.sink.waitFor(contact.email, 3);
    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Done' });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByRole('status').filter({ hasText: 'No action items' }).waitFor();
    expect(new URL(page.url()).searchParams.get('status')).toBe('DONE');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByRole('status').filter({ hasText: '1 action item' }).waitFor();
    await pickFrom(page, 'Owner', 'mar', 'Maria Lopez (partner contact)');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    expect(new URL(page.url()).searchParams.get('owner')).toMatch(/^contact:/);
    await page.getByRole('status').filter({ hasText: '1 action item' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await eventually(async () => expect(new URL(page.url()).searchParams.get('owner')).toBeNull());

    // Editing an item in a dialog: its title, due date and owner; the new partner owner is emailed their link.
    await page.getByRole('button', { name: 'Edit Walk the bus route with students' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit “Walk the bus route with students”' });
    await dialog.getByLabel('What needs doing (required)').waitFor();
    expect(await dialog.getByRole('combobox', { name: 'Owner (required)' }).inputValue()).toBe('Maria Lopez (Safe Harbor Shelter)');
    await expectAccessible(page);
    await dialog.getByLabel('What needs doing (required)').fill('');
    await dialog.getByRole('button', { name: 'Save the action item' }).click();
    await eventually(async () => expect(await dialog.getByLabel('What needs doing (required)').getAttribute('aria-invalid')).toBe('true'));
    await dialog.getByLabel('What needs doing (required)').fill('Walk the bus route with students and parents');
    await dialog.getByLabel('Due on (required)').fill('2030-07-15');
    await pickFrom(dialog, 'Owner (required)', 'Tom', 'Tom Reyes (Safe Harbor Shelter)');
    await dialog.getByRole('button', { name: 'Save the action item' }).click();
    await page.getByRole('status').filter({ hasText: 'Walk the bus route with students and parents was saved.' }).waitFor();
    const edited = row(page, 'Walk the bus route with students and parents');
    await edited.getByText('Tom Reyes (partner contact)').waitFor();
    await edited.getByText('Jul 15, 2030').waitFor();
    expect(await dialog.isVisible()).toBe(false);
    await stack.sink.waitFor(tom.email);

    // The effectiveness report: on screen, its CSV, and printed without the console around it.
    await tab(page, 'Effectiveness report', /^Effectiveness report/);
    await page.getByRole('heading', { level: 3, name: 'Fights reported' }).waitFor();
    await expectAccessible(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the report (CSV)' }).click()]);
    expect(readFileSync((await download.path())!, 'utf8')).toContain('Fights reported');
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Task force pages' }).isVisible()).toBe(false);
    expect(await page.getByRole('heading', { level: 3, name: 'Fights reported' }).isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    const taskForcePath = new URL(page.url()).pathname.replace(/\/report$/, '');
    expect(errors).toEqual([]);
    await closeConsolePage(page);

    // An analyst reads every page; the actions they may not take are not there.
    const analyst = await createStaff(db, staff.agencyId, StaffRole.ANALYST);
    const reader = await newConsolePage(browser);
    await signInToConsole(reader.page, stack.t.url, { email: analyst.email, password: staff.password }, `${taskForcePath}/actions`);
    await row(reader.page, /Walk the bus route/).waitFor();
    await reader.page.getByText('You can read this task force; your role does not change it.').waitFor();
    expect(await reader.page.getByRole('button', { name: /Change the status|Add the action item|status link|^Edit / }).count()).toBe(0);
    await expectAccessible(reader.page);
    await reader.page.goto(`${stack.t.url}${taskForcePath}/problems`);
    await reader.page.getByRole('heading', { level: 2, name: 'Response (1)' }).waitFor();
    expect(await reader.page.getByRole('button', { name: /^Move / }).count()).toBe(0);
    await reader.page.goto(`${stack.t.url}/task-forces`);
    await row(reader.page, /Northgate Youth Safety Task Force/).getByText(/1 open, 0 overdue/).waitFor();
    expect(await reader.page.getByRole('link', { name: 'Start a task force' }).count()).toBe(0);
    await expectAccessible(reader.page);
    expect(reader.errors).toEqual([]);
    await closeConsolePage(reader.page);
  });
});
