import * as nodeIcal from 'node-ical';
import { DateTime } from 'luxon';
import { ForumFormat, ForumStatus, ForumVisibility, VenueAccessibilityFeature } from '@app/forums';
import type { Forum } from '@app/forums';
import { forumCalendarUid } from '@app/mail';
import { StaffRole } from '@app/common';
import { languageNameIn, translate } from '@app/i18n';
import { TestApp, createAgency, createForum, createSignedInStaff, createTestApp, createVenue, testConfig } from '@app/testing';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function events(text: string): nodeIcal.VEvent[] {
  return Object.values(nodeIcal.sync.parseICS(text)).filter((c): c is nodeIcal.VEvent => c?.type === 'VEVENT');
}
const str = (value: unknown): string => (typeof value === 'object' && value && 'val' in value ? String((value as { val: unknown }).val) : String(value));
/** The unfolded value of a property in one VEVENT of raw ICS text. */
function property(text: string, uid: string, name: string): string | undefined {
  const unfolded = text.replace(/\r\n[ \t]/g, '');
  const block = unfolded.split('BEGIN:VEVENT').find((b) => b.includes(`UID:${uid}\r\n`));
  return block?.split('\r\n').find((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`));
}
/** A wall-clock time next year in a zone, as the instant stored in the database. */
function nextYear(month: number, day: number, hour: number, zone: string): Date {
  return DateTime.fromObject({ year: DateTime.now().year + 1, month, day, hour }, { zone }).toJSDate();
}

describe('Public calendar feed (GET /calendar/<slug>.ics)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(testConfig());
  });
  afterAll(() => t.close());

  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${t.url}${path}`, { headers });
  const uidOf = (forum: Forum) => forumCalendarUid(forum.id, t.config.MAIL_DOMAIN);

  it('is RFC 5545 a standard parser reads: CRLF lines, calendar name, refresh interval, and every required event property', async () => {
    const agency = await createAgency(t.dataSource, { name: 'Riverside Police Department', timeZone: 'America/Chicago' });
    const venue = await createVenue(t.dataSource, agency.id, {
      name: 'Northgate Library',
      address: '12 Elm St, Riverside',
      accessibilityFeatures: [VenueAccessibilityFeature.STEP_FREE_ACCESS, VenueAccessibilityFeature.HEARING_LOOP],
    });
    const forum = await createForum(t.dataSource, agency.id, {
      title: 'Northgate town hall; traffic, parking',
      description: 'Talk to your neighbourhood team.',
      venueId: venue.id,
      format: ForumFormat.HYBRID,
      onlineUrl: 'https://meet.example/northgate',
      agenda: [{ title: 'Welcome', speaker: 'Chief Ortiz', durationMinutes: 10 }, { title: 'Questions' }],
      languages: ['en'],
      interpretationLanguages: ['es', 'vi'],
      signLanguage: true,
      accessibilityNotes: 'Seats reserved near the front.',
    });

    const res = await get(`/calendar/${agency.slug}.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('cache-control')).toMatch(/max-age=\d+/);
    const text = await res.text();

    // Every line ends in CRLF and no line is longer than 75 octets (RFC 5545 §3.1).
    expect(text.endsWith('END:VCALENDAR') || text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\nPRODID:/);
    expect(text).toContain('X-WR-CALNAME:Riverside Police Department: public forums\r\n');
    expect(text).toContain('X-WR-TIMEZONE:America/Chicago\r\n');
    expect(text).toMatch(/REFRESH-INTERVAL;VALUE=DURATION:PT\w+\r\n/);
    expect(text).toMatch(/X-PUBLISHED-TTL:PT\w+\r\n/);
    const uid = uidOf(forum);
    for (const name of ['UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'SEQUENCE', 'SUMMARY', 'DESCRIPTION', 'LOCATION', 'URL', 'STATUS']) {
      expect(property(text, uid, name)).toBeDefined();
    }
    expect(property(text, uid, 'DTSTART')).toMatch(/^DTSTART:\d{8}T\d{6}Z$/);
    expect(property(text, uid, 'STATUS')).toBe('STATUS:CONFIRMED');

    const [event] = events(text);
    expect(event.uid).toBe(uid);
    expect(str(event.summary)).toBe('Northgate town hall; traffic, parking');
    expect(str(event.location)).toBe('Northgate Library, 12 Elm St, Riverside (also online)');
    expect(str(event.url)).toBe('https://meet.example/northgate');
    const description = str(event.description);
    expect(description).toContain('Talk to your neighbourhood team.');
    expect(description).toContain('Format: In person and online');
    expect(description).toContain('1. Welcome (Chief Ortiz), 10 min');
    expect(description).toContain('Languages: Held in English; interpretation into Spanish, Vietnamese; sign language interpretation');
    expect(description).toContain('Accessibility: Step-free access; Hearing loop; Seats reserved near the front.');
    expect(description).toContain(`/calendar/${agency.slug}#forum-${forum.id}`);
  });

  it('writes the DESCRIPTION labels ("Format:", "Agenda:"…) from the catalogs in the ?lang= language', async () => {
    const agency = await createAgency(t.dataSource, { name: 'Eastbrook Police', timeZone: 'America/Chicago' });
    const venue = await createVenue(t.dataSource, agency.id, { name: 'Eastbrook Library', address: '4 Oak Ave', accessibilityFeatures: [VenueAccessibilityFeature.HEARING_LOOP] });
    const forum = await createForum(t.dataSource, agency.id, {
      title: 'Eastbrook forum',
      venueId: venue.id,
      format: ForumFormat.HYBRID,
      onlineUrl: 'https://meet.example/eastbrook',
      agenda: [{ title: 'Welcome', durationMinutes: 10 }],
      languages: ['en'],
      interpretationLanguages: ['es'],
    });
    for (const language of ['es', 'vi'] as const) {
      const text = await (await get(`/calendar/${agency.slug}.ics?lang=${language}`)).text();
      const description = str(events(text).find((e) => e.uid === uidOf(forum))!.description);
      const tr = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) => translate(language, key, values);
      expect(description).toContain(tr('forum.ics.format', { format: tr('forum.format.HYBRID') }));
      expect(description).toContain(tr('forum.ics.joinOnline', { url: 'https://meet.example/eastbrook' }));
      expect(description).toContain(`${tr('forum.ics.agenda')}\n1. Welcome, ${tr('forum.minutes', { minutes: 10 })}`);
      expect(description).toContain(tr('forum.ics.languages', { languages: '' }).trim());
      expect(description).toContain(tr('forum.interpretationInto', { languages: languageNameIn('es', language) }));
      expect(description).toContain(tr('forum.ics.accessibility', { text: tr('forum.feature.HEARING_LOOP') }));
      expect(description).toContain(tr('forum.ics.details', { url: `${t.config.PUBLIC_URL}/calendar/${agency.slug}#forum-${forum.id}` }));
      for (const english of ['Format:', 'Agenda:', 'Languages:', 'Accessibility:', 'Details:', 'Join online:']) expect(description).not.toContain(english);
    }
    // Without ?lang= the feed stays English.
    const english = str(events(await (await get(`/calendar/${agency.slug}.ics`)).text()).find((e) => e.uid === uidOf(forum))!.description);
    expect(english).toContain('Format: In person and online');
    expect(english).toContain('Agenda:\n1. Welcome, 10 min');
  });

  it('gives each forum the same UID the invitation emails use, identical across requests, and answers an unchanged feed with 304', async () => {
    const agency = await createAgency(t.dataSource);
    const forum = await createForum(t.dataSource, agency.id);
    const first = await get(`/calendar/${agency.slug}.ics`);
    const firstText = await first.text();
    const second = await get(`/calendar/${agency.slug}.ics`);
    expect(await second.text()).toBe(firstText);
    expect(events(firstText).map((e) => e.uid)).toEqual([`forum-${forum.id}@${t.config.MAIL_DOMAIN}`]);

    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    // fetch() adds "Cache-Control: no-cache" (forcing a full answer) unless told otherwise.
    const notModified = await get(`/calendar/${agency.slug}.ics`, { 'If-None-Match': etag!, 'Cache-Control': 'max-age=0' });
    expect(notModified.status).toBe(304);
  });

  it('takes SEQUENCE from the forum: a rescheduled forum keeps its UID with the higher sequence and the new times', async () => {
    const agency = await createAgency(t.dataSource);
    const forum = await createForum(t.dataSource, agency.id);
    const before = events(await (await get(`/calendar/${agency.slug}.ics`)).text());
    expect(Number(before[0].sequence)).toBe(0);

    const startsAt = new Date(Math.floor(forum.startsAt.getTime() / HOUR) * HOUR + DAY);
    await t.dataSource.query(`UPDATE forums SET starts_at = $2, ends_at = $3, sequence = 3, updated_at = now() WHERE id = $1`, [
      forum.id,
      startsAt,
      new Date(startsAt.getTime() + HOUR),
    ]);
    const after = events(await (await get(`/calendar/${agency.slug}.ics`)).text());
    expect(after).toHaveLength(1);
    expect(after[0].uid).toBe(before[0].uid);
    expect(Number(after[0].sequence)).toBe(3);
    expect(new Date(after[0].start).toISOString()).toBe(startsAt.toISOString());
  });

  it('writes times as UTC instants: a Los Angeles forum and Chicago forums either side of the DST change', async () => {
    const agency = await createAgency(t.dataSource, { timeZone: 'America/Chicago' });
    const winter = await createForum(t.dataSource, agency.id, { startsAt: nextYear(1, 12, 18, 'America/Chicago'), endsAt: nextYear(1, 12, 20, 'America/Chicago') });
    const summer = await createForum(t.dataSource, agency.id, { startsAt: nextYear(7, 13, 18, 'America/Chicago'), endsAt: nextYear(7, 13, 20, 'America/Chicago') });
    const westCoast = await createForum(t.dataSource, agency.id, {
      timeZone: 'America/Los_Angeles',
      startsAt: nextYear(2, 9, 18, 'America/Los_Angeles'),
      endsAt: nextYear(2, 9, 19, 'America/Los_Angeles'),
    });
    const text = await (await get(`/calendar/${agency.slug}.ics`)).text();
    const year = DateTime.now().year + 1;
    // 18:00 CST is 00:00Z the next day; 18:00 CDT is 23:00Z the same day; 18:00 PST is 02:00Z.
    expect(property(text, uidOf(winter), 'DTSTART')).toBe(`DTSTART:${year}0113T000000Z`);
    expect(property(text, uidOf(summer), 'DTSTART')).toBe(`DTSTART:${year}0713T230000Z`);
    expect(property(text, uidOf(westCoast), 'DTSTART')).toBe(`DTSTART:${year}0210T020000Z`);
    expect(property(text, uidOf(westCoast), 'X-LIAISON-TIMEZONE')).toBe('X-LIAISON-TIMEZONE:America/Los_Angeles');
    const parsed = new Map(events(text).map((e) => [e.uid, e]));
    for (const forum of [winter, summer, westCoast]) {
      expect(new Date(parsed.get(uidOf(forum))!.start).toISOString()).toBe(forum.startsAt.toISOString());
      expect(new Date(parsed.get(uidOf(forum))!.end!).toISOString()).toBe(forum.endsAt.toISOString());
    }
    // Listed in start order.
    expect(events(text).map((e) => e.uid)).toEqual([winter, westCoast, summer].map(uidOf));
  });

  it('lists only public, published, not-yet-ended forums of this agency: invite-only, draft, past, completed and other agencies’ forums are absent', async () => {
    const agency = await createAgency(t.dataSource);
    const other = await createAgency(t.dataSource);
    const listed = await createForum(t.dataSource, agency.id);
    const inProgress = await createForum(t.dataSource, agency.id, { startsAt: new Date(Date.now() - HOUR), endsAt: new Date(Date.now() + HOUR) });
    const hidden = await Promise.all([
      createForum(t.dataSource, agency.id, { visibility: ForumVisibility.INVITE_ONLY }),
      createForum(t.dataSource, agency.id, { status: ForumStatus.DRAFT, publishedAt: null }),
      createForum(t.dataSource, agency.id, { startsAt: new Date(Date.now() - 3 * DAY), endsAt: new Date(Date.now() - 3 * DAY + HOUR) }),
      createForum(t.dataSource, agency.id, { status: ForumStatus.COMPLETED, completedAt: new Date() }),
      createForum(t.dataSource, agency.id, { status: ForumStatus.CANCELLED, cancelReason: 'Never announced', publishedAt: null }),
      createForum(t.dataSource, other.id),
    ]);
    const text = await (await get(`/calendar/${agency.slug}.ics`)).text();
    const uids = events(text).map((e) => e.uid);
    expect(uids.sort()).toEqual([uidOf(listed), uidOf(inProgress)].sort());
    for (const forum of hidden) expect(text).not.toContain(forum.id);
  });

  it('keeps a forum cancelled after publication, marked STATUS:CANCELLED so subscribed calendars remove it', async () => {
    const agency = await createAgency(t.dataSource);
    const forum = await createForum(t.dataSource, agency.id, {
      status: ForumStatus.CANCELLED,
      cancelReason: 'The venue flooded.',
      cancelledAt: new Date(),
      sequence: 1,
    });
    const text = await (await get(`/calendar/${agency.slug}.ics`)).text();
    expect(property(text, uidOf(forum), 'STATUS')).toBe('STATUS:CANCELLED');
    const [event] = events(text);
    expect(event.status).toBe('CANCELLED');
    expect(str(event.summary)).toBe(`Cancelled: ${forum.title}`);
    expect(str(event.description)).toContain('The venue flooded.');
  });

  it('cancelling a never-rescheduled forum (cancelForum) raises its SEQUENCE, so subscribed calendars take the cancellation', async () => {
    const agency = await createAgency(t.dataSource);
    const officer = await createSignedInStaff(t.dataSource, t.graphql, agency.id, StaffRole.LIAISON_OFFICER);
    const forum = await createForum(t.dataSource, agency.id);
    const before = await (await get(`/calendar/${agency.slug}.ics`)).text();
    expect(property(before, uidOf(forum), 'SEQUENCE')).toBe('SEQUENCE:0');
    const cancelled = await t.graphql.data<{ cancelForum: { sequence: number } }>(
      `mutation($id: ID!) { cancelForum(id: $id, reason: "The venue flooded.") { sequence } }`,
      { id: forum.id },
      officer.token,
    );
    expect(cancelled.cancelForum.sequence).toBe(1);
    const after = await (await get(`/calendar/${agency.slug}.ics`)).text();
    expect(property(after, uidOf(forum), 'STATUS')).toBe('STATUS:CANCELLED');
    expect(property(after, uidOf(forum), 'SEQUENCE')).toBe('SEQUENCE:1');
  });

  it('answers 404 for an unknown agency slug', async () => {
    expect((await get('/calendar/no-such-agency.ics')).status).toBe(404);
    const page = await get('/calendar/no-such-agency');
    expect(page.status).toBe(404);
    const body = await page.text();
    expect(body).toContain('<h1>Calendar not found</h1>');
    expect(body).toMatch(/<html lang="en" dir="ltr">/);
    // In the reader's language, from the catalogs: the browser's, or the one chosen with ?lang=.
    const vi = await (await get('/calendar/no-such-agency', { 'accept-language': 'vi-VN,vi;q=0.9,en;q=0.5' })).text();
    expect(vi).toMatch(/<html lang="vi" dir="ltr">/);
    expect(vi).toContain(`<h1>${translate('vi', 'page.calendar.notFound.title')}</h1>`);
    expect(vi).toContain(translate('vi', 'page.calendar.notFound.body'));
    const ar = await get('/calendar/no-such-agency?lang=ar', { 'accept-language': 'vi' });
    expect(ar.status).toBe(404);
    const arBody = await ar.text();
    expect(arBody).toMatch(/<html lang="ar" dir="rtl">/);
    expect(arBody).toContain(`<h1>${translate('ar', 'page.calendar.notFound.title')}</h1>`);
  });
});

describe('One forum to add to a calendar (GET /calendar/<slug>/forums/<id>.ics)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(testConfig());
  });
  afterAll(() => t.close());

  const get = (path: string) => fetch(`${t.url}${path}`);

  it('is one VEVENT with METHOD:PUBLISH, the forum’s UID and sequence, and the agency as organizer', async () => {
    const agency = await createAgency(t.dataSource, { name: 'Springfield PD', mailSenderEmail: 'community@springfield.example' });
    const forum = await createForum(t.dataSource, agency.id, { format: ForumFormat.ONLINE, onlineUrl: 'https://meet.example/x', sequence: 2 });
    const res = await get(`/calendar/${agency.slug}/forums/${forum.id}.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('content-disposition')).toContain('attachment');
    const text = await res.text();
    expect(text).toContain('METHOD:PUBLISH\r\n');
    // No calendar name: apps add the event to a calendar the person already has instead of offering a new one.
    expect(text).not.toContain('X-WR-CALNAME');
    const parsed = events(text);
    expect(parsed).toHaveLength(1);
    expect(parsed[0].uid).toBe(forumCalendarUid(forum.id, t.config.MAIL_DOMAIN));
    expect(Number(parsed[0].sequence)).toBe(2);
    expect(str(parsed[0].location)).toBe('Online');
    expect(str((parsed[0].organizer as { val: string }).val).toLowerCase()).toBe('mailto:community@springfield.example');
  });

  it('answers 404 for an invite-only forum, a draft, another agency’s forum and a malformed id', async () => {
    const agency = await createAgency(t.dataSource);
    const other = await createAgency(t.dataSource);
    const inviteOnly = await createForum(t.dataSource, agency.id, { visibility: ForumVisibility.INVITE_ONLY });
    const draft = await createForum(t.dataSource, agency.id, { status: ForumStatus.DRAFT, publishedAt: null });
    const theirs = await createForum(t.dataSource, other.id);
    for (const id of [inviteOnly.id, draft.id, theirs.id, 'not-a-uuid']) {
      expect((await get(`/calendar/${agency.slug}/forums/${id}.ics`)).status).toBe(404);
    }
    expect((await get(`/calendar/${other.slug}/forums/${theirs.id}.ics`)).status).toBe(200);
  });
});

describe('Public calendar page (GET /calendar/<slug>)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(testConfig());
  });
  afterAll(() => t.close());

  it('escapes forum text: a title containing <script> is shown as text, never run', async () => {
    const agency = await createAgency(t.dataSource);
    await createForum(t.dataSource, agency.id, { title: '<script>alert("x")</script> & friends', description: '<img src=x onerror=alert(1)>' });
    const res = await fetch(`${t.url}/calendar/${agency.slug}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const body = await res.text();
    expect(body).not.toContain('<script>');
    expect(body).not.toContain('<img');
    expect(body).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; friends');
  });

  it('shows each forum’s time in its own zone with the zone named, and links the feed as webcal:// and https', async () => {
    const agency = await createAgency(t.dataSource, { timeZone: 'America/Chicago' });
    const year = DateTime.now().year + 1;
    await createForum(t.dataSource, agency.id, { startsAt: nextYear(7, 13, 18, 'America/Chicago'), endsAt: nextYear(7, 13, 20, 'America/Chicago') });
    await createForum(t.dataSource, agency.id, {
      timeZone: 'America/Los_Angeles',
      startsAt: nextYear(2, 9, 18, 'America/Los_Angeles'),
      endsAt: nextYear(2, 9, 19, 'America/Los_Angeles'),
    });
    const body = await (await fetch(`${t.url}/calendar/${agency.slug}`)).text();
    const weekday = (m: number, d: number) => DateTime.fromObject({ year, month: m, day: d }).setLocale('en-US').toFormat('cccc');
    expect(body).toContain(`${weekday(7, 13)}, July 13, ${year}, 6:00–8:00 PM CDT`);
    expect(body).toContain(`${weekday(2, 9)}, February 9, ${year}, 6:00–7:00 PM PST`);
    const feed = new URL(t.config.PUBLIC_URL).host + `/calendar/${agency.slug}.ics`;
    expect(body).toContain(`href="webcal://${feed}"`);
    expect(body).toMatch(new RegExp(`href="https?://${feed.replace(/\./g, '\\.')}"`));
  });
});

describe('Public calendar rate limit', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(testConfig({ PUBLIC_RATE_LIMIT: '3' }));
  });
  afterAll(() => t.close());

  it('limits each client on the page, the feed and the downloads together (429 once the limit is spent)', async () => {
    const agency = await createAgency(t.dataSource);
    const forum = await createForum(t.dataSource, agency.id);
    const paths = [`/calendar/${agency.slug}`, `/calendar/${agency.slug}.ics`, `/calendar/${agency.slug}/forums/${forum.id}.ics`];
    for (const path of paths) expect((await fetch(`${t.url}${path}`)).status).toBe(200);
    for (const path of paths) expect((await fetch(`${t.url}${path}`)).status).toBe(429);
  });
});
