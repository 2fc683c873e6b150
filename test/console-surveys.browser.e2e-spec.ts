import { Browser, Locator, Page } from 'playwright-core';
import { StaffRole } from '@app/common';
import { MailTestStack, TEST_PASSWORD, createContact, createForum, createMailTestStack, createOrganisation, createStaff, eventually, postSurveyForm, signIn } from '@app/testing';
import { closeConsolePage, consoleBrowser, consoleStaff, expectAccessible, newConsolePage, signInToConsole } from './support/console';

// Journeys with several axe runs each: room for a slow two-core machine.
const JOURNEY_TIMEOUT = 240_000;

const SURVEY = `query($id: ID!) { survey(id: $id) { id slug status publicUrl forumId questions { id key type options { id key } } } }`;

/** Every question type the API has, with its English and Spanish prompt. */
const QUESTIONS = [
  { type: 'Single choice', en: 'Which park do you use most?', es: '¿Qué parque usa más?' },
  { type: 'Multiple choice', en: 'What worries you there?', es: '¿Qué le preocupa allí?' },
  { type: 'Rating scale', en: 'How safe do you feel?', es: '¿Qué tan seguro se siente?' },
  { type: 'Recommendation, 0 to 10', en: 'Would you recommend the park?', es: '¿Recomendaría el parque?' },
  { type: 'Yes or no', en: 'Have you called us this year?', es: '¿Nos llamó este año?' },
  { type: 'Number', en: 'How many times?', es: '¿Cuántas veces?' },
  { type: 'Short text', en: 'One word for the park', es: 'Una palabra para el parque' },
  { type: 'Long text', en: 'Anything else?', es: '¿Algo más?' },
  { type: 'Neighbourhood', en: 'Where do you live?', es: '¿Dónde vive?' },
];

describe('Console: surveys in a real browser', () => {
  let stack: MailTestStack;
  let browser: Browser;

  beforeAll(async () => {
    stack = await createMailTestStack({ LOGIN_RATE_LIMIT: '1000', SURVEY_RESULTS_SWEEP_SECONDS: '1', SURVEY_MIN_FILL_SECONDS: '0', PUBLIC_RATE_LIMIT: '10000', SURVEY_SUBMIT_RATE_LIMIT: '10000' });
    browser = await consoleBrowser();
  });
  afterAll(async () => {
    await browser.close();
    await stack.close();
  });

  /** The builder's box for question n (found by its heading). */
  function question(page: Page, n: number): Locator {
    return page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: new RegExp(`^Question ${n}:`) }) });
  }

  it('builds a survey with every question type and a condition, previews it, publishes it, takes a resident’s answers and shows them in the results', async () => {
    const staff = await consoleStaff(stack.t.dataSource, StaffRole.LIAISON_OFFICER, { neighbourhoods: ['Old Town', 'Northgate'] });
    const token = await signIn(stack.t.graphql, staff.email);
    const neighbours = await createOrganisation(stack.t.dataSource, staff.agencyId, { name: 'Old Town Neighbours', neighbourhoods: ['Old Town'] });
    const invitee = await createContact(stack.t.dataSource, neighbours, { email: 'rosa@oldtown.example' });
    await createContact(stack.t.dataSource, neighbours, { optedOutAt: new Date() });
    await createContact(stack.t.dataSource, neighbours, { undeliverableAt: new Date(), undeliverableReason: '5.1.1 User unknown' });
    const walk = await createForum(stack.t.dataSource, staff.agencyId, { title: 'Park walk-and-talk' });
    for (const title of ['Budget town hall', 'Schools listening session']) await createForum(stack.t.dataSource, staff.agencyId, { title });
    const { page, errors } = await newConsolePage(browser);
    await signInToConsole(page, stack.t.url, staff, '/surveys');
    await page.getByRole('heading', { level: 1, name: 'Surveys' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'New survey' }).click();
    await page.getByRole('heading', { level: 1, name: 'New survey' }).waitFor();

    await page.getByLabel('Title in English').fill('Park safety');
    await page.getByLabel('Title in Spanish').fill('Seguridad en el parque');
    await page.getByLabel('Introduction in English').fill('Tell us how the park feels.');
    // Spanish left out: the builder marks it missing.
    await page.getByText('Missing in Spanish').first().waitFor();
    // Publishing needs every offered language complete: the Spanish introduction follows (the scale's Spanish label does not).
    await page.getByLabel('Introduction in Spanish').fill('Cuéntenos cómo se siente el parque.');
    await page.getByText('Anyone with the public link (posters, flyers, the web)').waitFor();
    await page.getByText('People sent a personal link by email').click();
    // The follow-up forum is found by typing part of its title, and chosen by keyboard.
    const forumBox = page.getByRole('combobox', { name: /^Follow-up to a forum/ });
    await forumBox.focus();
    await page.keyboard.type('walk');
    await page.getByRole('option', { name: 'Park walk-and-talk' }).waitFor();
    expect(await page.getByRole('option', { name: 'Budget town hall' }).count()).toBe(0);
    await expectAccessible(page);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await forumBox.inputValue()).toBe('Park walk-and-talk');

    for (const [i, q] of QUESTIONS.entries()) {
      await page.getByLabel('Type of the new question').selectOption({ label: q.type });
      await page.getByRole('button', { name: 'Add question' }).click();
      const box = question(page, i + 1);
      await box.getByLabel('Question in English').fill(q.en);
      await box.getByLabel('Question in Spanish').fill(q.es);
    }
    for (const [n, labels] of [[1, ['North Park', 'Riverside Park']], [2, ['Lighting', 'Traffic']]] as const) {
      for (const [i, label] of labels.entries()) {
        await question(page, n).getByLabel(`Choice ${i + 1} in English`).fill(label);
        await question(page, n).getByLabel(`Choice ${i + 1} in Spanish`).fill(`${label} (es)`);
      }
    }
    await question(page, 2).getByText('Offer “Other” with a text box').click();
    await question(page, 3).getByLabel('Label of the lowest value in English').fill('Not at all');
    await question(page, 6).getByLabel('Smallest value').fill('0');
    await question(page, 6).getByLabel('Largest value').fill('50');
    // The neighbourhood question offers the agency's neighbourhoods.
    await question(page, 9).getByText('Residents choose from your agency’s neighbourhoods: Old Town, Northgate.').waitFor();
    // "How many times?" is asked only of those who called: chosen from lists, not typed.
    await question(page, 6).getByLabel('Show only when').selectOption({ label: 'Question 5: Have you called us this year?' });
    await question(page, 6).getByLabel('Has the answer').selectOption({ label: 'Yes' });

    // Keyboard ordering: move question 8 up and back down.
    await page.getByRole('button', { name: 'Move question 8 up' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Question moved to position 7.').waitFor();
    expect(await question(page, 7).getByLabel('Question in English').inputValue()).toBe('Anything else?');
    await page.getByRole('button', { name: 'Move question 7 down' }).focus();
    await page.keyboard.press('Enter');
    expect(await question(page, 8).getByLabel('Question in English').inputValue()).toBe('Anything else?');
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Save survey' }).click();
    await page.getByText('The survey was saved.').waitFor();
    const surveyId = page.url().split('/surveys/')[1];
    await expectAccessible(page);

    // Preview: the server-rendered resident page, in a frame, in each language, before publishing.
    await page.getByRole('link', { name: 'Preview' }).click();
    await page.getByRole('heading', { level: 1, name: 'Preview of Park safety' }).waitFor();
    const frame = page.frameLocator('iframe[title="The resident’s page in English"]');
    await frame.getByRole('heading', { level: 1, name: 'Park safety' }).waitFor();
    await frame.getByText('Preview for staff').waitFor();
    await frame.getByText('North Park').waitFor();
    await expectAccessible(page);
    await page.getByText('Spanish', { exact: true }).click();
    await page.frameLocator('iframe[title="The resident’s page in Spanish"]').getByRole('heading', { level: 1, name: 'Seguridad en el parque' }).waitFor();
    // The draft stays private: no public page, and no preview without a signed link.
    const { survey } = await stack.t.graphql.data<{ survey: any }>(SURVEY, { id: surveyId }, token);
    expect(survey.questions.map((q: { type: string }) => q.type)).toEqual(['SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'RATING', 'NPS', 'YES_NO', 'NUMBER', 'SHORT_TEXT', 'LONG_TEXT', 'NEIGHBOURHOOD']);
    expect(survey.forumId).toBe(walk.id);
    expect((await fetch(`${stack.t.url}/s/${survey.slug}`)).status).toBe(404);
    expect((await fetch(`${stack.t.url}/staff/surveys/preview/${surveyId}`)).status).toBe(403);

    await page.getByRole('link', { name: 'Overview' }).click();
    // The scale's Spanish label was left out: publishing names the gap and offers English in its place.
    await page.getByRole('button', { name: 'Publish survey' }).click();
    await page.getByText(/has no Spanish text/).first().waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Publish with English where a translation is missing' }).click();
    await page.getByText('The survey is published.').waitFor();

    await page.getByRole('link', { name: 'Distribution' }).click();
    await page.getByRole('img', { name: `QR code for ${survey.publicUrl}` }).waitFor();
    // Personal invitations to an audience (organisations in Old Town), counted before sending like forum invitations.
    await page.getByRole('group', { name: 'Neighbourhoods' }).getByText('Old Town', { exact: true }).click();
    await page.getByRole('button', { name: 'Check who will be invited' }).click();
    await page.getByText('1 person will be emailed').waitFor();
    await page.getByText('Skipped: 0 already invited (not emailed again), 1 opted out of email.').waitFor();
    // An address that bounced for good is counted apart from opting out.
    await page.getByText('1 contact is skipped because their address bounced (edit the address to send them a link).').waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Send 1 invitation' }).click();
    await page.getByText('1 invitation is on its way; 0 already invited, 1 opted out. 1 contact is skipped because their address bounced').waitFor();
    expect((await stack.sink.waitFor(invitee.email))[0].parsed.text ?? '').toContain(`/s/${survey.slug}/`);
    // Sending progress refreshes by itself until nothing waits.
    const progress = page.getByRole('region', { name: 'Sending progress' });
    await progress.getByText('Waiting to send: 0. Sent: 1. Failed: 0.').waitFor();
    await expectAccessible(page);

    // A resident answers on the public page; four more answers arrive over HTTP (counts under 5 are hidden).
    const resident = await browser.newPage();
    await resident.goto(`${stack.t.url}/s/${survey.slug}?lang=en`);
    await resident.getByRole('group', { name: 'Which park do you use most?' }).getByLabel('North Park').check();
    await resident.getByLabel('One word for the park').fill('Gloomy');
    await resident.getByRole('button', { name: 'Send my answers' }).click();
    await resident.getByRole('heading', { name: 'Thank you' }).waitFor();
    await resident.close();
    const park = survey.questions.find((q: { key: string }) => q.key === 'q1');
    for (let i = 0; i < 4; i++) {
      await postSurveyForm(stack.t.url, `/s/${survey.slug}`, surveyId, [[`q.${park.id}`, park.options[0].id], ...survey.questions.map((q: { id: string }) => ['shown', q.id] as [string, string])]);
    }

    await page.getByRole('link', { name: 'Results' }).click();
    await page.getByRole('heading', { level: 1, name: 'Results of Park safety' }).waitFor();
    await eventually(
      async () => {
        await page.getByRole('button', { name: 'Refresh results' }).click();
        await page.getByText(/: 5 responses\./).waitFor({ timeout: 2_000 });
      },
      { timeoutMs: 60_000, intervalMs: 500 },
    );
    await page.getByRole('img', { name: 'Answers to “Which park do you use most?”' }).waitFor();
    const row = page.getByRole('table', { name: 'Answers to question 1' }).getByRole('row', { name: /North Park/ });
    expect(await row.getByRole('cell').first().textContent()).toBe('5');
    // The trend over weeks is a line with its numbers written on it, not bars.
    const trend = page.getByRole('img', { name: 'Responses per week' });
    expect(await trend.locator('rect').count()).toBe(0);
    expect(await trend.locator('circle').count()).toBeGreaterThanOrEqual(1);
    expect(await trend.locator('.console-chart__value').allTextContents()).toContain('5');
    await page.getByRole('button', { name: 'Show written answers to question 7' }).click();
    await page.getByText(': Gloomy').waitFor();
    await expectAccessible(page);
    // Results by response language: every answer so far was given in English, none in Spanish.
    await page.getByLabel('Responses in').selectOption({ label: 'Spanish' });
    await page.getByText('Showing only responses in Spanish.').waitFor();
    await page.getByText(/: 0 responses\./).waitFor();
    await expectAccessible(page);
    await page.getByLabel('Responses in').selectOption({ label: 'English' });
    await page.getByText(/: 5 responses\./).waitFor();
    await page.getByLabel('Responses in').selectOption({ label: 'All languages' });
    await page.getByText('Showing responses in all languages.').waitFor();
    // The list shows the survey's status, responses and response rate (1 personal link sent, not answered).
    await page.getByRole('link', { name: 'All surveys' }).click();
    const listed = page.getByRole('row', { name: /Park safety/ });
    await listed.getByText('Published', { exact: true }).waitFor();
    expect(await listed.getByRole('cell').nth(3).textContent()).toBe('5');
    expect(await listed.getByRole('cell').nth(4).textContent()).toBe('0% of 1 personal link');
    expect(errors).toEqual([]);
    await closeConsolePage(page);
  }, JOURNEY_TIMEOUT);

  it('shows an analyst surveys and results read-only: no new, edit, publish or send actions are offered', async () => {
    const officer = await consoleStaff(stack.t.dataSource);
    const officerToken = await signIn(stack.t.graphql, officer.email);
    const created = await stack.t.graphql.data<{ createSurvey: { id: string } }>(
      `mutation($input: SurveyInput!) { createSurvey(input: $input) { id } }`,
      { input: { title: { en: 'Town hall follow-up' }, languages: ['en'], questions: [{ key: 'q1', type: 'YES_NO', prompt: { en: 'Was it useful?' } }] } },
      officerToken,
    );
    const analyst = { ...(await createStaff(stack.t.dataSource, officer.agencyId, StaffRole.ANALYST)), password: TEST_PASSWORD };
    const { page, errors } = await newConsolePage(browser);
    await signInToConsole(page, stack.t.url, analyst, '/surveys');
    await page.getByRole('link', { name: 'Town hall follow-up' }).click();
    await page.getByRole('heading', { level: 1, name: 'Town hall follow-up' }).waitFor();
    await page.getByText('Your role can read surveys and their results').waitFor();
    await expectAccessible(page);
    for (const name of ['Publish survey', 'Make a copy', 'Close survey']) expect(await page.getByRole('button', { name }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Questions and settings' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Surveys', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Surveys' }).waitFor();
    expect(await page.getByRole('link', { name: 'New survey' }).count()).toBe(0);
    await page.goto(`${stack.t.url}/surveys/${created.createSurvey.id}/results`);
    await page.getByRole('heading', { level: 1, name: 'Results of Town hall follow-up' }).waitFor();
    await expectAccessible(page);
    expect(errors).toEqual([]);
    await closeConsolePage(page);
  }, JOURNEY_TIMEOUT);

  it('offers every language the agency has enabled: Vietnamese and Arabic fields (Arabic right to left), saved as the survey\'s languages', async () => {
    const staff = await consoleStaff(stack.t.dataSource, StaffRole.LIAISON_OFFICER, { enabledLanguages: ['en', 'vi', 'ar'] });
    const token = await signIn(stack.t.graphql, staff.email);
    const { page, errors } = await newConsolePage(browser);
    await signInToConsole(page, stack.t.url, staff, '/surveys/new');
    await page.getByRole('heading', { level: 1, name: 'New survey' }).waitFor();
    const offered = page.getByRole('group', { name: 'Languages offered' });
    for (const name of ['English', 'Vietnamese', 'Arabic']) expect(await offered.getByRole('checkbox', { name }).isChecked()).toBe(true);
    expect(await offered.getByRole('checkbox', { name: 'Spanish' }).count()).toBe(0);
    await page.getByLabel('Title in English').fill('Park safety');
    await page.getByLabel('Title in Vietnamese').fill('An toàn công viên');
    expect(await page.getByLabel('Title in Arabic').getAttribute('dir')).toBe('rtl');
    await page.getByText('Missing in Arabic').first().waitFor();
    await page.getByLabel('Title in Arabic').fill('سلامة الحديقة');
    await page.getByLabel('Type of the new question').selectOption({ label: 'Yes or no' });
    await page.getByRole('button', { name: 'Add question' }).click();
    await question(page, 1).getByLabel('Question in English').fill('Do you feel safe?');
    await question(page, 1).getByLabel('Question in Vietnamese').fill('Bạn có cảm thấy an toàn không?');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Save survey' }).click();
    await page.getByText('The survey was saved.').waitFor();
    const surveyId = page.url().split('/surveys/')[1];
    const saved = (
      await stack.t.graphql.data<{ survey: any }>(
        `query($id: ID!) { survey(id: $id) { languages title { en translations { language text } } missingTranslations { language field } } }`,
        { id: surveyId },
        token,
      )
    ).survey;
    expect(saved.languages).toEqual(['en', 'vi', 'ar']);
    expect(saved.title.translations).toEqual([
      { language: 'en', text: 'Park safety' },
      { language: 'vi', text: 'An toàn công viên' },
      { language: 'ar', text: 'سلامة الحديقة' },
    ]);
    expect(saved.missingTranslations.map((m: { language: string; field: string }) => `${m.language}:${m.field}`)).toContain('ar:questions.0.prompt');
    // The overview names the languages in words.
    await page.getByText('English, Vietnamese, Arabic').waitFor();
    expect(errors).toEqual([]);
    await closeConsolePage(page);
  }, JOURNEY_TIMEOUT);
});
