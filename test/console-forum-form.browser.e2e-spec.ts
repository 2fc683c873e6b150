import { DateTime } from 'luxon';
import { Browser, Page } from 'playwright-core';
import { StaffRole } from '@app/common';
import { VenueAccessibilityFeature } from '@app/forums';
import { Locator } from 'playwright-core';
import { TEST_PASSWORD, TestApp, createAgency, createStaff, createTestApp, createVenue, signIn, testConfig } from '@app/testing';
import { consoleBrowser, expectAccessible, newConsolePage, signInToConsole } from './support/console';
import { FORUM_FIELDS } from './support/forums';

const CHICAGO = 'America/Chicago';
const NEW_YORK = 'America/New_York';
const FORUM_URL = /\/forums\/([0-9a-f-]{36})$/;

/** A local wall-clock time in `zone`, `days` from today at `hour`:`minute`, as the API and datetime-local take it. */
function local(zone: string, days: number, hour: number, minute = 0): string {
  return DateTime.now().setZone(zone).plus({ days }).set({ hour, minute, second: 0, millisecond: 0 }).toFormat("yyyy-LL-dd'T'HH:mm");
}

/** The UTC instant the API should store for a wall-clock time in a zone. */
function utc(localTime: string, zone: string): string {
  return DateTime.fromISO(localTime, { zone }).toUTC().toISO({ suppressMilliseconds: false })!;
}

describe('Console: creating and editing a forum (/forums/new, /forums/:forumId/edit)', () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    t = await createTestApp(testConfig({ LOGIN_RATE_LIMIT: '1000' }));
    browser = await consoleBrowser();
  });
  afterAll(async () => {
    await browser.close();
    await t.close();
  });

  /** An agency with an officer (who signs in), a second officer to host, an analyst, two venues and an archived one. */
  async function world(agency: Record<string, unknown> = {}) {
    const { id: agencyId } = await createAgency(t.dataSource, { timeZone: CHICAGO, ...agency } as never);
    const officer = await createStaff(t.dataSource, agencyId, StaffRole.LIAISON_OFFICER, { name: 'Olivia Ortega' });
    const host = await createStaff(t.dataSource, agencyId, StaffRole.LIAISON_OFFICER, { name: 'Hana Whitfield' });
    await createStaff(t.dataSource, agencyId, StaffRole.ANALYST, { name: 'Andy Whitfield' });
    const library = await createVenue(t.dataSource, agencyId, {
      name: 'Eastbrook Library',
      address: '12 Elm Street',
      capacity: 80,
      accessibilityFeatures: [VenueAccessibilityFeature.STEP_FREE_ACCESS, VenueAccessibilityFeature.HEARING_LOOP],
    });
    const school = await createVenue(t.dataSource, agencyId, { name: 'Westside School Gym', address: '40 Oak Avenue', capacity: 200 });
    await createVenue(t.dataSource, agencyId, { name: 'Old Armory', address: '1 Fort Road', archivedAt: new Date() });
    const token = await signIn(t.graphql, officer.email);
    return { agencyId, officer, host, library, school, token };
  }

  async function open(path: string, w: Awaited<ReturnType<typeof world>>) {
    const { page, errors } = await newConsolePage(browser);
    await signInToConsole(page, t.url, { email: w.officer.email, password: TEST_PASSWORD }, path);
    return { page, errors };
  }

  async function forum(id: string, token: string) {
    return (await t.graphql.data(`query($id: ID!) { forum(id: $id) { ${FORUM_FIELDS} hosts { id name } venue { id name } } }`, { id }, token)).forum;
  }

  async function createOverApi(token: string, input: Record<string, unknown>) {
    return (
      await t.graphql.data(`mutation($input: CreateForumInput!) { createForum(input: $input) { id title } }`, { input: { type: 'TOWN_HALL', timeZone: CHICAGO, format: 'IN_PERSON', ...input } }, token)
    ).createForum;
  }

  /** Checks a USWDS radio or checkbox the way a mouse user does: by its label (the input itself is drawn off-screen). */
  async function tick(input: Locator) {
    const id = await input.getAttribute('id');
    await input.page().locator(`label[for="${id}"]`).click();
    expect(await input.isChecked()).toBe(true);
  }

  /** Waits until the element has focus (focus moves in a layout effect after React renders). */
  async function expectFocused(locator: Locator) {
    for (let i = 0; i < 50; i += 1) {
      if (await locator.evaluate((el) => el === document.activeElement)) return;
      await locator.page().waitForTimeout(50);
    }
    expect(await focusedName(locator.page())).toBe(await locator.textContent());
  }

  /** The accessible name of the focused element, as far as these tests need it. */
  function focusedName(page: Page): Promise<string> {
    return page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      if (!el) return '';
      const labelled = el.getAttribute('aria-label');
      if (labelled) return labelled;
      if (el.labels && el.labels.length) return el.labels[0].textContent ?? '';
      return el.textContent ?? '';
    });
  }

  /** Presses Tab until the focused control's name matches: keyboard only, without counting tab stops by hand. */
  async function tabTo(page: Page, name: string | RegExp, key = 'Tab') {
    for (let i = 0; i < 150; i += 1) {
      await page.keyboard.press(key);
      const now = (await focusedName(page)).trim();
      if (typeof name === 'string' ? now === name : name.test(now)) return;
    }
    throw new Error(`never reached ${String(name)} by ${key}`);
  }

  it('creates a forum with venue, hosts, languages, accessibility and a reordered agenda, saving times in UTC for the zone chosen', async () => {
    const w = await world();
    const { page, errors } = await open('/forums/new', w);
    await page.getByRole('heading', { level: 1, name: 'New forum' }).waitFor();
    await expectAccessible(page);

    await page.getByLabel('Kind of forum *').selectOption({ label: 'Listening session' });
    await page.getByLabel('Title *').fill('Eastbrook listening session');
    await page.getByLabel('Description').fill('Tell us what matters on your street.');
    await page.getByLabel('Topics').fill('Traffic, mental health');
    // The zone defaults to the agency's and can be changed: times are typed in the chosen zone.
    expect(await page.getByLabel('Time zone *').inputValue()).toBe(CHICAGO);
    await page.getByLabel('Time zone *').selectOption(NEW_YORK);
    const start = local(NEW_YORK, 20, 18);
    const end = local(NEW_YORK, 20, 20, 30);
    const deadline = local(NEW_YORK, 19, 12);
    await page.getByLabel('Starts *').fill(start);
    await page.getByLabel('Ends *').fill(end);
    await page.getByLabel('RSVP deadline').fill(deadline);
    expect(await page.locator('#forum-start-hint').textContent()).toContain('America/New_York');

    // The venue picker searches the API; archived venues never appear; each shows seats and access.
    await page.getByLabel('Search venues').fill('armory');
    await page.getByRole('status').filter({ hasText: 'No venues match.' }).waitFor();
    await page.getByLabel('Search venues').fill('east');
    const library = page.getByRole('radio', { name: /Eastbrook Library/ });
    await library.waitFor();
    await page.getByText('12 Elm Street · 80 seats · Step-free access and Hearing loop').waitFor();
    await tick(library);
    await page.getByText('Chosen venue: Eastbrook Library').waitFor();

    // Hosts: the signed-in officer by default, another found by name; analysts cannot host.
    await page.getByRole('button', { name: 'Remove Olivia Ortega' }).waitFor();
    await page.getByLabel('Search staff by name').fill('whitfield');
    await page.getByRole('status').filter({ hasText: '1 person found.' }).waitFor();
    await tick(page.getByRole('checkbox', { name: /Hana Whitfield/ }));

    await tick(page.getByRole('checkbox', { name: 'Spanish' }).first());
    await tick(page.locator('#forum-interpretationLanguages-vi'));
    await tick(page.getByLabel('Sign language interpretation'));
    await page.getByLabel('Accessibility notes').fill('Side entrance has a ramp.');
    await tick(page.getByRole('radio', { name: /Invitation only/ }));

    const items = [
      ['Welcome', 'Chief Ortega', '10'],
      ['Open questions', 'Residents', '60'],
      ['Next steps', 'Hana Whitfield', '15'],
    ];
    for (const [index, [title, speaker, minutes]] of items.entries()) {
      await page.getByRole('button', { name: 'Add an agenda item' }).click();
      const group = page.getByRole('group', { name: `Item ${index + 1} of ${index + 1}` });
      // Adding an item moves focus to its title.
      await expectFocused(group.getByLabel('Item title *'));
      await page.keyboard.type(title);
      await group.getByLabel('Speaker').fill(speaker);
      await group.getByLabel('Duration in minutes').fill(minutes);
    }
    // Reorder by keyboard: "Next steps" up twice; focus stays with the item and the move is announced.
    await page.getByRole('button', { name: 'Move item 3 up' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('“Next steps” is now item 2 of 3.').waitFor({ state: 'attached' });
    await expectFocused(page.getByRole('button', { name: 'Move item 2 up' }));
    await page.keyboard.press('Enter');
    await page.getByText('“Next steps” is now item 1 of 3.').waitFor({ state: 'attached' });
    // At the top Move up is disabled, so focus goes to the same item's Move down.
    await expectFocused(page.getByRole('button', { name: 'Move item 1 down' }));
    await page.keyboard.press('Enter');
    await page.getByText('“Next steps” is now item 2 of 3.').waitFor({ state: 'attached' });
    await page.getByRole('button', { name: 'Move item 2 up' }).press('Enter');

    await page.getByRole('button', { name: 'Create forum' }).click();
    await page.waitForURL(FORUM_URL);
    const id = FORUM_URL.exec(page.url())![1];
    const saved = await forum(id, w.token);
    expect(saved).toMatchObject({
      title: 'Eastbrook listening session',
      type: 'LISTENING_SESSION',
      status: 'DRAFT',
      description: 'Tell us what matters on your street.',
      topics: ['traffic', 'mental health'],
      timeZone: NEW_YORK,
      startsAtLocal: start,
      endsAtLocal: end,
      format: 'IN_PERSON',
      venue: { name: 'Eastbrook Library' },
      languages: ['en', 'es'],
      interpretationLanguages: ['vi'],
      signLanguage: true,
      accessibilityNotes: 'Side entrance has a ramp.',
      visibility: 'INVITE_ONLY',
      agenda: [
        { title: 'Next steps', speaker: 'Hana Whitfield', durationMinutes: 15 },
        { title: 'Welcome', speaker: 'Chief Ortega', durationMinutes: 10 },
        { title: 'Open questions', speaker: 'Residents', durationMinutes: 60 },
      ],
    });
    // The wall-clock times were taken in New York's zone, not the agency's or the browser's.
    expect(new Date(saved.startsAt).toISOString()).toBe(utc(start, NEW_YORK));
    expect(new Date(saved.endsAt).toISOString()).toBe(utc(end, NEW_YORK));
    expect(new Date(saved.rsvpDeadline).toISOString()).toBe(utc(deadline, NEW_YORK));
    expect(saved.hosts.map((h: { name: string }) => h.name).sort()).toEqual(['Hana Whitfield', 'Olivia Ortega']);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
