import { readFileSync } from 'node:fs';
import { INestApplicationContext } from '@nestjs/common';
import { Browser, Page } from 'playwright-core';
import { StaffRole } from '@app/common';
import { OrganisationStatus, OrganisationType } from '@app/partners';
import { TestApp, createContact, createOrganisation, createTestApp, startTestWorker, testConfig } from '@app/testing';
import { closeConsolePage, consoleBrowser, consoleStaff, expectAccessible, newConsolePage, signInToConsole, waitUntilTrue } from './support/console';

// The test run's ES-module transform breaks axe.js; the minified build is the same axe.
jest.mock('axe-core', () => jest.requireActual('axe-core/axe.min.js'));

// The project's TypeScript has no DOM types; these names are only used in functions that run in the page.
declare const document: any;
declare function getComputedStyle(element: unknown): { outlineStyle: string };

const HEADER =
  'organisation_name,organisation_type,focus_areas,neighbourhoods,website,organisation_phone,notes,organisation_status,contact_name,contact_email,contact_phone,contact_role,contact_language,contact_opted_out';

/** The table row (by its row header) that names this text. */
function row(page: Page, text: string | RegExp) {
  return page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: text }) });
}

/** Presses Tab (Shift+Tab with back) until the focused element's accessible text matches, as a keyboard user would. */
async function tabTo(page: Page, matches: RegExp, back = false): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const label = await page.evaluate(() => {
      const el = document.activeElement;
      const labelled = el?.getAttribute('aria-label') ?? '';
      const forLabel = el?.id ? (document.querySelector(`label[for="${el.id}"]`)?.textContent ?? '') : '';
      return `${labelled} ${forLabel} ${el?.textContent ?? ''}`.trim();
    });
    if (matches.test(label)) return;
  }
  throw new Error(`no focusable element matching ${matches} within 60 presses of Tab`);
}

// Journeys with an accessibility check at each step outlast jest's default minute on 2 busy cores.
jest.setTimeout(150_000);

describe('The console partners area in a real browser', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let browser: Browser;

  beforeAll(async () => {
    const config = testConfig();
    t = await createTestApp(config);
    worker = await startTestWorker(config);
    browser = await consoleBrowser();
  });
  afterAll(async () => {
    await browser.close();
    await worker.close();
    await t.close();
  });

  it('searches and filters the directory, keeps the filters in the URL, and exports what it shows', async () => {
    const staff = await consoleStaff(t.dataSource);
    await createOrganisation(t.dataSource, staff.agencyId, { name: 'Northgate High School', type: OrganisationType.SCHOOL, focusAreas: ['youth safety'], neighbourhoods: ['Northgate'] });
    await createOrganisation(t.dataSource, staff.agencyId, { name: 'North Star Shelter', type: OrganisationType.VICTIM_SERVICES, focusAreas: ['domestic violence'], neighbourhoods: ['Old Town'] });
    await createOrganisation(t.dataSource, staff.agencyId, { name: 'Old Town Merchants', type: OrganisationType.BUSINESS_ASSOCIATION, status: OrganisationStatus.ARCHIVED });
    const { page, errors } = await newConsolePage(browser);
    await signInToConsole(page, t.url, staff, '/partners');
    await page.getByRole('heading', { level: 1, name: 'Partner organisations' }).waitFor();
    await row(page, 'Old Town Merchants').waitFor();
    await expectAccessible(page);

    await page.getByLabel('Name contains').fill('north');
    await page.getByLabel('Type of organisation').selectOption({ label: 'School' });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByRole('status').filter({ hasText: '1 result' }).waitFor();
    expect(new URL(page.url()).searchParams.get('text')).toBe('north');
    expect(new URL(page.url()).searchParams.get('type')).toBe('SCHOOL');
    expect(await row(page, 'Northgate High School').count()).toBe(1);
    expect(await row(page, 'North Star Shelter').count()).toBe(0);

    // A bookmarked view opens with its filters.
    await page.reload();
    await row(page, 'Northgate High School').waitFor();
    expect(await page.getByLabel('Name contains').inputValue()).toBe('north');
    expect(await page.getByRole('status').filter({ hasText: '1 result' }).count()).toBe(1);

    // The export carries the filters: only the school is in the file.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download these organisations (CSV)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^organisations-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain('Northgate High School,SCHOOL');
    expect(csv).not.toContain('North Star Shelter');
    await page.getByText(/has been downloaded/).waitFor();

    await page.goto(`${t.url}/partners?neighbourhood=Old%20Town&focusArea=domestic%20violence`);
    await row(page, 'North Star Shelter').waitFor();
    expect(await page.getByLabel('Neighbourhood').inputValue()).toBe('Old Town');
    expect(await row(page, 'Northgate High School').count()).toBe(0);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByLabel('Status').selectOption({ label: 'Archived' });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByRole('status').filter({ hasText: '1 result' }).waitFor();
    expect(new URL(page.url()).search).toBe('?status=ARCHIVED');
    expect(await row(page, 'Old Town Merchants').getByText('Archived').count()).toBe(1);
    expect(errors).toEqual([]);
    await closeConsolePage(page);
  });

  it('creates an organisation and a contact with a preferred language, shows opt-outs (which staff cannot undo), and archives after a confirmation', async () => {
    const staff = await consoleStaff(t.dataSource);
    const taken = await createOrganisation(t.dataSource, staff.agencyId, { name: 'Eastbrook Youth League' });
    const { page, errors } = await newConsolePage(browser);
    await signInToConsole(page, t.url, staff, '/partners');
    await page.getByRole('link', { name: 'Add an organisation' }).click();
    await page.getByRole('heading', { level: 1, name: 'Add a partner organisation' }).waitFor();
    await expectAccessible(page);

    // Nothing typed is lost: a missing type and a name already taken appear beside their fields.
    await page.getByLabel(/^Name/).fill('eastbrook youth league');
    await page.getByRole('button', { name: 'Add the organisation' }).click();
    expect(await page.getByLabel(/^Type of organisation/).getAttribute('aria-invalid')).toBe('true');
    await page.getByText('Choose the type of organisation').waitFor();
    await page.getByLabel(/^Type of organisation/).selectOption({ label: 'Non-profit organisation' });
    await page.getByRole('button', { name: 'Add the organisation' }).click();
    await page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'That did not work' }) }).filter({ hasText: 'An organisation named "eastbrook youth league" already exists' }).waitFor();
    // The same message stands beside the name field, which is marked invalid.
    const describedBy = (await page.getByLabel(/^Name/).getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toContain('already exists');
    expect(await page.getByLabel(/^Name/).getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('link', { name: 'Open the organisation with this name' }).count()).toBe(1);
    await expectAccessible(page);
    expect(taken.id).toBeTruthy();

    await page.getByLabel(/^Name/).fill('Eastbrook Tenants Union');
    await page.getByLabel('Focus areas').fill('housing, youth safety');
    // USWDS draws its own box; a person clicks the label.
    await page.getByText('Eastbrook', { exact: true }).click();
    expect(await page.getByLabel('Eastbrook').isChecked()).toBe(true);
    await page.getByLabel('Website').fill('tenants.example.org');
    await page.getByRole('button', { name: 'Add the organisation' }).click();
    await page.getByRole('heading', { level: 1, name: 'Eastbrook Tenants Union' }).waitFor();
    await page.getByText('Saved.').waitFor();
    await page.getByText('housing, youth safety').waitFor();
    await page.getByRole('link', { name: 'https://tenants.example.org' }).waitFor();
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Add a contact' }).click();
    await page.getByRole('heading', { level: 1, name: 'Add a contact at Eastbrook Tenants Union' }).waitFor();
    await expectAccessible(page);
    await page.getByLabel(/^Full name/).fill('Lucía Fernández');
    await page.getByLabel(/^Email address/).fill('Lucia@Tenants.example.org');
    await page.getByLabel('Role or title').fill('Organiser');
    await page.getByLabel('Preferred language').selectOption({ label: 'Spanish' });
    await page.getByRole('button', { name: 'Add the contact' }).click();
    await page.getByRole('heading', { level: 1, name: 'Eastbrook Tenants Union' }).waitFor();
    const lucia = row(page, /Lucía Fernández/);
    await lucia.getByText('lucia@tenants.example.org').waitFor();
    expect(await lucia.getByRole('cell', { name: 'Spanish' }).count()).toBe(1);
    expect(await lucia.getByText('Receives mail').count()).toBe(1);

    // Staff record an opt-out (confirmed in a dialog); afterwards nothing offers to undo it.
    await page.getByRole('button', { name: 'Record opt-out for Lucía Fernández' }).click();
    const dialog = page.getByRole('dialog', { name: 'Record that Lucía Fernández wants no more invitations?' });
    await dialog.waitFor();
    await expectAccessible(page);
    await dialog.getByLabel('How they asked (optional)').fill('by phone');
    await dialog.getByRole('button', { name: 'Record the opt-out' }).click();
    await page.getByText('Lucía Fernández is now opted out of outreach mail.').waitFor();
    await lucia.getByText('Opted out of outreach', { exact: true }).waitFor();
    await lucia.getByText(/recorded by staff.*Only the contact can opt back in/).waitFor();
    expect(await page.getByRole('button', { name: 'Record opt-out for Lucía Fernández' }).count()).toBe(0);
    await expectAccessible(page);

    // A contact who opted out from an email's link shows it too, and their edit page says editing keeps it.
    const [org]: { id: string; agencyId: string }[] = await t.dataSource.query(`SELECT id, agency_id AS "agencyId" FROM organisations WHERE agency_id = $1 AND name = $2`, [
      staff.agencyId,
      'Eastbrook Tenants Union',
    ]);
    await createContact(t.dataSource, org, { name: 'Sam Okafor', optedOutAt: new Date('2026-01-05T15:00:00Z'), optOutSource: 'unsubscribe link', preferredLanguage: 'so' });
    await page.reload();
    const sam = row(page, /Sam Okafor/);
    await sam.getByText(/recorded by unsubscribe link/).waitFor();
    expect(await sam.getByRole('cell', { name: 'Somali' }).count()).toBe(1);
    await page.getByRole('link', { name: 'Edit Sam Okafor' }).click();
    await page.getByRole('heading', { level: 1, name: 'Edit Sam Okafor' }).waitFor();
    await page.getByText(/This contact has opted out of outreach mail/).waitFor();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Cancel' }).click();

    // A contact whose address bounced for good shows why; saving a corrected address clears it.
    await createContact(t.dataSource, org, {
      name: 'Dana Bounced',
      email: 'dana@gone.example',
      undeliverableAt: new Date('2026-02-01T15:00:00Z'),
      undeliverableReason: '5.1.1 smtp; 550 5.1.1 User unknown',
    });
    await page.reload();
    const dana = row(page, /Dana Bounced/);
    await dana.getByText('Address bounced', { exact: true }).waitFor();
    await dana.getByText(/was refused for good .*5\.1\.1 smtp; 550 5\.1\.1 User unknown/).waitFor();
    expect(await dana.getByText('Receives mail').count()).toBe(0);
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Edit Dana Bounced' }).click();
    await page.getByRole('heading', { level: 1, name: 'Edit Dana Bounced' }).waitFor();
    await page.getByText(/Mail to dana@gone\.example was refused for good .* Saving a corrected address clears this\./).waitFor();
    await expectAccessible(page);
    await page.getByLabel(/^Email address/).fill('dana@partner.example');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { level: 1, name: 'Eastbrook Tenants Union' }).waitFor();
    await row(page, /Dana Bounced/).getByText('Receives mail').waitFor();
    expect(await row(page, /Dana Bounced/).getByText('Address bounced').count()).toBe(0);

    await page.getByRole('button', { name: 'Archive' }).click();
    const archive = page.getByRole('dialog', { name: 'Archive Eastbrook Tenants Union?' });
    await archive.waitFor();
    await expectAccessible(page);
    await archive.getByRole('button', { name: 'Yes, archive it' }).click();
    await page.getByText('The organisation is archived.').waitFor();
    await page.getByRole('button', { name: 'Restore from archive' }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Archived');
    await expectAccessible(page);
    const [stored] = await t.dataSource.query(`SELECT status FROM organisations WHERE id = $1`, [org.id]);
    expect(stored.status).toBe('ARCHIVED');
    expect(errors).toEqual([]);
    await closeConsolePage(page);
  });

  it('imports a CSV: the dry run lists the bad row, the fixed file imports with a progress bar to the end and a summary', async () => {
    const staff = await consoleStaff(t.dataSource);
    await createOrganisation(t.dataSource, staff.agencyId, { name: 'Safe Harbor Shelter', type: OrganisationType.VICTIM_SERVICES, focusAreas: ['domestic violence'] });
    await createOrganisation(t.dataSource, staff.agencyId, { name: 'Old Town Merchants', type: OrganisationType.BUSINESS_ASSOCIATION });
    const good = [
      'Northgate High School,SCHOOL,youth safety,Northgate,https://nhs.example.org,,,ACTIVE,Karen Hughes,khughes@nhs.example.org,,Principal,en,no',
      'Safe Harbor Shelter,VICTIM_SERVICES,domestic violence,Old Town,,,,ACTIVE,Angela Brooks,abrooks@safeharbor.example.org,,Director,es,no',
      'Old Town Merchants,BUSINESS_ASSOCIATION,,,,,,ACTIVE,,,,,,',
    ];
    const bad = [good[0], good[1].replace('abrooks@safeharbor.example.org', 'abrooks-at-safeharbor'), good[2]];
    const file = (rows: string[]) => ({ name: 'partners.csv', mimeType: 'text/csv', buffer: Buffer.from([HEADER, ...rows].join('\n'), 'utf8') });

    const { page, errors } = await newConsolePage(browser);
    await signInToConsole(page, t.url, staff, '/partners/import');
    await page.getByRole('heading', { level: 1, name: 'Import partners from a spreadsheet' }).waitFor();
    await expectAccessible(page);

    await page.getByLabel('CSV file').setInputFiles(file(bad));
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByRole('heading', { name: '1 problem in the file' }).waitFor();
    const problem = page.getByRole('table', { name: 'Problems by row' }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: '3', exact: true }) });
    await problem.getByRole('cell', { name: 'contact_email', exact: true }).waitFor();
    expect(await problem.textContent()).toMatch(/email/i);
    await expectAccessible(page);
    expect(await t.dataSource.query(`SELECT name FROM organisations WHERE agency_id = $1 AND name = 'Northgate High School'`, [staff.agencyId])).toEqual([]);

    await page.getByLabel('CSV file').setInputFiles(file(good));
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByRole('heading', { name: 'The file is ready to import' }).waitFor();
    expect(await page.getByRole('table', { name: 'Problems by row' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Import 3 rows' }).click();
    await page.getByRole('heading', { name: 'Import finished' }).waitFor();
    const bar = page.getByRole('progressbar', { name: 'Import progress' });
    expect(await bar.getAttribute('value')).toBe('100');
    await page.getByText('100% done').waitFor();
    const summary = page.getByRole('table', { name: 'What the import changed' });
    const counts = async (label: string) => (await summary.getByRole('row').filter({ has: page.getByRole('rowheader', { name: label }) }).getByRole('cell').allTextContents()).map(Number);
    // Created: the school and both contacts; updated: the shelter (new neighbourhood); unchanged: the merchants.
    expect(await counts('Organisations')).toEqual([1, 1, 1]);
    expect(await counts('Contacts')).toEqual([2, 0, 0]);
    expect(await counts('Total')).toEqual([3, 1, 1]);
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Go to the directory' }).click();
    await row(page, 'Northgate High School').waitFor();
    expect(errors).toEqual([]);
    await closeConsolePage(page);
  });

  it('a CSV with wrong headers and one saved in Latin-1 each get a clear message beside the file field, and nothing is imported', async () => {
    const staff = await consoleStaff(t.dataSource);
    const { page, errors } = await newConsolePage(browser);
    await signInToConsole(page, t.url, staff, '/partners/import');
    const input = page.getByLabel('CSV file');

    await input.setInputFiles({ name: 'wrong.csv', mimeType: 'text/csv', buffer: Buffer.from('Organisation,organisation_type,contact_name,email address\nX,NGO,,\n') });
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByText(/The first row of the file must name the columns.*Missing columns: organisation_name and contact_email\. Columns Liaison does not know: Organisation and email address\./).waitFor();
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page);

    const latin1 = Buffer.from(`${HEADER}\nCaf\xe9 Solidario,NGO,,,,,,,Jos\xe9 P\xe9rez,jose@example.org,,,es,\n`, 'latin1');
    await input.setInputFiles({ name: 'latin1.csv', mimeType: 'text/csv', buffer: latin1 });
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByText(/not saved as UTF-8 text \(the first unreadable character is on line 2\)/).waitFor();
    await expectAccessible(page);
    expect(await t.dataSource.query(`SELECT id FROM organisations WHERE agency_id = $1`, [staff.agencyId])).toEqual([]);
    // The browser logs each refused upload (HTTP 400) as a failed resource; nothing else may be logged.
    expect(errors.filter((e) => !/status of 400/.test(e))).toEqual([]);
    await closeConsolePage(page);
  });

  it('by keyboard alone: from the directory, add an organisation, then archive it through the dialog (Escape closes it and focus returns)', async () => {
    const staff = await consoleStaff(t.dataSource, StaffRole.ADMIN);
    const { page, errors } = await newConsolePage(browser);
    await signInToConsole(page, t.url, staff, '/partners');
    await page.getByRole('heading', { level: 1, name: 'Partner organisations' }).waitFor();
    await tabTo(page, /^Add an organisation$/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Add a partner organisation' }).waitFor();
    // Focus moved to the new screen's heading.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await tabTo(page, /^Name/);
    await page.keyboard.type('Keyboard Cycling Club');
    await page.keyboard.press('Tab');
    // The type select: arrows choose an option.
    await page.keyboard.press('ArrowDown');
    expect(await page.getByLabel(/^Type of organisation/).inputValue()).toBe('NGO');
    await tabTo(page, /Northgate/);
    await page.keyboard.press('Space');
    await tabTo(page, /^Add the organisation$/);
    // The focus indicator is visible on the button about to be pressed.
    expect(await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Keyboard Cycling Club' }).waitFor();
    await page.getByText('Northgate', { exact: true }).waitFor();

    await tabTo(page, /^Archive$/);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Archive Keyboard Cycling Club?' });
    await dialog.waitFor();
    await waitUntilTrue(page, () => Boolean(document.activeElement?.closest('dialog')));
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Archive');
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    // Tab stays within the dialog (no way out but its buttons or Escape).
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest('dialog')) || document.activeElement === document.body)).toBe(true);
    }
    await tabTo(page, /^Yes, archive it$/);
    await page.keyboard.press('Enter');
    await page.getByText('The organisation is archived.').waitFor();
    await expectAccessible(page);
    expect(errors).toEqual([]);
    await closeConsolePage(page);
  });
});
