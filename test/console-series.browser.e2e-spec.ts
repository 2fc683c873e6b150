import { DateTime } from 'luxon';
import { Browser, Locator, Page } from 'playwright-core';
import { ForumSeriesService } from '@app/forums';
import { TestApp, createTestApp, eventually, signIn, testConfig } from '@app/testing';
import { ZONE } from './support/forums';
import { clashingTimes, dateIn } from './support/series';
import { closeConsolePage, consoleBrowser, consoleStaff, expectAccessible, newConsolePage, pickFrom, signInToConsole } from './support/console';


const SERIES = `query($id: ID!) { forumSeries(id: $id) { id status recurrenceRule endReason previousSeriesId
  occurrences(first: 50) { edges { node { id status startsAt startsAtLocal seriesOccurrenceKey cancelReason } } } } }`;
const LIST = `query { forumSeriesList(first: 10) { edges { node { id status recurrenceRule template { title } } } } }`;
const CREATE = `mutation($input: CreateForumSeriesInput!) { createForumSeries(input: $input) { id } }`;
const CREATE_FORUM = `mutation($input: CreateForumInput!) { createForum(input: $input) { id } }`;


/** Keyboard only: Tab (or Shift+Tab) until the element has focus. */
async function tabTo(page: Page, target: Locator, back = false): Promise<void> {
  for (let i = 0; i < 80; i++) {
    if (await target.evaluate((el: { ownerDocument: { activeElement: unknown } }) => el === el.ownerDocument.activeElement)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`could not reach ${target.toString()} with the keyboard`);
}

/** A USWDS checkbox or radio, chosen by clicking its label as a person does (the input itself is drawn by the label). */
async function choose(scope: Page | Locator, label: string): Promise<void> {
  await scope.getByText(label, { exact: true }).click();
}

/** The previewed dates (their local date-times), once they satisfy `ready` (the preview follows the form after a pause). */
async function previewedStamps(scope: Locator | Page, ready: (stamps: string[]) => boolean): Promise<string[]> {
  let stamps: string[] = [];
  // Whatever shows at the end is returned all the same: the caller's assertion says what is wrong.
  return eventually(
    async () => {
      stamps = await scope.getByRole('table').locator('time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
      if (stamps.length && ready(stamps)) return stamps;
      await scope.getByRole('table').first().waitFor();
      throw new Error(`the preview shows ${stamps.join(', ') || 'no dates'}`);
    },
    { intervalMs: 100, timeoutMs: 10_000 },
  ).catch(() => stamps);
}

/** A date typed into a native date field, as the keyboard enters it (month, day, year). */
async function typeDate(page: Page, date: string): Promise<void> {
  const [y, m, d] = date.split('-');
  await page.keyboard.type(`${m}${d}${y}`);
}

// Journeys with several axe runs each: room for a slow two-core machine.
const JOURNEY_TIMEOUT = 150_000;

describe('Console: forum series screens in a real browser', () => {
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

  /** An agency in Chicago with an officer (signed in over GraphQL too) and one venue. */
  async function world() {
    const staff = await consoleStaff(t.dataSource, undefined, { timeZone: ZONE });
    const token = await signIn(t.graphql, staff.email);
    const venue = await t.graphql.data(`mutation { createVenue(input: { name: "Eastbrook Library", address: "12 Elm St", capacity: 80 }) { id } }`, {}, token);
    return { staff, token, venueId: venue.createVenue.id as string };
  }

  it('creates "every second Tuesday of the month at 18:00, 6 times" by keyboard alone, showing the RRULE and second-Tuesday dates in the zone before saving', async () => {
    const w = await world();
    const { page, errors } = await newConsolePage(browser);
    await signInToConsole(page, t.url, w.staff, '/series/new');
    await page.getByRole('heading', { level: 1, name: 'New series' }).waitFor();

    await tabTo(page, page.getByLabel('Title', { exact: true }));
    await page.keyboard.type('Eastbrook advisory board');
    // The venue is found by typing part of its name, and chosen from the matches by keyboard.
    const venue = page.getByRole('combobox', { name: 'Venue', exact: true });
    await tabTo(page, venue);
    await page.keyboard.type('eastbrook');
    await page.getByRole('option', { name: 'Eastbrook Library (80 seats)' }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await venue.inputValue()).toBe('Eastbrook Library (80 seats)');
    await tabTo(page, page.getByRole('radio', { name: 'Every week', exact: true }));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('radio', { name: 'Every month' }).isChecked()).toBe(true);
    await tabTo(page, page.getByLabel('Which one'));
    await page.keyboard.press('ArrowDown');
    await tabTo(page, page.getByLabel('Starting on'));
    await typeDate(page, dateIn(1));
    await tabTo(page, page.getByRole('radio', { name: 'Never' }));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, page.getByRole('spinbutton', { name: 'Number of times' }));
    await page.keyboard.type('6');

    await page.getByText('FREQ=MONTHLY;BYDAY=2TU;COUNT=6', { exact: true }).waitFor();
    const preview = page.getByRole('table', { name: 'The next dates of this pattern and what saving does with each' });
    await preview.waitFor();
    await expect(page.getByText(`Shown in ${ZONE}, the series’ time zone.`).isVisible()).resolves.toBe(true);
    const stamps = await previewedStamps(page, (found) => found.length === 6);
    expect(stamps).toHaveLength(6);
    for (const stamp of stamps) {
      const local = DateTime.fromISO(stamp, { zone: ZONE });
      expect({ weekday: local.weekday, week: Math.ceil(local.day / 7), at: stamp.slice(11) }).toEqual({ weekday: 2, week: 2, at: '18:00' });
    }
    const firstRow = preview.getByRole('row').nth(1);
    expect(await firstRow.textContent()).toMatch(/Tuesday.*6:00\s?PM C[SD]T/);
    await expectAccessible(page);

    await tabTo(page, page.getByRole('button', { name: 'Create series' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Eastbrook advisory board' }).waitFor();
    expect(await page.getByText('FREQ=MONTHLY;BYDAY=2TU;COUNT=6', { exact: true }).isVisible()).toBe(true);

    const [listed] = (await t.graphql.data(LIST, {}, w.token)).forumSeriesList.edges;
    const series = (await t.graphql.data(SERIES, { id: listed.node.id }, w.token)).forumSeries;
    expect(series.recurrenceRule).toBe('FREQ=MONTHLY;BYDAY=2TU;COUNT=6');
    const created = series.occurrences.edges.map((e: { node: { startsAtLocal: string; seriesOccurrenceKey: string } }) => e.node);
    expect(created.length).toBeGreaterThanOrEqual(5);
    expect(created.map((o: { startsAtLocal: string }) => o.startsAtLocal)).toEqual(stamps.slice(0, created.length));
    expect(errors).toEqual([]);
    await closeConsolePage(page);
  }, JOURNEY_TIMEOUT);

  it('creates "every week on Monday and Thursday until a date" and keeps the form, with messages beside the fields, on bad input', async () => {
    const w = await world();
    const { page, errors } = await newConsolePage(browser);
    await signInToConsole(page, t.url, w.staff, '/series/new');
    await page.getByLabel('Title', { exact: true }).fill('Coffee with a cop');
    await pickFrom(page, 'Venue', 'Eastbrook', 'Eastbrook Library (80 seats)');
    await page.getByLabel('Starting on').fill(dateIn(1));

    // No weekday chosen for a weekly series.
    await page.getByRole('button', { name: 'Create series' }).click();
    const days = page.getByRole('group', { name: 'On these days', exact: true });
    await days.getByText('Choose at least one day of the week.').waitFor();
    expect(await days.getAttribute('aria-describedby')).toBe('series-weekdays-error');
    expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe('Coffee with a cop');

    // An end before the start.
    await choose(page, 'Monday');
    await choose(page, 'Thursday');
    await choose(page, 'On a date');
    await page.getByLabel('Last date').fill(dateIn(-3));
    await page.getByRole('button', { name: 'Create series' }).click();
    const until = page.getByLabel('Last date');
    expect(await until.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#series-until-error').textContent()).toContain('The last date must be on or after the first date.');

    // Zero times.
    await choose(page, 'After a number of times');
    await page.getByRole('spinbutton', { name: 'Number of times' }).fill('0');
    await page.getByRole('button', { name: 'Create series' }).click();
    expect(await page.getByRole('spinbutton', { name: 'Number of times' }).getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#series-count-error').textContent()).toContain('Give a whole number of times, 1 or more.');
    await expectAccessible(page);

    const last = dateIn(30);
    await choose(page, 'On a date');
    await page.getByLabel('Last date').fill(last);
    const rule = `FREQ=WEEKLY;BYDAY=MO,TH;UNTIL=${last.replace(/-/g, '')}`;
    await page.getByText(rule, { exact: true }).waitFor();
    // The agency's other language (Spanish) is offered with the forum form's translation fields; every occurrence gets it.
    await page.getByRole('group', { name: 'Spanish: 1 text missing' }).waitFor();
    await page.getByRole('textbox', { name: 'Title in Spanish' }).fill('Café con un policía');
    await page.getByRole('group', { name: 'Spanish: complete' }).waitFor();
    const stamps = await previewedStamps(page, (found) => found.every((x) => x.slice(0, 10) <= last));
    expect(new Set(stamps.map((s) => DateTime.fromISO(s, { zone: ZONE }).weekday))).toEqual(new Set([1, 4]));
    await page.getByRole('button', { name: 'Create series' }).click();
    await page.getByRole('heading', { level: 1, name: 'Coffee with a cop' }).waitFor();

    const [listed] = (await t.graphql.data(LIST, {}, w.token)).forumSeriesList.edges;
    expect(listed.node.recurrenceRule).toBe(rule);
    const series = (await t.graphql.data(SERIES, { id: listed.node.id }, w.token)).forumSeries;
    const keys: string[] = series.occurrences.edges.map((e: { node: { seriesOccurrenceKey: string } }) => e.node.seriesOccurrenceKey);
    expect(keys.length).toBeGreaterThanOrEqual(8);
    expect(keys.every((k) => k <= last && [1, 4].includes(DateTime.fromISO(k).weekday))).toBe(true);
    const translated = (
      await t.graphql.data(`query($id: ID!) { forumSeries(id: $id) { occurrences(first: 25) { edges { node { translations { language title } } } } } }`, { id: listed.node.id }, w.token)
    ).forumSeries.occurrences.edges.map((e: { node: { translations: unknown } }) => e.node.translations);
    expect(new Set(translated.map((x: unknown) => JSON.stringify(x)))).toEqual(new Set([JSON.stringify([{ language: 'es', title: 'Café con un policía' }])]));
    const languages = page.getByRole('region', { name: 'Other languages' });
    expect((await languages.getByRole('listitem').allInnerTexts()).map((x) => x.trim())).toEqual(['Spanish: complete']);

    // The list, with its filter in the URL.
    await page.goto(`${t.url}/series?status=ACTIVE`);
    await page.getByRole('link', { name: 'Coffee with a cop' }).waitFor();
    expect(await page.getByLabel('Status').inputValue()).toBe('ACTIVE');
    await expectAccessible(page);
    expect(errors).toEqual([]);
    await closeConsolePage(page);
  }, JOURNEY_TIMEOUT);

  it('lists skipped dates with the reason, cancels one forum with a reason, changes this and following after a preview, and ends the series', async () => {
    const w = await world();
    const input = {
      title: 'Neighbourhood board',
      type: 'ADVISORY_BOARD',
      format: 'IN_PERSON',
      venueId: w.venueId,
      timeZone: ZONE,
      recurrenceRule: 'FREQ=WEEKLY',
      startDate: dateIn(1),
      startTime: '18:00',
      durationMinutes: 120,
      horizonDays: 10,
    };
    const { id } = (await t.graphql.data(CREATE, { input }, w.token)).createForumSeries;
    await t.graphql.data(
      CREATE_FORUM,
      {
        input: {
          title: 'Youth night',
          type: 'TOWN_HALL',
          format: 'IN_PERSON',
          venueId: w.venueId,
          timeZone: ZONE,
          ...clashingTimes(15),
        },
      },
      w.token,
    );
    await t.dataSource.query(`UPDATE forum_series SET horizon_days = 40 WHERE id = $1`, [id]);
    await t.app.get(ForumSeriesService).extend(w.staff.agencyId, id);

    const { page, errors } = await newConsolePage(browser);
    await signInToConsole(page, t.url, w.staff, `/series/${id}`);
    await page.getByRole('heading', { level: 1, name: 'Neighbourhood board' }).waitFor();
    const weekday = DateTime.fromISO(dateIn(1)).setLocale('en-US').toFormat('cccc');
    await page.getByText(new RegExp(`^Every week on ${weekday} at 6:00\\sPM$`)).waitFor();
    await page.getByText(/the venue is booked for “Youth night”/).waitFor();
    await expectAccessible(page);

    // Cancel the second forum with a reason.
    const upcoming = page.getByRole('table', { name: 'Upcoming forums of this series' });
    await upcoming.getByRole('button', { name: /^Cancel / }).nth(1).click();
    const cancelDialog = page.getByRole('dialog');
    await cancelDialog.getByRole('button', { name: 'Cancel this forum' }).click();
    await cancelDialog.getByText('Say why.').waitFor();
    await expectAccessible(page);
    await cancelDialog.getByLabel('Reason').fill('Library closed for the holiday');
    await cancelDialog.getByRole('button', { name: 'Cancel this forum' }).click();
    await page.getByText('Cancelled: Library closed for the holiday').waitFor();
    const afterCancel = (await t.graphql.data(SERIES, { id }, w.token)).forumSeries;
    expect(afterCancel.occurrences.edges[1].node).toMatchObject({ status: 'CANCELLED', cancelReason: 'Library closed for the holiday' });

    // This and following from the fourth forum: Wednesdays at 19:00, previewed first.
    const fourth = afterCancel.occurrences.edges[3].node;
    const fourthDay = DateTime.fromISO(fourth.seriesOccurrenceKey).setLocale('en-US');
    await upcoming.getByRole('button', { name: `Change ${fourthDay.toFormat('cccc, LLLL d, yyyy')} and following` }).click();
    const split = page.getByRole('dialog');
    const [newDay, newCode, newWeekday] = fourthDay.weekday === 3 ? ['Friday', 'FR', 5] : ['Wednesday', 'WE', 3];
    await choose(split, newDay);
    await choose(split, fourthDay.toFormat('cccc'));
    await split.getByLabel('At (start time)').fill('19:00');
    await split.getByText(`FREQ=WEEKLY;BYDAY=${newCode}`, { exact: true }).waitFor();
    const splitPreview = split.getByRole('table');
    await splitPreview.waitFor();
    const stamps = await previewedStamps(split, (found) => found.every((x) => x.endsWith('T19:00')));
    expect(stamps.every((s) => DateTime.fromISO(s, { zone: ZONE }).weekday === newWeekday && s.endsWith('T19:00'))).toBe(true);
    await expectAccessible(page);
    await split.getByRole('button', { name: /^Apply from / }).click();
    await page.getByRole('link', { name: 'Open the earlier series' }).waitFor();
    const old = (await t.graphql.data(SERIES, { id }, w.token)).forumSeries;
    expect(old.status).toBe('ENDED');
    const newId = page.url().split('/series/')[1];
    const next = (await t.graphql.data(SERIES, { id: newId }, w.token)).forumSeries;
    expect(next).toMatchObject({ previousSeriesId: id, recurrenceRule: `FREQ=WEEKLY;BYDAY=${newCode}` });

    // End the new series now, with a reason.
    await page.getByRole('button', { name: 'End the series' }).click();
    const end = page.getByRole('dialog');
    await choose(end, 'Now: cancel every upcoming forum');
    await end.getByLabel('Reason').fill('The board merges with the district council');
    await expectAccessible(page);
    await end.getByRole('button', { name: 'End the series' }).click();
    await page.getByText('Ended: The board merges with the district council').waitFor();
    const ended = (await t.graphql.data(SERIES, { id: newId }, w.token)).forumSeries;
    expect(ended).toMatchObject({ status: 'ENDED', endReason: 'The board merges with the district council' });
    expect(errors).toEqual([]);
    await closeConsolePage(page);
  }, JOURNEY_TIMEOUT);
});
