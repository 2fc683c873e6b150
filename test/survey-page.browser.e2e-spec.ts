import { Browser } from 'playwright-core';
import { StaffRole } from '@app/common';
import { TestApp, createAgency, createPublishedSurvey, createSignedInStaff, createTestApp, launchBrowser, testConfig } from '@app/testing';

describe('The resident survey page in a real browser', () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    // No minimum fill time here: the browser types faster than a person.
    t = await createTestApp(testConfig({ SURVEY_MIN_FILL_SECONDS: '0' }));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
    await t.close();
  });

  async function survey() {
    const agency = await createAgency(t.dataSource);
    const staff = await createSignedInStaff(t.dataSource, t.graphql, agency.id, StaffRole.LIAISON_OFFICER);
    return createPublishedSurvey(t.graphql, staff.token);
  }

  it('is answered with the keyboard alone, reveals a conditional question, and shows the closing message', async () => {
    const created = await survey();
    const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
    await page.goto(`${t.url}/s/${created.slug}`);
    expect(await page.title()).toContain('Neighbourhood safety');
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
    // The revealed question takes its place in the numbering.
    expect(await page.getByLabel('7. How many years have you lived here? (optional)').inputValue()).toBe('12');
    await page.getByRole('group', { name: /How did you contact us/ }).getByLabel('Online').check();
    await page.getByRole('button', { name: 'Send my answers' }).press('Enter');
    await page.waitForSelector('h1:has-text("Thank you")');
    expect(await page.textContent('main')).toContain('Thank you for helping your neighbourhood team.');
    await page.close();
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM survey_responses WHERE survey_id = $1`, [created.id]);
    expect(n).toBe(1);
  });

  it('puts an error summary first that links to each field, marks the fields invalid, and keeps the answers', async () => {
    const created = await survey();
    const page = await browser.newPage();
    await page.goto(`${t.url}/s/${created.slug}`);
    await page.getByLabel('6. How many years have you lived here? (optional)').fill('250');
    await page.getByLabel('8. Anything else? (optional)').fill('<b>Bright lights</b> please');
    await page.getByRole('button', { name: 'Send my answers' }).click();
    const summary = page.getByRole('alert');
    expect(await summary.textContent()).toContain('There is a problem');
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
    await page.close();
  });

  it('speaks Spanish when the browser asks for it, and links to English', async () => {
    const created = await survey();
    const context = await browser.newContext({ locale: 'es-ES' });
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
});
