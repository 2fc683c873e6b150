import { Browser } from 'playwright-core';
import { StaffRole } from '@app/common';
import { translate } from '@app/i18n';
import { signFormStart } from '@app/surveys';
import { CreatedSurvey, TestApp, createAgency, createPublishedSurvey, createSignedInStaff, createTestApp, launchBrowser, testConfig } from '@app/testing';
import { answerEveryTypeSurveySixTimes } from './support/survey-answers';
import { expectPublicPageAccessible, sidewaysScrollAt320 } from './support/public-pages';

jest.setTimeout(180_000);

const SETTINGS = `mutation($input: UpdateAgencySettingsInput!) { updateAgencySettings(input: $input) { enabledLanguages } }`;

/** English with its Arabic translation, as the survey builder sends it. */
const ar = (en: string, text: string) => ({ en, translations: [{ language: 'ar', text }] });

/** A survey written in English and Arabic, with a question of each kind a resident meets. */
function arabicSurvey() {
  return {
    title: ar('Neighbourhood safety', 'سلامة الحي'),
    introduction: ar('Tell us how safe you feel.', 'أخبرنا بمدى شعورك بالأمان.'),
    closingMessage: ar('Thank you for helping your neighbourhood team.', 'شكرًا لمساعدتك فريق الحي.'),
    languages: ['en', 'ar'],
    anonymous: true,
    resultsPublic: true,
    questions: [
      { key: 'area', type: 'NEIGHBOURHOOD', prompt: ar('Where do you live?', 'أين تسكن؟'), required: true },
      { key: 'safe', type: 'RATING', prompt: ar('How safe do you feel at night?', 'ما مدى شعورك بالأمان ليلًا؟'), required: true, lowLabel: ar('Very unsafe', 'غير آمن إطلاقًا'), highLabel: ar('Very safe', 'آمن جدًا') },
      { key: 'contacted', type: 'YES_NO', prompt: ar('Did you contact the police this year?', 'هل اتصلت بالشرطة هذا العام؟'), required: true },
      {
        key: 'topics',
        type: 'MULTIPLE_CHOICE',
        prompt: ar('Which problems matter most?', 'ما المشكلات الأهم بالنسبة لك؟'),
        options: [
          { key: 'traffic', label: ar('Traffic', 'المرور') },
          { key: 'noise', label: ar('Noise', 'الضوضاء') },
          { key: 'theft', label: ar('Theft', 'السرقة') },
        ],
      },
      { key: 'years', type: 'NUMBER', prompt: ar('How many years have you lived here?', 'كم سنة تسكن هنا؟'), minValue: 0, maxValue: 100, helpText: ar('Round to whole years.', 'قرّب إلى سنوات كاملة.') },
      { key: 'comments', type: 'LONG_TEXT', prompt: ar('Anything else?', 'هل هناك شيء آخر؟') },
    ],
  };
}

/** Issue 15, "Done when": an Arabic survey page renders right-to-left and passes axe (WCAG 2.2 AA) in Chromium. */
describe('Arabic public pages in a real browser', () => {
  let t: TestApp;
  let browser: Browser;
  let created: CreatedSurvey;

  beforeAll(async () => {
    t = await createTestApp(testConfig({ SURVEY_MIN_FILL_SECONDS: '3', PUBLIC_RATE_LIMIT: '10000', SURVEY_SUBMIT_RATE_LIMIT: '10000' }));
    browser = await launchBrowser();
    const agency = await createAgency(t.dataSource);
    const admin = await createSignedInStaff(t.dataSource, t.graphql, agency.id, StaffRole.ADMIN);
    await t.graphql.data(SETTINGS, { input: { enabledLanguages: ['ar'] } }, admin.token);
    created = await createPublishedSurvey(t.graphql, admin.token, arabicSurvey());
  });
  afterAll(async () => {
    await browser.close();
    await t.close();
  });

  async function arabicPage(path: string, width = 1024) {
    const context = await browser.newContext({ locale: 'ar', viewport: { width, height: 800 } });
    const stamp = signFormStart(t.config.LINK_SECRET, created.id, Date.now() - 60_000);
    await context.addCookies([{ name: `liaison_started_${created.id.slice(0, 8)}`, value: stamp, url: `${t.url}/s/${created.slug}` }]);
    const page = await context.newPage();
    await page.goto(`${t.url}${path}`);
    return { context, page };
  }

  it('the survey page is right-to-left Arabic (lang="ar", dir="rtl"), passes axe with 0 violations and does not scroll sideways at 320 px', async () => {
    const { context, page } = await arabicPage(`/s/${created.slug}?lang=ar`);
    expect(await page.getAttribute('html', 'lang')).toBe('ar');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.textContent('h1')).toBe('سلامة الحي');
    // Even the skip link speaks Arabic.
    expect(await page.locator('a.skipnav').textContent()).toBe(translate('ar', 'common.skipToContent'));
    expect(await page.textContent('main')).toContain('أخبرنا بمدى شعورك بالأمان.');
    // The page lays out right to left: text starts on the right.
    expect(await page.locator('main').evaluate((el) => (globalThis as any).getComputedStyle(el).direction)).toBe('rtl');
    await page.getByRole('group', { name: /ما مدى شعورك بالأمان ليلًا؟/ }).waitFor();
    await page.getByRole('button', { name: translate('ar', 'survey.submit') }).waitFor();
    await expectPublicPageAccessible(page);
    expect(await sidewaysScrollAt320(page)).toBe(0);
    await context.close();
  });

  it('the survey page in error, in Arabic, opens on its error summary, passes axe and reflows at 320 px', async () => {
    const { context, page } = await arabicPage(`/s/${created.slug}?lang=ar`, 320);
    await page.getByLabel(/كم سنة تسكن هنا؟/).fill('250');
    await page.getByRole('button', { name: translate('ar', 'survey.submit') }).click();
    const summary = page.getByRole('alert');
    await summary.waitFor();
    // The page opens on the error summary.
    expect(await page.evaluate(() => ((globalThis as any).document.activeElement?.innerText ?? '').trim())).toMatch(new RegExp(`^${translate('ar', 'survey.problem')}`));
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.getAttribute('html', 'lang')).toBe('ar');
    expect(await summary.getByRole('link').count()).toBeGreaterThanOrEqual(3);
    expect(await page.getByLabel(/كم سنة تسكن هنا؟/).inputValue()).toBe('250');
    expect(await page.getByLabel(/كم سنة تسكن هنا؟/).getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => (globalThis as any).document.documentElement.scrollWidth - (globalThis as any).document.documentElement.clientWidth)).toBe(0);
    await expectPublicPageAccessible(page);
    await context.close();
  });

  it('the public results in Arabic are right-to-left, show every chart as text, pass axe and reflow at 320 px', async () => {
    await answerEveryTypeSurveySixTimes(t, created, [['lang', 'ar']]);
    const { context, page } = await arabicPage(`/s/${created.slug}/results?lang=ar`, 320);
    expect(await page.getAttribute('html', 'lang')).toBe('ar');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.textContent('h1')).toContain('سلامة الحي');
    const images = await page.getByRole('img').count();
    expect(await page.locator('svg[role=img] + .axis + details table').count()).toBe(images);
    const topics = page.getByRole('table', { name: 'ما المشكلات الأهم بالنسبة لك؟', exact: true });
    expect(await topics.getByRole('row', { name: /المرور/ }).count()).toBe(1);
    await expectPublicPageAccessible(page);
    await context.close();
  });
});
