import { Browser } from 'playwright-core';
import { StaffRole } from '@app/common';
import { TEST_PASSWORD, TestApp, createAgency, createPublishedSurvey, createStaff, createTestApp, eventually, launchBrowser, postSurveyForm, signIn, testConfig, testPort } from '@app/testing';
import { expectPublicPageAccessible } from './support/public-pages';
import { PrivateRedis } from './support/private-redis';

const LOGIN = `mutation($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { accessToken } }`;
const BRIEFLY_UNAVAILABLE = 'Liaison is briefly unavailable; try again in 5 seconds';

/**
 * Redis (rate limits, sign-in throttling, job queues) stops answering under a running API:
 * everyone who calls is told, in their own words, to try again — never "Internal server
 * error" — nothing a resident typed is lost, and the API works again as soon as Redis is back.
 */
describe('The API while its Redis is down (a private redis-server, killed and started again)', () => {
  let redis: PrivateRedis;
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    redis = new PrivateRedis(await testPort());
    await redis.start();
    t = await createTestApp(testConfig({ REDIS_URL: redis.url }));
    await eventually(async () => expect((await fetch(`${t.url}/health/ready`)).status).toBe(200), 'the API to reach its Redis');
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
    await redis?.remove();
  });

  it('sign-in (GraphQL, the console, the admin form) and a public page each say "briefly unavailable, try again" with 503 and Retry-After; sign-in works once Redis is back', async () => {
    const agency = await createAgency(t.dataSource);
    const staff = await createStaff(t.dataSource, agency.id, StaffRole.LIAISON_OFFICER);
    const login = () => t.graphql.request(LOGIN, { email: staff.email, password: TEST_PASSWORD });
    expect((await login()).errors).toBeUndefined();

    await redis.stop();
    const refused = await eventually(async () => {
      const res = await login();
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAVAILABLE');
      return res;
    }, 'sign-in to meet the lost Redis');
    expect(refused.errors).toEqual([expect.objectContaining({ message: BRIEFLY_UNAVAILABLE, extensions: expect.objectContaining({ code: 'UNAVAILABLE', reason: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 5 }) })]);
    expect(refused.data).toBeNull();
    // In the caller's language, like every other error.
    const spanish = await t.graphql.request(LOGIN, { email: staff.email, password: TEST_PASSWORD }, { headers: { 'accept-language': 'es' } });
    expect(spanish.errors?.[0]?.message).toBe('Liaison no está disponible por un momento; vuelva a intentarlo en 5 segundos');

    // The console's sign-in (plain JSON errors).
    const consoleSignIn = await fetch(`${t.url}/auth/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: t.url },
      body: JSON.stringify({ email: staff.email, password: TEST_PASSWORD }),
    });
    expect(consoleSignIn.status).toBe(503);
    expect(consoleSignIn.headers.get('retry-after')).toBe('5');
    expect(await consoleSignIn.json()).toEqual({ error: { code: 'UNAVAILABLE', message: BRIEFLY_UNAVAILABLE, reason: 'SERVICE_UNAVAILABLE' } });

    // The admin sign-in form (its rate limit lives in Redis): a page saying so, not JSON.
    const adminForm = await fetch(`${t.url}/admin/login`, { method: 'POST', headers: { origin: t.url }, body: new URLSearchParams({ email: staff.email, password: TEST_PASSWORD }), redirect: 'manual' });
    expect(adminForm.status).toBe(503);
    expect(adminForm.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await adminForm.text()).toContain(`<p>${BRIEFLY_UNAVAILABLE}</p>`);

    // A public page (its rate limit lives in Redis): a short page in the reader's language, not JSON.
    const calendar = await fetch(`${t.url}/calendar/${agency.slug}`, { headers: { 'accept-language': 'es' } });
    expect(calendar.status).toBe(503);
    expect(calendar.headers.get('content-type')).toMatch(/^text\/html/);
    expect(calendar.headers.get('retry-after')).toBe('5');
    expect(calendar.headers.get('cache-control')).toBe('no-store');
    const page = await calendar.text();
    expect(page).toContain('<html lang="es"');
    expect(page).toContain('<h1>No disponible por un momento</h1>');
    expect(page).toContain('Liaison no está disponible por un momento; vuelva a intentarlo en 5 segundos');
    // The page itself, in a real browser: WCAG 2.2 AA (axe, 0 violations), no sideways scroll at 320 px, visible focus.
    const context = await browser.newContext({ locale: 'es-ES' });
    try {
      const tab = await context.newPage();
      expect((await tab.goto(`${t.url}/calendar/${agency.slug}`))?.status()).toBe(503);
      expect(await tab.getByRole('heading', { level: 1 }).textContent()).toBe('No disponible por un momento');
      await expectPublicPageAccessible(tab);
    } finally {
      await context.close();
    }

    await redis.start();
    await eventually(async () => expect((await login()).errors).toBeUndefined(), { what: 'sign-in to work again', timeoutMs: 60_000 });
  }, 180_000);

  it('the links staff open in a browser (survey results and CSV, the task-force report) say "briefly unavailable" on a page, not in JSON', async () => {
    const agency = await createAgency(t.dataSource);
    const officer = await createStaff(t.dataSource, agency.id, StaffRole.LIAISON_OFFICER);
    const token = await signIn(t.graphql, officer.email);
    const survey = await createPublishedSurvey(t.graphql, token);
    const { createSurveyStaffLinks: links } = await t.graphql.data<{ createSurveyStaffLinks: { resultsPage: string; resultsCsv: string } }>(
      `mutation($id: ID!) { createSurveyStaffLinks(surveyId: $id) { resultsPage resultsCsv } }`,
      { id: survey.id },
      token,
    );
    const { createTaskForce: taskForce } = await t.graphql.data<{ createTaskForce: { id: string } }>(
      `mutation($input: CreateTaskForceInput!) { createTaskForce(input: $input) { id } }`,
      { input: { name: 'Ring road task force', focusIssue: 'HUMAN_TRAFFICKING', leadOfficerId: officer.id, startsOn: '2026-01-05' } },
      token,
    );
    const { createTaskForceReportLink: report } = await t.graphql.data<{ createTaskForceReportLink: { url: string; csvUrl: string } }>(
      `mutation($id: ID!) { createTaskForceReportLink(taskForceId: $id) { url csvUrl } }`,
      { id: taskForce.id },
      token,
    );
    const opened = [links.resultsPage, links.resultsCsv, report.url, report.csvUrl].map((link) => `${t.url}${new URL(link).pathname}${new URL(link).search}`);
    for (const url of opened) expect((await fetch(url)).status).toBe(200);

    await redis.stop();
    try {
      for (const url of opened) {
        const res = await eventually(async () => {
          const answer = await fetch(url);
          expect(answer.status).toBe(503);
          return answer;
        }, `${new URL(url).pathname} to meet the lost Redis`);
        expect(res.headers.get('content-type')).toMatch(/^text\/html/);
        expect(res.headers.get('retry-after')).toBe('5');
        expect(await res.text()).toContain(`<p>${BRIEFLY_UNAVAILABLE}</p>`);
      }
    } finally {
      await redis.start();
    }
    await eventually(async () => expect((await fetch(opened[0])).status).toBe(200), { what: 'the results page to open again', timeoutMs: 60_000 });
  }, 180_000);

  it("a resident's survey answers posted while Redis is down come back in the form, every one kept, saying to try again; posted again once it is back, they are thanked", async () => {
    const agency = await createAgency(t.dataSource);
    const staff = await createStaff(t.dataSource, agency.id, StaffRole.LIAISON_OFFICER);
    const survey = await createPublishedSurvey(t.graphql, await signIn(t.graphql, staff.email));
    const q = (key: string) => survey.questions.find((question) => question.key === key)!.id;
    const comment = 'The streetlights on Elm Street have been out for a month';
    const fields: [string, string][] = [
      [`q.${q('area')}`, 'Old Town'],
      [`q.${q('safe')}`, '2'],
      [`q.${q('contacted')}`, 'NO'],
      [`q.${q('comments')}`, comment],
      ...survey.questions.map((question): [string, string] => ['shown', question.id]),
    ];

    await redis.stop();
    const refused = await eventually(async () => {
      const res = await postSurveyForm(t.url, `/s/${survey.slug}`, survey.id, fields);
      expect(res.status).toBe(503);
      return res;
    }, 'the post to meet the lost Redis');
    expect(refused.html).toContain(`<a href="#send">${BRIEFLY_UNAVAILABLE}</a>`);
    expect(refused.html).toContain(comment);
    expect(refused.html).toMatch(/value="Old Town"[^>]*checked|checked[^>]*value="Old Town"|<option[^>]*value="Old Town"[^>]*selected/);
    const [{ n: stored }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM survey_responses WHERE survey_id = $1`, [survey.id]);
    expect(stored).toBe(0);

    await redis.start();
    await eventually(async () => {
      const res = await postSurveyForm(t.url, `/s/${survey.slug}`, survey.id, fields);
      expect(res.status).toBe(200);
      expect(res.html).toContain('Thank you for helping your neighbourhood team.');
    }, { what: 'the post to be taken once Redis is back', timeoutMs: 60_000 });
  }, 180_000);
});
