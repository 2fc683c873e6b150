import { DateTime } from 'luxon';
import { Browser, Page } from 'playwright-core';
import { StaffRole } from '@app/common';
import { VenueAccessibilityFeature } from '@app/forums';
import { Locator } from 'playwright-core';
import { TEST_PASSWORD, TestApp, createAgency, createStaff, createTestApp, createVenue, eventually, signIn, testConfig } from '@app/testing';
import { closeConsolePage, consoleBrowser, expectAccessible, newConsolePage, signInToConsole } from './support/console';
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

// Journeys with an accessibility check at each step outlast jest's default minute on 2 busy cores.
jest.setTimeout(150_000);

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

  /** The little of the DOM these checks read (the project's TypeScript has no DOM types). */
  interface Focusable {
    getAttribute(name: string): string | null;
    labels?: { length: number; [index: number]: { textContent: string | null } } | null;
    textContent: string | null;
  }

  /** Waits until the element has focus (focus moves in a layout effect after React renders). */
  async function expectFocused(locator: Locator) {
    await eventually(async () => {
      if (await locator.evaluate((el) => el === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement)) return;
      throw new Error(`the focus is on "${await focusedName(locator.page())}", not on "${await locator.textContent()}"`);
    }, { what: 'the focus to move', timeoutMs: 2_500 });
  }

  /** The accessible name of the focused element, as far as these tests need it. */
  function focusedName(page: Page): Promise<string> {
    return page.evaluate(() => {
      const el = (globalThis as unknown as { document: { activeElement: Focusable | null } }).document.activeElement;
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
    await page.getByLabel('Title *', { exact: true }).fill('Eastbrook listening session');
    await page.getByLabel('Description', { exact: true }).fill('Tell us what matters on your street.');
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
    await page.getByLabel('Accessibility notes', { exact: true }).fill('Side entrance has a ramp.');
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
    await closeConsolePage(page);
  });

  it('edits a forum: pre-filled, a new venue that is booked shows the other forum, and saving anyway keeps the reason', async () => {
    const w = await world();
    const start = local(CHICAGO, 12, 18);
    const end = local(CHICAGO, 12, 20);
    const mine = await createOverApi(w.token, { title: 'Library town hall', start, end, venueId: w.library.id, agenda: [{ title: 'Welcome' }] });
    const other = await createOverApi(w.token, { title: 'Budget listening session', start: local(CHICAGO, 12, 19), end: local(CHICAGO, 12, 21), venueId: w.school.id });
    const { page, errors } = await open(`/forums/${mine.id}/edit`, w);
    await page.getByRole('heading', { level: 1, name: 'Edit “Library town hall”' }).waitFor();
    expect(await page.getByLabel('Title *', { exact: true }).inputValue()).toBe('Library town hall');
    expect(await page.getByLabel('Starts *').inputValue()).toBe(start);
    expect(await page.getByLabel('Time zone *').inputValue()).toBe(CHICAGO);
    await page.getByText('Chosen venue: Eastbrook Library').waitFor();
    expect(await page.getByRole('group', { name: 'Item 1 of 1' }).getByLabel('Item title *').inputValue()).toBe('Welcome');
    await expectAccessible(page);

    await page.getByLabel('Title *', { exact: true }).fill('Westside town hall');
    await tick(page.getByRole('radio', { name: /Westside School Gym/ }));
    await page.getByRole('button', { name: 'Save changes' }).click();

    // The conflict names the other forum, links to it, and offers to save anyway with a reason.
    const notice = page.getByRole('region', { name: 'The venue is already booked then' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain('It overlaps with “Budget listening session”');
    expect(await page.getByRole('link', { name: /Open “Budget listening session”/ }).getAttribute('href')).toBe(`/forums/${other.id}`);
    await expectFocused(notice);
    await expectAccessible(page);
    // Nothing typed was lost.
    expect(await page.getByLabel('Title *', { exact: true }).inputValue()).toBe('Westside town hall');

    await page.getByRole('button', { name: 'Save anyway' }).click();
    await page.getByText('Say why the forum should be booked anyway.').waitFor();
    await page.getByLabel('Why book it anyway?').fill('Joint meeting with the budget session');
    await page.getByRole('button', { name: 'Save anyway' }).click();
    await page.waitForURL(new RegExp(`/forums/${mine.id}$`));
    const saved = await forum(mine.id, w.token);
    expect(saved).toMatchObject({ title: 'Westside town hall', venue: { name: 'Westside School Gym' }, conflictOverrideReason: 'Joint meeting with the budget session', startsAtLocal: start });
    expect(errors).toEqual([]);
    await closeConsolePage(page);
  });

  it('moves a forum to new times and another zone from the edit screen (a reschedule), keeping the rest', async () => {
    const w = await world();
    const mine = await createOverApi(w.token, { title: 'Evening forum', start: local(CHICAGO, 15, 18), end: local(CHICAGO, 15, 19), venueId: w.library.id });
    const { page, errors } = await open(`/forums/${mine.id}/edit`, w);
    await page.getByRole('heading', { level: 1, name: 'Edit “Evening forum”' }).waitFor();
    const start = local(NEW_YORK, 16, 17, 30);
    const end = local(NEW_YORK, 16, 19);
    await page.getByLabel('Time zone *').selectOption(NEW_YORK);
    await page.getByLabel('Starts *').fill(start);
    await page.getByLabel('Ends *').fill(end);
    await tick(page.getByRole('radio', { name: /Westside School Gym/ }));
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForURL(new RegExp(`/forums/${mine.id}$`));
    const saved = await forum(mine.id, w.token);
    expect(saved).toMatchObject({ title: 'Evening forum', timeZone: NEW_YORK, startsAtLocal: start, endsAtLocal: end, venue: { name: 'Westside School Gym' } });
    expect(new Date(saved.startsAt).toISOString()).toBe(utc(start, NEW_YORK));
    expect(errors).toEqual([]);
    await closeConsolePage(page);
  });

  it('shows an end before the start beside the end field, keeping everything typed', async () => {
    const w = await world();
    const { page, errors } = await open('/forums/new', w);
    await page.getByRole('heading', { level: 1, name: 'New forum' }).waitFor();
    await page.getByLabel('Kind of forum *').selectOption({ label: 'Town hall' });
    await page.getByLabel('Title *', { exact: true }).fill('Backwards forum');
    await page.getByLabel('Starts *').fill(local(CHICAGO, 9, 20));
    await page.getByLabel('Ends *').fill(local(CHICAGO, 9, 18));
    await tick(page.getByRole('radio', { name: /Eastbrook Library/ }));
    await page.getByRole('button', { name: 'Add an agenda item' }).click();
    await page.keyboard.type('Welcome');
    await page.getByRole('button', { name: 'Create forum' }).click();

    const endField = page.getByLabel('Ends *');
    await page.locator('#forum-end-error').waitFor();
    expect(await page.locator('#forum-end-error').textContent()).toContain('must be after the start');
    expect(await endField.getAttribute('aria-invalid')).toBe('true');
    expect(await endField.getAttribute('aria-describedby')).toContain('forum-end-error');
    // The summary is announced and takes focus; nothing typed was lost.
    await page.getByRole('alert').filter({ hasText: 'Please correct the fields marked below' }).waitFor();
    expect(await page.getByLabel('Title *', { exact: true }).inputValue()).toBe('Backwards forum');
    expect(await page.getByRole('group', { name: 'Item 1 of 1' }).getByLabel('Item title *').inputValue()).toBe('Welcome');
    await expectAccessible(page);

    // A negative seat count and a missing kind are named beside their fields too.
    await page.getByLabel('Ends *').fill(local(CHICAGO, 9, 21));
    await page.getByLabel('Seats for this forum').fill('-5');
    await page.getByRole('button', { name: 'Create forum' }).click();
    await page.locator('#forum-capacityOverride-error').waitFor();
    expect(await page.locator('#forum-end-error').count()).toBe(0);
    expect(errors).toEqual([]);
    await closeConsolePage(page);
  });

  it('handles an odd time zone: an agency zone the browser does not know, then a time the clocks skip', async () => {
    const w = await world({ timeZone: 'Mars/Olympus_Mons' });
    const { page, errors } = await open('/forums/new', w);
    await page.getByRole('heading', { level: 1, name: 'New forum' }).waitFor();
    const zone = page.getByLabel('Time zone *');
    expect(await zone.inputValue()).toBe('Mars/Olympus_Mons');
    await page.getByText('“Mars/Olympus_Mons” is not a time zone this browser recognises.').waitFor();
    await page.getByLabel('Kind of forum *').selectOption({ label: 'Town hall' });
    await page.getByLabel('Title *', { exact: true }).fill('Spring forward forum');
    await page.getByLabel('Starts *').fill(local(CHICAGO, 9, 18));
    await page.getByLabel('Ends *').fill(local(CHICAGO, 9, 19));
    await tick(page.getByRole('radio', { name: /Eastbrook Library/ }));
    await page.getByRole('button', { name: 'Create forum' }).click();
    // The API's own words, beside the zone field.
    await page.locator('#forum-timeZone-error').waitFor();
    expect(await page.locator('#forum-timeZone-error').textContent()).toContain('is not an IANA time zone');
    await expectAccessible(page);

    // 02:30 on the day US clocks spring forward does not exist in Chicago: said beside the start.
    const springForward = DateTime.fromObject({ year: DateTime.now().year + 1, month: 3, day: 8 }, { zone: CHICAGO }).set({ weekday: 7 });
    const gap = `${springForward.toFormat('yyyy-LL-dd')}T02:30`;
    await zone.selectOption(CHICAGO);
    await page.getByLabel('Starts *').fill(gap);
    await page.getByLabel('Ends *').fill(`${springForward.toFormat('yyyy-LL-dd')}T04:00`);
    await page.getByRole('button', { name: 'Create forum' }).click();
    await page.locator('#forum-start-error').waitFor();
    expect(await page.locator('#forum-start-error').textContent()).toContain('does not exist in America/Chicago');
    expect(await page.locator('#forum-timeZone-error').count()).toBe(0);

    await page.getByLabel('Starts *').fill(`${springForward.toFormat('yyyy-LL-dd')}T03:30`);
    await page.getByRole('button', { name: 'Create forum' }).click();
    await page.waitForURL(FORUM_URL);
    const saved = await forum(FORUM_URL.exec(page.url())![1], w.token);
    expect(saved).toMatchObject({ timeZone: CHICAGO, startsAtLocal: `${springForward.toFormat('yyyy-LL-dd')}T03:30` });
    expect(errors).toEqual([]);
    await closeConsolePage(page);
  });

  it('shows each enabled language\'s fields beside the English, marks what is missing, and saves the translations', async () => {
    const w = await world({ enabledLanguages: ['en', 'vi', 'ar'] });
    const mine = await createOverApi(w.token, {
      title: 'Library town hall',
      description: 'Meet your neighbourhood officers.',
      accessibilityNotes: 'Ramp at the side door.',
      start: local(CHICAGO, 14, 18),
      end: local(CHICAGO, 14, 20),
      venueId: w.library.id,
      agenda: [{ title: 'Welcome' }],
      translations: [{ language: 'vi', title: 'Họp cộng đồng tại thư viện' }],
    });
    const { page, errors } = await open(`/forums/${mine.id}/edit`, w);
    await page.getByRole('heading', { level: 1, name: 'Edit “Library town hall”' }).waitFor();
    // The legend says how much each language lacks (it changes as text is typed).
    await page.getByRole('group', { name: 'Vietnamese: 3 texts missing' }).waitFor();
    await page.getByRole('group', { name: 'Arabic: 4 texts missing' }).waitFor();
    const vietnamese = page.getByRole('group', { name: /^Vietnamese: / });
    const arabic = page.getByRole('group', { name: /^Arabic: / });
    // Spanish is not enabled for this agency, so it is not offered.
    expect(await page.getByRole('group', { name: /^Spanish/ }).count()).toBe(0);
    expect(await vietnamese.getByLabel('Title in Vietnamese').inputValue()).toBe('Họp cộng đồng tại thư viện');
    // Each field carries the English it translates, and says in words when it is missing.
    const description = vietnamese.getByLabel('Description in Vietnamese');
    expect(await description.getAttribute('lang')).toBe('vi');
    const described = (await description.getAttribute('aria-describedby'))!.split(' ');
    const descriptions = await Promise.all(described.map((id) => page.locator(`#${id}`).textContent()));
    expect(descriptions).toEqual(['English: Meet your neighbourhood officers.', 'Missing: shown in English']);
    expect(await vietnamese.getByText('Missing: shown in English').count()).toBe(3);
    const arabicTitle = arabic.getByLabel('Title in Arabic');
    expect(await arabicTitle.getAttribute('dir')).toBe('rtl');
    expect(await arabicTitle.getAttribute('lang')).toBe('ar');
    await expectAccessible(page);

    await description.fill('Gặp gỡ các sĩ quan khu phố của bạn.');
    await vietnamese.getByLabel('Accessibility notes in Vietnamese').fill('Lối dốc ở cửa bên.');
    await vietnamese.getByLabel('Agenda item 1 in Vietnamese').fill('Chào mừng');
    await page.getByRole('group', { name: 'Vietnamese: complete' }).waitFor();
    await arabicTitle.fill('اجتماع المكتبة');
    await page.getByRole('group', { name: 'Arabic: 3 texts missing' }).waitFor();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForURL(new RegExp(`/forums/${mine.id}$`));
    const saved = (
      await t.graphql.data<{ forum: any }>(
        `query($id: ID!) { forum(id: $id) { translations { language title description accessibilityNotes agenda { title notes } } missingTranslations { language field } } }`,
        { id: mine.id },
        w.token,
      )
    ).forum;
    expect(saved.translations).toEqual([
      { language: 'vi', title: 'Họp cộng đồng tại thư viện', description: 'Gặp gỡ các sĩ quan khu phố của bạn.', accessibilityNotes: 'Lối dốc ở cửa bên.', agenda: [{ title: 'Chào mừng', notes: null }] },
      { language: 'ar', title: 'اجتماع المكتبة', description: null, accessibilityNotes: null, agenda: [] },
    ]);
    expect(saved.missingTranslations).toEqual([
      { language: 'ar', field: 'description' },
      { language: 'ar', field: 'accessibilityNotes' },
      { language: 'ar', field: 'agenda.0.title' },
    ]);
    expect(errors).toEqual([]);
    await closeConsolePage(page);
  });

  it('creates a forum with the keyboard alone', async () => {
    const w = await world();
    const { page, errors } = await open('/forums/new', w);
    const heading = page.getByRole('heading', { level: 1, name: 'New forum' });
    await heading.waitFor();
    // After navigation focus is on the heading; from there on only keys are pressed.
    await expectFocused(heading);
    await tabTo(page, 'Kind of forum *');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, 'Title *');
    await page.keyboard.type('Keyboard forum');
    const year = DateTime.now().year + 1;
    await tabTo(page, 'Starts *');
    await page.keyboard.type(`0615${year}`);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.type('0600P');
    expect(await page.getByLabel('Starts *').inputValue()).toBe(`${year}-06-15T18:00`);
    await tabTo(page, 'Ends *');
    await page.keyboard.type(`0615${year}`);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.type('0800P');
    expect(await page.getByLabel('Ends *').inputValue()).toBe(`${year}-06-15T20:00`);

    await tabTo(page, 'Search venues');
    await page.keyboard.type('east');
    await page.getByRole('status').filter({ hasText: '1 venue found.' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toMatch(/^Eastbrook Library/);
    await page.keyboard.press('Space');

    await tabTo(page, 'Search staff by name');
    await page.keyboard.type('hana');
    await page.getByRole('status').filter({ hasText: '1 person found.' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toMatch(/^Hana Whitfield/);
    await page.keyboard.press('Space');

    await tabTo(page, 'Add an agenda item');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Welcome');
    await tabTo(page, 'Add an agenda item');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Questions');
    await tabTo(page, 'Move item 2 up');
    await page.keyboard.press('Enter');
    await page.getByText('“Questions” is now item 1 of 2.').waitFor({ state: 'attached' });

    await tabTo(page, 'Create forum');
    await page.keyboard.press('Enter');
    await page.waitForURL(FORUM_URL);
    const saved = await forum(FORUM_URL.exec(page.url())![1], w.token);
    expect(saved).toMatchObject({
      title: 'Keyboard forum',
      type: 'COMMUNITY_FORUM',
      timeZone: CHICAGO,
      startsAtLocal: `${year}-06-15T18:00`,
      venue: { name: 'Eastbrook Library' },
      agenda: [{ title: 'Questions' }, { title: 'Welcome' }],
    });
    expect(saved.hosts.map((h: { name: string }) => h.name).sort()).toEqual(['Hana Whitfield', 'Olivia Ortega']);
    expect(errors).toEqual([]);
    await closeConsolePage(page);
  });
});
