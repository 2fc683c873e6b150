import { readFileSync } from 'node:fs';
import { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { StaffRole } from '@app/common';
import { InboundReplyService } from '@app/invitations';
import { MailTestStack, createContact, createForum, createMailTestStack, createOrganisation, createSignedInStaff } from '@app/testing';
import { INVITE, answerLink, getPage, onApi, postForm, tokenOf } from './support/rsvp-helpers';
import { ConsoleStaff, closeConsolePage, consoleBrowser, consoleStaff, expectAccessible, newConsolePage, signInToConsole } from './support/console';

/** A journey in the browser with axe on each screen outlasts jest's default minute on 2 cores. */
const JOURNEY_MS = 150_000;

/** The invitations screens of the staff console, against the API, the worker and the in-test SMTP sink. */
describe('Console: inviting people to a forum and following up', () => {
  let stack: MailTestStack;
  let db: DataSource;
  let browser: Browser;

  beforeAll(async () => {
    stack = await createMailTestStack({ PUBLIC_RATE_LIMIT: '10000' });
    db = stack.t.dataSource;
    browser = await consoleBrowser();
  });
  afterAll(async () => {
    await browser.close();
    await stack.close();
  });

  /** An agency with a signed-in console officer, an API token in the same agency, and an upcoming published forum. */
  async function setup(forumOverrides: Parameters<typeof createForum>[2] = {}) {
    const staff = await consoleStaff(db, StaffRole.LIAISON_OFFICER, { neighbourhoods: ['Eastside', 'Old Town'] });
    const api = await createSignedInStaff(db, stack.t.graphql, staff.agencyId, StaffRole.LIAISON_OFFICER);
    const forum = await createForum(db, staff.agencyId, { title: 'Eastside safety forum', capacityOverride: 10, ...forumOverrides });
    return { staff, api, forum };
  }

  /** Invites through the API and answers ATTENDING by link for each named person (for the screens that follow up). */
  async function invitedAndAttending(staff: ConsoleStaff, token: string, forumId: string, names: string[]) {
    const people = await Promise.all(names.map((name) => createContact(db, staff.agencyId, { name })));
    await stack.t.graphql.data(INVITE, { forumId, input: { contactIds: people.map((p) => p.id) } }, token);
    const mails = await Promise.all(people.map(async (p) => (await stack.sink.waitFor(p.email))[0]));
    for (const mail of mails) expect((await postForm(`${stack.t.url}/rsvp/${tokenOf(mail)}`, { answer: 'attending' })).status).toBe(200);
    return { people, mails };
  }

  const countRow = (page: Page, table: string, label: string, value: number) =>
    page.getByRole('table', { name: table }).getByRole('row', { name: `${label} ${value}`, exact: true });

  it('builds an audience, previews who is invited and who skipped and why, sends, watches delivery and an accepted invitation arrive live', async () => {
    const { staff, forum } = await setup();
    const club = await createOrganisation(db, staff.agencyId, { name: 'Eastside Youth Club' });
    const ana = await createContact(db, club, { name: 'Ana Rivera' });
    await createContact(db, club, { name: 'Olga Opted', optedOutAt: new Date(), optOutSource: 'test' });
    const rex = await createContact(db, club, { name: 'Rex Refused' });
    stack.sink.refuseFor.set(rex.email, { code: 550, message: 'Mailbox does not exist' });

    const { page, errors } = await newConsolePage(browser);
    await signInToConsole(page, stack.t.url, staff, `/forums/${forum.id}/invitations/invite`);
    await page.getByRole('heading', { level: 1, name: 'Invitations: Eastside safety forum' }).waitFor();
    await expectAccessible(page);

    await page.getByLabel('Find an organisation by name').fill('Eastside Youth');
    await page.getByRole('button', { name: 'Find', exact: true }).click();
    await page.getByRole('button', { name: 'Invite all of Eastside Youth Club' }).click();
    await page.getByLabel('Seats for Eastside Youth Club').fill('3');
    await page.getByRole('button', { name: 'Check who will be invited' }).click();

    const preview = page.getByRole('region', { name: 'Before you send' });
    await preview.getByText('2 people will be invited.').waitFor();
    await expect(preview.getByText('1 person is skipped:').isVisible()).resolves.toBe(true);
    await expect(preview.getByRole('row', { name: /Olga Opted .* Opted out of invitations/ }).isVisible()).resolves.toBe(true);
    expect(await page.locator(':focus').textContent()).toBe('Before you send');
    await expectAccessible(page);
    // Nothing was written by the preview.
    expect(await db.query(`SELECT count(*)::int AS n FROM invitations WHERE forum_id = $1`, [forum.id])).toEqual([{ n: 0 }]);

    await page.getByRole('button', { name: 'Send 2 invitations' }).click();
    await page.getByRole('heading', { level: 1, name: 'Invitations: Eastside safety forum' }).waitFor();
    await page.getByText('2 invitations are on their way.', { exact: false }).waitFor();
    // One document throughout: the funnel moves by polling, not by reloading.
    await page.evaluate(() => ((globalThis as { sameDocument?: string }).sameDocument = 'yes'));

    const delivery = 'Invitation emails by delivery state';
    await countRow(page, delivery, 'Sent', 1).waitFor();
    await countRow(page, delivery, 'Failed', 1).waitFor();
    await countRow(page, delivery, 'Waiting to send', 0).waitFor();
    await countRow(page, delivery, 'Skipped (opted out)', 1).waitFor();
    const refused = page.getByRole('table', { name: /Refused invitations/ });
    await expect(refused.getByRole('row', { name: /Rex Refused/ }).textContent()).resolves.toContain('Mailbox does not exist');
    await expect(page.getByRole('img', { name: delivery }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('img', { name: /Seats taken against capacity: Seats taken 0, Capacity 10/ }).isVisible()).resolves.toBe(true);
    await expectAccessible(page);

    // The partner reads the invitation and follows its Attending link (a plain GET, then the form's POST).
    const [mail] = await stack.sink.waitFor(ana.email);
    const link = onApi(stack.t.url, answerLink(mail, 'attending'));
    expect((await getPage(link)).status).toBe(200);
    expect((await postForm(`${stack.t.url}/rsvp/${tokenOf(mail)}`, { answer: 'attending', stepFreeAccess: 'yes' })).status).toBe(200);

    await countRow(page, 'Invitees by answer', 'Attending', 1).waitFor({ timeout: 20_000 });
    // A delegate of an organisation with seats counts as one person.
    await page.getByText('1 person expected').waitFor();
    await page.getByRole('img', { name: /Seats taken 1, Capacity 10/ }).waitFor();
    await page.getByRole('table', { name: /Needs asked for/ }).getByRole('row', { name: 'Step-free access 1 1' }).waitFor();
    expect(await page.evaluate(() => (globalThis as { sameDocument?: string }).sameDocument)).toBe('yes');
    expect(errors).toEqual([]);
    await closeConsolePage(page);
  }, JOURNEY_MS);

  it('checks people in at the door on a 375 px phone: search by name, check in, undo', async () => {
    const { staff, api, forum } = await setup();
    await invitedAndAttending(staff, api.token, forum.id, ['Maria Lopez', 'Sam Chen']);
    // The forum has begun (check-in opens at the start).
    await db.query(`UPDATE forums SET starts_at = now() - interval '10 minutes', ends_at = now() + interval '2 hours' WHERE id = $1`, [forum.id]);

    const { page, errors } = await newConsolePage(browser, { width: 375, height: 740 });
    await signInToConsole(page, stack.t.url, staff, `/forums/${forum.id}/invitations/attendees`);
    await page.getByRole('heading', { level: 1, name: /Invitations/ }).waitFor();
    expect(await page.locator('html').evaluate((html) => html.scrollWidth)).toBeLessThanOrEqual(375);
    await page.getByLabel('Search by name or email').fill('maria');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByText('1 result').waitFor();
    expect(page.url()).toContain('q=maria');

    const checkIn = page.getByRole('button', { name: 'Check in Maria Lopez' });
    const box = await checkIn.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    expect(box!.width).toBeGreaterThanOrEqual(300);
    await expectAccessible(page);
    await checkIn.click();
    await page.getByRole('status').getByText('Maria Lopez is checked in.').waitFor();
    await page.getByText(/Checked in at .* \(America\/Chicago\)/).waitFor();
    expect((await db.query(`SELECT count(*)::int AS n FROM invitations WHERE forum_id = $1 AND checked_in_at IS NOT NULL`, [forum.id]))[0].n).toBe(1);

    await page.getByRole('button', { name: 'Undo check-in of Maria Lopez' }).click();
    await page.getByRole('status').getByText('Maria Lopez is no longer checked in.').waitFor();
    await page.getByRole('button', { name: 'Check in Maria Lopez' }).waitFor();
    expect((await db.query(`SELECT count(*)::int AS n FROM invitations WHERE forum_id = $1 AND checked_in_at IS NOT NULL`, [forum.id]))[0].n).toBe(0);

    // Filter by answer, kept in the URL.
    await page.getByLabel('Search by name or email').fill('');
    await page.getByLabel('Answer').selectOption('DECLINED');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByText('Nothing found').waitFor();
    expect(page.url()).toContain('response=DECLINED');
    await expectAccessible(page);
    expect(errors).toEqual([]);
    await closeConsolePage(page);
  }, JOURNEY_MS);

  it('RSVP settings are changed and saved by keyboard alone, with focus on what changed', async () => {
    const { staff, forum } = await setup();
    const { page, errors } = await newConsolePage(browser);
    await signInToConsole(page, stack.t.url, staff, `/forums/${forum.id}/invitations/settings`);
    await page.getByRole('heading', { level: 1, name: /Invitations/ }).waitFor();
    await expectAccessible(page);

    /** The focused element's tag and its label (or its own text). */
    const focused = () =>
      page.locator(':focus').evaluate((el: { tagName: string; textContent: string | null; labels?: { textContent: string | null }[] | null }) => {
        const label = el.labels?.[0]?.textContent;
        return `${el.tagName}:${label ?? el.textContent ?? ''}`;
      });
    /** Tab forward until the focused control's label or text matches (no clicks). */
    async function tabTo(pattern: RegExp, limit = 60) {
      for (let i = 0; i < limit; i++) {
        if (pattern.test(await focused())) return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`never reached ${pattern} by Tab; last ${await focused()}`);
    }

    await tabTo(/^INPUT:Give it to the next person/);
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toMatch(/^INPUT:Offer it to the next person/);
    await tabTo(/^INPUT:Amount/);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('3');
    await page.keyboard.press('Tab');
    expect(await focused()).toMatch(/^SELECT:Unit/);
    await page.keyboard.press('End'); // days
    await tabTo(/^BUTTON:Add a reminder/);
    await page.keyboard.press('Enter');
    await tabTo(/^BUTTON:Save/);
    await page.keyboard.press('Enter');
    await page.getByText('RSVP settings saved.').waitFor();
    expect(await page.locator(':focus').getAttribute('role')).toBe('status');

    const [row] = await db.query(`SELECT promotion_mode, offer_window_minutes, reminder_offsets_minutes FROM forum_rsvp_settings WHERE forum_id = $1`, [forum.id]);
    expect(row.promotion_mode).toBe('OFFER');
    expect(row.offer_window_minutes).toBe(3 * 1440);
    expect(row.reminder_offsets_minutes).toContain(1440);
    await expectAccessible(page);
    expect(errors).toEqual([]);
    await closeConsolePage(page);
  }, JOURNEY_MS);

  it('a reply that needs reading shows its original text and is resolved as the answer it meant; one that answered and asked is marked read; the CSV downloads', async () => {
    const { staff, api, forum } = await setup();
    const [person] = await Promise.all([createContact(db, staff.agencyId, { name: 'Wendy Writes' })]);
    await stack.t.graphql.data(INVITE, { forumId: forum.id, input: { contactIds: [person.id] } }, api.token);
    const [mail] = await stack.sink.waitFor(person.email);
    // A reply as the worker's inbound listener hands it on.
    const replyByMail = (subject: string, text: string) =>
      stack.t.app.get(InboundReplyService).receive({
        recipients: [`rsvp+${tokenOf(mail)}@${stack.t.config.MAIL_DOMAIN}`],
        from: person.email,
        subject,
        text,
        calendarParts: [],
        messageId: null,
      });
    await replyByMail('Re: your invitation', 'I think my sister and I can come, depends on work.\nWendy');
    expect((await db.query(`SELECT status FROM rsvp_replies WHERE forum_id = $1`, [forum.id]))[0].status).toBe('NEEDS_READING');

    const { page, errors } = await newConsolePage(browser);
    await signInToConsole(page, stack.t.url, staff, `/forums/${forum.id}/invitations/replies`);
    const reply = page.getByRole('article', { name: 'Reply: Re: your invitation' });
    await reply.waitFor();
    await expect(reply.getByText('I think my sister and I can come, depends on work.', { exact: false }).isVisible()).resolves.toBe(true);
    await expectAccessible(page);
    await reply.getByRole('button', { name: 'Record this answer' }).click();
    await reply.getByText('Choose an answer to record, or dismiss the reply.').waitFor();
    await reply.getByText('Attending', { exact: true }).click();
    expect(await reply.getByLabel('Attending').isChecked()).toBe(true);
    await reply.getByRole('button', { name: 'Record this answer' }).click();
    await page.getByText(`Recorded “Attending” for ${person.email}.`).waitFor();
    await page.getByText('No replies are waiting to be read.').waitFor();
    expect(await db.query(`SELECT response, response_source FROM invitations WHERE contact_id = $1`, [person.id])).toEqual([{ response: 'ATTENDING', response_source: 'STAFF' }]);
    await expectAccessible(page);

    // A clear answer that also asks something: recorded, and shown until an officer marks it read.
    await replyByMail('Re: your invitation (2)', 'Yes, we will be there.\nIs the hall step-free?');
    await page.reload();
    const asking = page.getByRole('article', { name: 'Reply: Re: your invitation (2)' });
    await asking.getByText('Their answer, “Attending”, is already recorded. They also asked something: answer them by email, then mark this reply read.').waitFor();
    await expectAccessible(page);
    await asking.getByRole('button', { name: 'Mark as read' }).click();
    await page.getByText(`Marked the reply from ${person.email} as read.`).waitFor();
    await page.getByText('No replies are waiting to be read.').waitFor();
    expect(await db.query(`SELECT response FROM invitations WHERE contact_id = $1`, [person.id])).toEqual([{ response: 'ATTENDING' }]);

    // The attendee list downloads with the session (the CSV endpoint wants the bearer token).
    await page.getByRole('link', { name: 'Progress' }).click();
    await page.getByRole('heading', { level: 1, name: /Invitations/ }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download attendee list (CSV)' }).click()]);
    expect(download.suggestedFilename()).toBe('attendees-eastside-safety-forum.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain('Name,Email,Organisation,Status');
    expect(csv).toContain(`Wendy Writes,${person.email},,ATTENDING`);
    await page.getByText('Downloaded attendees-eastside-safety-forum.csv.').waitFor();
    expect(await page.title()).toMatch(/^Invitation progress/);
    expect(errors).toEqual([]);
    await closeConsolePage(page);
  }, JOURNEY_MS);
});
