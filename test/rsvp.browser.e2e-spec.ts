import { Browser } from 'playwright-core';
import { StaffRole } from '@app/common';
import { OutreachUnsubscribe } from '@app/invitations';
import { MailTestStack, createAgency, createContact, createForum, createMailTestStack, createOrganisation, createSignedInStaff, launchBrowser } from '@app/testing';
import { INVITE, answerLink, onApi, tokenOf } from './support/rsvp-helpers';
import { tabTo } from './support/keyboard';
import { expectPublicPageAccessible } from './support/public-pages';

describe('The RSVP page in a real browser, with JavaScript off', () => {
  let stack: MailTestStack;
  let browser: Browser;

  beforeAll(async () => {
    stack = await createMailTestStack({ PUBLIC_RATE_LIMIT: '10000' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
    await stack.close();
  });

  it('the Attending button opens the page with Attending chosen; answering by keyboard with needs records it', async () => {
    const db = stack.t.dataSource;
    const agency = await createAgency(db);
    const officer = await createSignedInStaff(db, stack.t.graphql, agency.id, StaffRole.LIAISON_OFFICER);
    const forum = await createForum(db, agency.id, { title: 'Northgate community forum' });
    const contact = await createContact(db, agency.id);
    await stack.t.graphql.data(INVITE, { forumId: forum.id, input: { contactIds: [contact.id] } }, officer.token);
    const [mail] = await stack.sink.waitFor(contact.email);

    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(onApi(stack.t.url, answerLink(mail, 'attending')));
    expect(await page.title()).toContain('Will you attend Northgate community forum?');
    expect(await page.getByLabel('Attending', { exact: true }).isChecked()).toBe(true);
    // Labels are tied to their fields, so screen readers announce them.
    await page.getByLabel('How many people, including you (1 to 20)').fill('2');
    await page.getByLabel('Step-free access').check();
    await page.getByLabel('Interpretation into (language)').fill('Vietnamese');
    await page.getByLabel('Note for the organisers').focus();
    await page.keyboard.type('One wheelchair user');
    await page.getByRole('button', { name: 'Confirm my answer' }).press('Enter');
    await page.waitForSelector('h1:has-text("You are attending")');
    await context.close();

    const [row] = await db.query(`SELECT response, party_size, step_free_access, interpretation_language, note FROM invitations WHERE contact_id = $1`, [contact.id]);
    expect(row).toEqual({ response: 'ATTENDING', party_size: 2, step_free_access: true, interpretation_language: 'Vietnamese', note: 'One wheelchair user' });
  });

  it('by keyboard alone: answers with access needs, every RSVP page passes axe, reflows at 320 px and shows its focus; a long address does not push the unsubscribe page sideways', async () => {
    const db = stack.t.dataSource;
    const agency = await createAgency(db);
    const officer = await createSignedInStaff(db, stack.t.graphql, agency.id, StaffRole.LIAISON_OFFICER);
    const forum = await createForum(db, agency.id, { title: 'Eastbrook listening session' });
    const contact = await createContact(db, agency.id, { email: `a-very-long-mailbox-name-for-checking-reflow-${Date.now()}@riverside-community-partnership-network.example` });
    await stack.t.graphql.data(INVITE, { forumId: forum.id, input: { contactIds: [contact.id] } }, officer.token);
    const [mail] = await stack.sink.waitFor(contact.email);

    const context = await browser.newContext();
    const page = await context.newPage();
    const link = onApi(stack.t.url, answerLink(mail, 'maybe'));
    await page.goto(link);
    await expectPublicPageAccessible(page);
    await page.goto(link);
    await tabTo(page, 'Maybe');
    await page.keyboard.press('ArrowUp');
    expect(await page.getByLabel('Attending', { exact: true }).isChecked()).toBe(true);
    await tabTo(page, 'How many people, including you (1 to 20)');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('3');
    await tabTo(page, 'Sign language interpretation');
    await page.keyboard.press('Space');
    await tabTo(page, 'Childcare');
    await page.keyboard.press('Space');
    await tabTo(page, 'Note for the organisers');
    await page.keyboard.type('Two children, ages 4 and 6');
    await tabTo(page, 'Confirm my answer');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'You are attending' }).waitFor();
    await expectPublicPageAccessible(page);

    await page.goto(`${link.split('?')[0]}/unsubscribe`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(contact.email);
    await expectPublicPageAccessible(page);
    await context.close();

    const [row] = await db.query(`SELECT response, party_size, sign_language, childcare, note FROM invitations WHERE contact_id = $1`, [contact.id]);
    expect(row).toEqual({ response: 'ATTENDING', party_size: 3, sign_language: true, childcare: true, note: 'Two children, ages 4 and 6' });
  });

  it('the per-contact unsubscribe page of survey invitations and digests passes axe, reflows at 320 px, and opts the contact out by keyboard', async () => {
    const db = stack.t.dataSource;
    const agency = await createAgency(db);
    const contact = await createContact(db, agency.id, { name: 'Dana Okafor' });
    const { url } = stack.t.app.get(OutreachUnsubscribe).linksFor(contact.id);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    // The link names PUBLIC_URL; the page is served by this test's API.
    await page.goto(`${stack.t.url}${new URL(url).pathname}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(contact.email);
    await expectPublicPageAccessible(page);
    await tabTo(page, /unsubscribe/i);
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    await expectPublicPageAccessible(page);
    await context.close();
    const [row] = await db.query(`SELECT opted_out_at IS NOT NULL AS "optedOut" FROM contacts WHERE id = $1`, [contact.id]);
    expect(row).toEqual({ optedOut: true });
  });

  it('an organisation\'s delegates page, in English and in Vietnamese, passes axe, reflows at 320 px and shows its focus', async () => {
    const db = stack.t.dataSource;
    const agency = await createAgency(db, { enabledLanguages: ['en', 'vi'] });
    const officer = await createSignedInStaff(db, stack.t.graphql, agency.id, StaffRole.LIAISON_OFFICER);
    const forum = await createForum(db, agency.id, { title: 'Eastbrook listening session' });
    const org = await createOrganisation(db, agency.id, { name: 'Eastbrook Vietnamese Association' });
    const contact = await createContact(db, agency.id, { name: 'Huong Pham', organisationId: org.id, preferredLanguage: 'vi' });
    await createContact(db, agency.id, { name: 'Lan Nguyen', organisationId: org.id });
    await stack.t.graphql.data(INVITE, { forumId: forum.id, input: { organisations: [{ organisationId: org.id, seats: 2 }] } }, officer.token);
    const [mail] = await stack.sink.waitFor(contact.email);

    const context = await browser.newContext();
    const page = await context.newPage();
    const path = `${stack.t.url}/rsvp/${tokenOf(mail)}/delegates`;
    for (const lang of ['vi', 'en']) {
      await page.goto(`${path}?lang=${lang}`);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      await expectPublicPageAccessible(page);
    }
    await context.close();
  });
});
