import { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
import { StaffRole } from '@app/common';
import { signFormStart } from '@app/surveys';
import {
  CreatedSurvey,
  TestApp,
  createAgency,
  createPublishedSurvey,
  createSignedInStaff,
  createTestApp,
  everyTypeSurveyInput,
  launchBrowser,
  testConfig,
} from '@app/testing';
import { answerEveryTypeSurveySixTimes } from './support/survey-answers';
import { expectPublicPageAccessible } from './support/public-pages';

// The project's TypeScript has no DOM types; these run in the page.
declare const document: any;

/** What has the focus as the page loads: the label of a field, or the text of a focused region. */
async function focusedText(page: import('playwright-core').Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return (el?.labels?.[0]?.innerText ?? el?.innerText ?? '').trim();
  });
}

describe('The resident survey page in a real browser', () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    // The usual 3 s minimum fill time: residents' browsers carry a "form started" cookie from a minute ago (see `resident`).
    t = await createTestApp(testConfig({ SURVEY_MIN_FILL_SECONDS: '3', PUBLIC_RATE_LIMIT: '10000', SURVEY_SUBMIT_RATE_LIMIT: '10000' }));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
    await t.close();
  });

  async function survey(input: Record<string, unknown> = everyTypeSurveyInput()) {
    const agency = await createAgency(t.dataSource);
    const staff = await createSignedInStaff(t.dataSource, t.graphql, agency.id, StaffRole.LIAISON_OFFICER);
    return createPublishedSurvey(t.graphql, staff.token, input);
  }

  /**
   * A resident's browser that first opened the survey a minute ago: it holds the page's
   * "form started" cookie from then (the browser here fills forms faster than a person).
   */
  async function resident(created: CreatedSurvey, options: BrowserContextOptions = {}): Promise<BrowserContext> {
    const context = await browser.newContext(options);
    const stamp = signFormStart(t.config.LINK_SECRET, created.id, Date.now() - 60_000);
    await context.addCookies([{ name: `liaison_started_${created.id.slice(0, 8)}`, value: stamp, url: `${t.url}/s/${created.slug}` }]);
    return context;
  }

  it('is answered with the keyboard alone, reveals a conditional question, and shows the closing message', async () => {
    const created = await survey();
    const context = await resident(created, { viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${t.url}/s/${created.slug}`);
    expect(await page.title()).toContain('Neighbourhood safety');
    await expectPublicPageAccessible(page);
    // Every field has an accessible name from its label or legend.
    await page.getByLabel('1. Where do you live? (required)').selectOption('Northgate');
    await page.getByRole('group', { name: /How safe do you feel at night/ }).getByLabel('4', { exact: true }).focus();
    await page.keyboard.press('Space');
    await page.getByRole('group', { name: /Did you contact the police/ }).getByLabel('Yes').focus();
    await page.keyboard.press('Space');
    await page.getByLabel('6. How many years have you lived here? (optional)').focus();
    await page.keyboard.type('12');
    await page.keyboard.press('Enter');
    // The follow-up appears because of the "Yes"; what was chosen is kept.
    await page.getByRole('group', { name: /How did you contact us/ }).waitFor();
    expect(await page.getByRole('status').textContent()).toContain('more questions below');
    // The page opens on the question the answer revealed, not at the top.
    expect(await focusedText(page)).toBe('By phone');
    expect(await page.getByRole('group', { name: /How did you contact us/ }).getByLabel('By phone').evaluate((el) => el === (el as any).ownerDocument.activeElement)).toBe(true);
    await expectPublicPageAccessible(page);
    // The revealed question takes its place in the numbering.
    expect(await page.getByLabel('7. How many years have you lived here? (optional)').inputValue()).toBe('12');
    await page.getByRole('group', { name: /How did you contact us/ }).getByLabel('Online').check();
    await page.getByRole('button', { name: 'Send my answers' }).press('Enter');
    await page.waitForSelector('h1:has-text("Thank you")');
    expect(await page.textContent('main')).toContain('Thank you for helping your neighbourhood team.');
    await expectPublicPageAccessible(page);
    await context.close();
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM survey_responses WHERE survey_id = $1`, [created.id]);
    expect(n).toBe(1);
  });

  it('puts an error summary first that links to each field, marks the fields invalid, and keeps the answers', async () => {
    const created = await survey();
    const context = await resident(created);
    const page = await context.newPage();
    await page.goto(`${t.url}/s/${created.slug}`);
    await page.getByLabel('6. How many years have you lived here? (optional)').fill('250');
    await page.getByLabel('8. Anything else? (optional)').fill('<b>Bright lights</b> please');
    await page.getByRole('button', { name: 'Send my answers' }).click();
    const summary = page.getByRole('alert');
    expect(await summary.textContent()).toContain('There is a problem');
    // The page opens on the error summary.
    expect(await focusedText(page)).toMatch(/^There is a problem/);
    await expectPublicPageAccessible(page);
    const links = summary.getByRole('link');
    expect(await links.count()).toBe(4);
    await links.filter({ hasText: 'How many years' }).click();
    const years = page.getByLabel('6. How many years have you lived here? (optional)');
    await expect(years.evaluate((el) => el === el.ownerDocument.activeElement)).resolves.toBe(true);
    expect(await years.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await years.getAttribute('aria-describedby'))!.split(' ');
    const messages = await Promise.all(describedBy.map((id) => page.locator(`#${id}`).textContent()));
    expect(messages.join(' ')).toContain('Enter a number from 0 to 100');
    expect(await years.inputValue()).toBe('250');
    expect(await page.getByLabel('8. Anything else? (optional)').inputValue()).toBe('<b>Bright lights</b> please');
    const group = page.getByRole('group', { name: /How safe do you feel at night/ });
    expect(await group.getAttribute('aria-describedby')).toMatch(/-error/);
    await context.close();
  });

  it('speaks Spanish when the browser asks for it, and links to English', async () => {
    const created = await survey();
    const context = await resident(created, { locale: 'es-ES' });
    const page = await context.newPage();
    await page.goto(`${t.url}/s/${created.slug}`);
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    expect(await page.textContent('h1')).toBe('Seguridad en el barrio');
    await page.getByRole('button', { name: 'Enviar mis respuestas' }).click();
    expect(await page.getByRole('alert').textContent()).toContain('Responda esta pregunta');
    await page.getByRole('link', { name: 'English' }).click();
    expect(await page.textContent('h1')).toBe('Neighbourhood safety');
    await context.close();
  });

  it('a reload keeps the time the form was first opened, so a resident who answers right after reloading is not refused', async () => {
    const created = await survey();
    const context = await resident(created);
    const page = await context.newPage();
    await page.goto(`${t.url}/s/${created.slug}`);
    await page.reload();
    await page.getByLabel('1. Where do you live? (required)').selectOption('Northgate');
    await page.getByRole('group', { name: /How safe do you feel at night/ }).getByLabel('3', { exact: true }).check();
    await page.getByRole('group', { name: /Did you contact the police/ }).getByLabel('No').check();
    await page.getByRole('button', { name: 'Send my answers' }).press('Enter');
    await page.waitForSelector('h1:has-text("Thank you")');
    await context.close();
  });

  it('a form sent back sooner than a person fills it in is refused with an error summary the page opens on, and the answers kept', async () => {
    const created = await survey();
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${t.url}/s/${created.slug}`);
    await page.getByLabel('8. Anything else? (optional)').fill('Bright lights');
    // However slow this machine's browser is, the post comes "too fast": its stamp says the form was served a minute from now.
    const justServed = signFormStart(t.config.LINK_SECRET, created.id, Date.now() + 60_000);
    await page.locator('input[name="started"]').evaluate((el, value) => ((el as any).value = value), justServed);
    await page.getByRole('button', { name: 'Send my answers' }).click();
    const summary = page.getByRole('alert');
    expect(await summary.getByRole('heading').textContent()).toBe('There is a problem');
    expect(await summary.getByRole('link').textContent()).toBe('Please check your answers, then send them again.');
    expect(await focusedText(page)).toMatch(/^There is a problem/);
    expect(await page.getByLabel('8. Anything else? (optional)').inputValue()).toBe('Bright lights');
    await summary.getByRole('link').click();
    expect(await page.getByRole('button', { name: 'Send my answers' }).evaluate((el) => el === (el as any).ownerDocument.activeElement)).toBe(true);
    await context.close();
  });

  it('the public results show every chart\'s figures as text, legible and without sideways scrolling on a phone', async () => {
    const created = await survey(everyTypeSurveyInput({ resultsPublic: true }));
    await answerEveryTypeSurveySixTimes(t, created);
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(`${t.url}/s/${created.slug}/results`);
    // No picture without its numbers: every chart is a table, or an image followed by a table.
    const images = await page.getByRole('img').count();
    expect(await page.locator('svg[role=img] + .axis + details table').count()).toBe(images);
    const safety = page.getByRole('table', { name: 'How safe do you feel at night?', exact: true });
    expect(await safety.getByRole('row').count()).toBe(6);
    expect(await safety.getByRole('row').nth(1).getByRole('cell').textContent()).toMatch(/fewer than 5|hidden to protect small counts/);
    const topics = page.getByRole('table', { name: 'Which problems matter most?', exact: true });
    expect(await topics.getByRole('row', { name: /Traffic/ }).getByRole('cell').textContent()).toBe('6 (100%)');
    const smallest = await page.locator('table th, table td').evaluateAll((cells) => Math.min(...cells.map((c) => parseFloat((globalThis as any).getComputedStyle(c).fontSize))));
    expect(smallest).toBeGreaterThanOrEqual(14);
    await expectPublicPageAccessible(page);
    await context.close();
  });
});
