import { Browser } from 'playwright-core';
import { StaffRole } from '@app/common';
import { translate } from '@app/i18n';
import { SurveyResultsService } from '@app/surveys';
import {
  MailTestStack,
  createAgency,
  createContact,
  createForum,
  createMailTestStack,
  createOrganisation,
  createPublishedSurvey,
  createSignedInStaff,
  launchBrowser,
  postSurveyForm,
} from '@app/testing';
import { expectPublicPageAccessible } from './support/public-pages';
import { INVITE, answerLink, onApi } from './support/rsvp-helpers';

jest.setTimeout(180_000);

const SETTINGS = `mutation($input: UpdateAgencySettingsInput!) { updateAgencySettings(input: $input) { enabledLanguages } }`;
const TASK_FORCE = `mutation($input: CreateTaskForceInput!) { createTaskForce(input: $input) { id } }`;
const JOIN = `mutation($tf: ID!, $input: AddTaskForceOrganisationInput!) { addTaskForceOrganisation(taskForceId: $tf, input: $input) { id } }`;
const ITEM = `mutation($tf: ID!, $input: CreateActionItemInput!) { createActionItem(taskForceId: $tf, input: $input) { id } }`;

const tr = (en: string, vi: string) => ({ en, translations: [{ language: 'vi', text: vi }] });

/**
 * Issue 15: a resident can switch language on any public page — plain links (no JavaScript)
 * listing the agency's enabled languages, each keeping the page it is on.
 */
describe('The language links on every public page', () => {
  let stack: MailTestStack;
  let browser: Browser;

  beforeAll(async () => {
    stack = await createMailTestStack({ PUBLIC_RATE_LIMIT: '10000', SURVEY_SUBMIT_RATE_LIMIT: '10000' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
    await stack.close();
  });

  /** The language links of a page: [href path, lang] of each, in order. */
  function links(body: string): [string, string][] {
    const nav = /<nav class="(?:language-links|langs)"[^>]*>([\s\S]*?)<\/nav>/.exec(body);
    if (!nav) throw new Error(`no language links in: ${body.slice(0, 400)}`);
    return [...nav[1].matchAll(/<(?:a href="([^"]+)"|strong) lang="([^"]+)"/g)].map((m) => [m[1] ?? '(current)', m[2]]);
  }

  it('lists the agency’s languages (English, Vietnamese, Arabic) on the RSVP, unsubscribe, calendar, action-item, survey and results pages, each link keeping its page, and works with JavaScript off', async () => {
    const db = stack.t.dataSource;
    const agency = await createAgency(db, { name: 'Riverside Police Department' });
    const admin = await createSignedInStaff(db, stack.t.graphql, agency.id, StaffRole.ADMIN);
    await stack.t.graphql.data(SETTINGS, { input: { enabledLanguages: ['vi', 'ar'] } }, admin.token);
    const expected = (path: string, current: string) => ['en', 'vi', 'ar'].map((code) => (code === current ? [path.startsWith('/s/') ? '(current)' : `${path}?lang=${code}`, code] : [`${path}?lang=${code}`, code]));

    // RSVP and unsubscribe, from an invitation to a Vietnamese-preferring contact.
    const forum = await createForum(db, agency.id, { title: 'Eastbrook listening session' });
    const contact = await createContact(db, agency.id, { name: 'Lan Nguyen', preferredLanguage: 'vi' });
    await stack.t.graphql.data(INVITE, { forumId: forum.id, input: { contactIds: [contact.id] } }, admin.token);
    const [mail] = await stack.sink.waitFor(contact.email);
    const rsvp = new URL(onApi(stack.t.url, answerLink(mail, 'attending'))).pathname;
    const rsvpPage = await (await fetch(`${stack.t.url}${rsvp}`)).text();
    expect(links(rsvpPage)).toEqual(expected(rsvp, 'vi'));
    const unsubscribe = `${rsvp}/unsubscribe`;
    expect(links(await (await fetch(`${stack.t.url}${unsubscribe}`)).text())).toEqual(expected(unsubscribe, 'vi'));

    // The public calendar.
    const calendar = `/calendar/${agency.slug}`;
    expect(links(await (await fetch(`${stack.t.url}${calendar}`)).text())).toEqual(expected(calendar, 'en'));

    // An action item's status link, for its owner.
    const org = await createOrganisation(db, agency.id, { name: 'Safe Harbor' });
    const owner = await createContact(db, org, { name: 'Maria Lopez', preferredLanguage: 'ar' });
    const tf = (await stack.t.graphql.data<any>(TASK_FORCE, { input: { name: 'Joint task force', focusIssue: 'HUMAN_TRAFFICKING', leadOfficerId: admin.user.id, startsOn: '2026-01-05' } }, admin.token)).createTaskForce;
    await stack.t.graphql.data(JOIN, { tf: tf.id, input: { organisationId: org.id, role: 'MEMBER', contactIds: [owner.id], joinedOn: '2026-01-05' } }, admin.token);
    await stack.t.graphql.data(ITEM, { tf: tf.id, input: { title: 'Train motel front-desk staff', ownerContactId: owner.id, dueOn: '2027-06-30' } }, admin.token);
    const [itemMail] = await stack.sink.waitFor(owner.email);
    const item = new URL(/https?:\/\/\S+\/action-items\/[\w.-]+/.exec(itemMail.parsed.text ?? '')![0]).pathname;
    const itemPage = await (await fetch(`${stack.t.url}${item}`)).text();
    // The owner prefers Arabic: the page opens in it, right to left.
    expect(itemPage).toMatch(/<html lang="ar" dir="rtl">/);
    expect(itemPage).toContain(translate('ar', 'page.actionItem.save'));
    expect(links(itemPage)).toEqual(expected(item, 'ar'));

    // A survey in English and Vietnamese, and its public results.
    const survey = await createPublishedSurvey(stack.t.graphql, admin.token, {
      title: tr('Neighbourhood safety', 'An toàn khu phố'),
      languages: ['en', 'vi'],
      resultsPublic: true,
      questions: [{ key: 'safe', type: 'YES_NO', required: true, prompt: tr('Do you feel safe?', 'Bạn có cảm thấy an toàn không?') }],
    });
    const surveyPage = await (await fetch(`${stack.t.url}/s/${survey.slug}?lang=vi`)).text();
    expect(links(surveyPage)).toEqual([[`/s/${survey.slug}?lang=en`, 'en'], ['(current)', 'vi']]);
    for (let i = 0; i < 5; i++) {
      await postSurveyForm(stack.t.url, `/s/${survey.slug}`, survey.id, [['lang', 'vi'], ['shown', survey.questions[0].id], [`q.${survey.questions[0].id}`, 'YES']], { secret: stack.t.config.LINK_SECRET });
    }
    await stack.t.app.get(SurveyResultsService).recompute(survey.id, { full: true });
    const results = await (await fetch(`${stack.t.url}/s/${survey.slug}/results?lang=vi`)).text();
    expect(results).toMatch(/<html lang="vi" dir="ltr">/);
    expect(links(results)).toEqual([[`/s/${survey.slug}/results?lang=en`, 'en'], ['(current)', 'vi']]);
    // The results page's own words are Vietnamese too, not English under lang="vi".
    expect(results).toContain('An toàn khu phố: kết quả');
    expect(results).not.toContain('Show as a table');

    // With JavaScript off, following a link switches the page and keeps it.
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${stack.t.url}${item}`);
    await page.getByRole('navigation', { name: translate('ar', 'common.languageSwitcher') }).getByRole('link', { name: 'English' }).click();
    await page.waitForURL(/lang=en$/);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('h1')).toBe('Train motel front-desk staff');
    await page.getByLabel('New status').selectOption({ label: 'In progress' });
    await page.getByRole('button', { name: 'Save the update' }).click();
    // The update keeps the language chosen.
    expect(await page.getByRole('status').textContent()).toContain('Saved: the item is now "In progress". Thank you.');
    await page.goto(`${stack.t.url}${calendar}`);
    await page.getByRole('link', { name: 'Tiếng Việt' }).click();
    expect(await page.textContent('h1')).toBe(translate('vi', 'page.calendar.title'));
    await context.close();

    // The pages newly in other languages pass the shared checks: the action item right to left in Arabic, the calendar in Vietnamese.
    const checked = await browser.newContext();
    const check = await checked.newPage();
    await check.goto(`${stack.t.url}${item}?lang=ar`);
    expect(await check.getAttribute('html', 'dir')).toBe('rtl');
    await expectPublicPageAccessible(check);
    await check.goto(`${stack.t.url}${calendar}?lang=vi`);
    await expectPublicPageAccessible(check);
    await checked.close();
  });
});
