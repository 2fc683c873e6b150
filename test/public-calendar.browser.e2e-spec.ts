import { Browser } from 'playwright-core';
import * as nodeIcal from 'node-ical';
import { ForumFormat, ForumStatus, ForumVisibility, VenueAccessibilityFeature } from '@app/forums';
import { TestApp, createAgency, createForum, createTestApp, createVenue, launchBrowser, testConfig } from '@app/testing';

import { expectPublicPageAccessible } from './support/public-pages';

const DAY = 24 * 3_600_000;

describe('The public calendar page in a real browser', () => {
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

  async function calendar() {
    const agency = await createAgency(t.dataSource, { name: 'Riverside Police Department' });
    const venue = await createVenue(t.dataSource, agency.id, {
      name: 'Northgate Library',
      accessibilityFeatures: [VenueAccessibilityFeature.STEP_FREE_ACCESS, VenueAccessibilityFeature.HEARING_LOOP],
    });
    const townHall = await createForum(t.dataSource, agency.id, {
      title: 'Northgate town hall',
      venueId: venue.id,
      interpretationLanguages: ['es'],
      description: 'Details at https://riverside.example/community/forums/northgate-town-hall-spring-session-with-the-chief-and-partners',
    });
    const online = await createForum(t.dataSource, agency.id, {
      title: 'Online listening session',
      format: ForumFormat.ONLINE,
      onlineUrl: 'https://meet.example/listen',
      startsAt: new Date(Date.now() + 9 * DAY),
    });
    const cancelled = await createForum(t.dataSource, agency.id, {
      title: 'Eastbrook walk',
      status: ForumStatus.CANCELLED,
      cancelReason: 'Storm warning.',
      startsAt: new Date(Date.now() + 10 * DAY),
    });
    await createForum(t.dataSource, agency.id, { title: 'Advisory board (closed)', visibility: ForumVisibility.INVITE_ONLY });
    return { agency, townHall, online, cancelled };
  }

  it('lists the upcoming forums under headings, without JavaScript, and every "Add to calendar" link downloads that forum', async () => {
    const { agency, townHall, online } = await calendar();
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${t.url}/calendar/${agency.slug}`);

    expect(await page.title()).toContain('Riverside Police Department');
    await expect(page.getByRole('main').count()).resolves.toBe(1);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Upcoming public forums');
    const sections = await page.getByRole('heading', { level: 2 }).allTextContents();
    expect(sections).toEqual(['Subscribe to this calendar', 'Forums']);
    const forums = await page.getByRole('heading', { level: 3 }).allTextContents();
    expect(forums).toEqual(['Northgate town hall', 'Online listening session', 'Cancelled: Eastbrook walk']);
    await expect(page.getByText('Advisory board (closed)').count()).resolves.toBe(0);

    const card = page.getByRole('article', { name: 'Northgate town hall' });
    await expect(card.getByText('Northgate Library').count()).resolves.toBe(1);
    await expect(card.getByRole('listitem').allTextContents()).resolves.toEqual(['Step-free access', 'Hearing loop']);
    await expect(card.getByText('interpretation into Spanish').count()).resolves.toBe(1);
    await expect(page.getByRole('article', { name: 'Online listening session' }).getByRole('link', { name: 'Online link' }).getAttribute('href')).resolves.toBe(
      'https://meet.example/listen',
    );
    await expect(page.getByText('This forum has been cancelled. Storm warning.').count()).resolves.toBe(1);

    const links = page.getByRole('link', { name: /^Add to calendar/ });
    const hrefs = await Promise.all((await links.all()).map(async (link) => new URL((await link.getAttribute('href'))!, page.url()).href));
    // No link for the cancelled forum: there is nothing to add.
    expect(hrefs).toHaveLength(2);
    for (const [href, forum] of [[hrefs[0], townHall], [hrefs[1], online]] as const) {
      const res = await context.request.get(href);
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toBe('text/calendar; charset=utf-8');
      const events = Object.values(nodeIcal.sync.parseICS(await res.text())).filter((c) => c?.type === 'VEVENT') as nodeIcal.VEvent[];
      expect(events.map((e) => e.summary)).toEqual([forum.title]);
    }
    await expect(links.first().getAttribute('aria-label')).resolves.toBe('Add to calendar: Northgate town hall');

    const subscribe = await page.getByRole('link', { name: 'Subscribe in your calendar app' }).getAttribute('href');
    expect(subscribe).toMatch(new RegExp(`^webcal://.+/calendar/${agency.slug}\\.ics$`));
    await context.close();
  });

  it('carries the agency in its header, fits a 320 px phone without sideways scrolling, passes axe and shows a strong focus ring on every link', async () => {
    const { agency } = await calendar();
    const context = await browser.newContext({ viewport: { width: 320, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${t.url}/calendar/${agency.slug}`);
    expect(await page.getByRole('banner').textContent()).toBe('Riverside Police Department');
    await expectPublicPageAccessible(page);
    await page.goto(`${t.url}/calendar/no-such-agency`);
    await expectPublicPageAccessible(page);
    await context.close();
  });
});
