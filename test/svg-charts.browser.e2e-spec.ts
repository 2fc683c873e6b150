import { Browser, Page } from 'playwright-core';
import { launchBrowser } from '@app/testing';
import { SurveyLanguage, TrendPoint } from '@app/surveys';
import { barChart, lineChart } from '../apps/api/src/task-forces/report/svg-charts';
import { barChart as surveyBarChart, trendChart } from '../apps/api/src/surveys/survey-results.view';

const LONG_NAME = 'Riverside Interfaith Coalition for Youth Opportunity, Housing and Neighbourhood Safety (North District)';
const WIDE_NAME = 'WWW MMM WWW MMM WWW MMM WWW MMM WWW MMM';

/** The parts of SVG elements these checks read in the page (the tests compile without the DOM library). */
interface SvgText {
  textContent: string | null;
  getBBox(): { x: number; y: number; width: number; height: number };
}
interface SvgChart {
  viewBox: { baseVal: { width: number; height: number } };
  querySelectorAll(selector: 'text' | 'text.label'): ArrayLike<SvgText>;
  querySelectorAll(selector: 'rect'): ArrayLike<{ x: { baseVal: { value: number } } }>;
}

/** Every <text> of every chart on the page, measured by Chromium with its real fonts, that leaves its chart's viewBox. */
function textOutside(page: Page) {
  return page.locator('svg').evaluateAll((svgs) =>
    (svgs as unknown as SvgChart[]).flatMap((svg) => {
      const view = svg.viewBox.baseVal;
      return Array.from(svg.querySelectorAll('text'))
        .map((t) => {
          const b = t.getBBox();
          return { text: t.textContent ?? '', left: b.x, right: b.x + b.width, top: b.y, bottom: b.y + b.height, width: view.width, height: view.height };
        })
        .filter((b) => b.left < -0.5 || b.right > b.width + 0.5 || b.top < -0.5 || b.bottom > b.height + 0.5);
    }),
  );
}

/** Labels (the text before a row's bar) that run into the bars. */
function labelsOverBars(page: Page) {
  return page.locator('svg').evaluateAll((svgs) =>
    (svgs as unknown as SvgChart[]).flatMap((svg) => {
      const bars = Array.from(svg.querySelectorAll('rect'));
      const start = bars.length ? Math.min(...bars.map((r) => r.x.baseVal.value)) : Infinity;
      return Array.from(svg.querySelectorAll('text.label'))
        .filter((t) => t.getBBox().x + t.getBBox().width > start + 0.5)
        .map((t) => t.textContent ?? '');
    }),
  );
}

/** The horizontal extent of every <text> on the page. */
function textExtents(page: Page) {
  return page.locator('svg').evaluateAll((svgs) =>
    (svgs as unknown as SvgChart[]).flatMap((svg) => Array.from(svg.querySelectorAll('text')).map((t) => ({ left: t.getBBox().x, right: t.getBBox().x + t.getBBox().width }))),
  );
}

describe('SVG charts keep their text inside the picture (measured in Chromium)', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage();
  });
  afterAll(() => browser.close());

  async function show(svg: string): Promise<void> {
    await page.setContent(`<!doctype html><html><body style="width:640px">${svg}</body></html>`);
  }

  it('the task-force attendance chart: long organisation names and "(100%)" fit; the full name is in a <title>', async () => {
    await show(
      barChart(
        'Attendance by organisation',
        [
          { label: LONG_NAME, value: 100, display: '12 of 12 (100%)' },
          { label: WIDE_NAME, value: 50, display: '1 of 2 (50%)' },
          { label: 'Club', value: 0, display: '0 of 1 (0%)' },
        ],
        100,
      ).value,
    );
    expect(await textOutside(page)).toEqual([]);
    expect(await labelsOverBars(page)).toEqual([]);
    const titles = await page.locator('svg g.bar > title').allTextContents();
    expect(titles).toEqual([`${LONG_NAME}: 12 of 12 (100%)`, `${WIDE_NAME}: 1 of 2 (50%)`, 'Club: 0 of 1 (0%)']);
    expect(await page.locator('svg text', { hasText: '12 of 12 (100%)' }).count()).toBe(1);
  });

  it('the indicator line chart: large values and a long unit fit', async () => {
    await show(
      lineChart({
        title: 'Calls',
        unit: 'calls for service per 1,000 residents in the North District each month',
        baseline: { on: '2026-01-01', value: 1234567 },
        target: { on: '2026-12-31', value: 7654321 },
        points: [{ on: '2026-03-01', value: 2345678 }],
      }).value,
    );
    expect(await textOutside(page)).toEqual([]);
  });

  it.each(['en', 'es'] as SurveyLanguage[])('the survey results bars (%s) are an HTML table: every figure is text, labels keep their size and nothing overflows on a 320 px phone', async (language) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.setContent(
      `<!doctype html><html><head><meta name="viewport" content="width=device-width"><style>body{margin:0;padding:16px;overflow-wrap:anywhere}table{width:100%;border-collapse:collapse}.bar-row{display:flex;gap:.4rem}.bar{display:block;height:1rem;background:#1d4e89}.bar-row span:last-child{flex:1 1 auto;min-width:0}.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}</style></head><body>${
        surveyBarChart(
          'q1',
          'Which of these matter most?',
          [
            { label: LONG_NAME, count: 1234, percent: 100, suppressed: false },
            { label: WIDE_NAME, count: null, percent: null, suppressed: true },
            { label: 'Parking', count: 7, percent: 1, suppressed: false },
          ],
          language,
        ).value
      }</body></html>`,
    );
    const rows = page.getByRole('table', { name: 'Which of these matter most?' }).getByRole('row');
    expect(await rows.count()).toBe(4);
    expect(await rows.nth(1).getByRole('rowheader').textContent()).toBe(LONG_NAME);
    expect(await rows.nth(1).getByRole('cell').textContent()).toBe('1234 (100%)');
    expect(await rows.nth(2).getByRole('cell').textContent()).toMatch(/5/);
    const sizes = await page.locator('tbody th, tbody td').evaluateAll((cells) => cells.map((c) => parseFloat((globalThis as any).getComputedStyle(c).fontSize)));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(14);
    expect(await page.evaluate(() => (globalThis as any).document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.setViewportSize({ width: 1280, height: 720 });
  });

  it('the survey trend chart: the line has no text to shrink; its weeks are HTML under it and every week\'s figure is in a table', async () => {
    const points: TrendPoint[] = Array.from({ length: 52 }, (_, i) => ({ week: new Date(Date.UTC(2026, 0, 5 + 7 * i)).toISOString().slice(0, 10), count: 9, mean: i % 5, suppressed: i === 3, suppression: null }));
    await show(trendChart('t1', 'Mean per week', points, (p) => (p.suppressed ? null : p.mean)).value);
    expect(await page.locator('svg text').count()).toBe(0);
    expect(await page.getByRole('img', { name: 'Mean per week' }).count()).toBe(1);
    expect(await page.locator('.axis').textContent()).toBe('2026-01-052026-12-28');
    await page.getByText('Show as a table').click();
    const table = page.getByRole('table', { name: 'Mean per week' });
    expect(await table.getByRole('row').count()).toBe(53);
    expect(await table.getByRole('row').nth(2).textContent()).toBe('2026-01-121');
    expect(await table.getByRole('row').nth(4).textContent()).toContain('fewer than 5');
  });
});
