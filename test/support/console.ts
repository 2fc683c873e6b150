import AxeBuilder from '@axe-core/playwright';
import { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { StaffRole } from '@app/common';
import { TEST_PASSWORD, createAgency, createStaff, eventually, launchBrowser } from '@app/testing';
import type { DataSource } from 'typeorm';

/** WCAG 2.2 AA, as the issue asks: every console route is checked with these tags. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** What the page's Document.getAnimations() gives (this tsconfig has no DOM types). */
interface PageAnimation {
  effect: { getComputedTiming(): { endTime?: number | string } } | null;
  finished: Promise<unknown>;
}

/**
 * axe run inside the page itself (its "legacy mode"). By default it opens a second, blank page per
 * run to combine the frames' partial results, which only cross-origin and srcdoc frames need; our
 * one frame, the survey preview, loads a same-origin page, which this mode still checks (tried with a
 * flawed page in a same-origin frame: found either way). On a console screen the blank page cost
 * about 0.25 s of Chromium CPU and 0.4 s per check, and a run makes some 170 checks. Same rules and tags.
 * Only violations come back with every node (all our checks read): passes and the other result types
 * bring one node each, not all of them, which were most of what crossed the protocol (on the partners
 * screen a check took 0.1–0.15 s of Jest's CPU instead of 0.2–0.3 s, and 0.4 s instead of 0.55 s).
 * `withTags` and `withRules` keep this option.
 *
 * axe-core's 550 KB source is sent and run only in a document that does not have it yet: the builder
 * would otherwise evaluate it twice per check (once for the page, once per frame), about 0.55 s and
 * 0.6 s of CPU (Chromium and Jest) per check, three times what the check of a console screen costs.
 * A later check of the same document reuses the axe it holds (`axe.run` runs afresh each time, with
 * the same configuration); a new document, a navigation or a new frame gets the full source again.
 */
export async function axeOn(page: Page): Promise<AxeBuilder> {
  const loaded = await Promise.all(page.frames().map((frame) => frame.evaluate(AXE_LOADED).catch(() => false)));
  return new AxeBuilder({ page, axeSource: loaded.every(Boolean) ? AXE_ALREADY_LOADED : undefined })
    .setLegacyMode()
    .options({ resultTypes: ['violations'] });
}

/** Whether a frame's document already holds axe-core (from an earlier check). */
const AXE_LOADED = 'typeof window.axe === "object" && typeof window.axe.run === "function"';
/** The "source" handed to the builder when every frame holds axe already: a statement that does nothing. */
const AXE_ALREADY_LOADED = 'void 0';

/** axe's violations on the page as it is now, reduced to what a failure message needs. */
export async function axeViolations(page: Page): Promise<{ id: string; help: string; targets: string[] }[]> {
  // A dialog still fading in has text at part of its contrast: check the page as it settles, not mid-transition.
  // (Endless animations, such as a spinner, are left running.)
  await page.evaluate(() =>
    Promise.all(
      (globalThis as unknown as { document: { getAnimations(): PageAnimation[] } }).document
        .getAnimations()
        .filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime)))
        .map((a) => a.finished.catch(() => null)),
    ),
  );
  const results = await (await axeOn(page)).withTags(WCAG_TAGS).analyze();
  return results.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
}

/** Asserts 0 violations (the list is printed when it fails). */
export async function expectAccessible(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

/**
 * Polls a condition evaluated in the page until it holds (the console's CSP forbids eval,
 * which page.waitForFunction with a string needs, so this polls with evaluate instead).
 */
export async function waitUntilTrue(page: Page, condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  await eventually(
    async () => {
      if (!(await page.evaluate(condition))) throw new Error('not yet');
    },
    { what: condition.toString(), timeoutMs, intervalMs: 100 },
  );
}

export interface ConsoleStaff {
  agencyId: string;
  email: string;
  password: string;
  name: string;
}

/** An agency with an active staff member of the given role (TEST_PASSWORD). */
export async function consoleStaff(dataSource: DataSource, role = StaffRole.LIAISON_OFFICER, agencyOverrides: Record<string, unknown> = {}): Promise<ConsoleStaff> {
  const agency = await createAgency(dataSource, agencyOverrides as never);
  const user = await createStaff(dataSource, agency.id, role);
  return { agencyId: agency.id, email: user.email, password: TEST_PASSWORD, name: user.name };
}

/** Signs in through the console's own form, as a person would, and waits for the home screen. */
export async function signInToConsole(page: Page, baseUrl: string, staff: { email: string; password: string }, path = '/'): Promise<void> {
  await page.goto(`${baseUrl}${path}`);
  await page.getByLabel('Email address').fill(staff.email);
  await page.getByLabel('Password', { exact: true }).fill(staff.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Console sections' }).waitFor();
}

/** One Chromium per suite; a fresh context (cookies) per test through newConsolePage. */
export async function consoleBrowser(): Promise<Browser> {
  return launchBrowser();
}

/**
 * A page in a fresh context that fails the test on any console error (CSP violations included).
 * "Fresh" as a person's browser would be on a first visit: no cookie, no stored data, no listener
 * or route of an earlier test. A context handed back by `closeConsolePage` is used again when its
 * locale matches (cleared there), so its renderer keeps the console's scripts and styles compiled:
 * a sign-in in a new context costs Chromium about 3.5 s of CPU, in a reused one under 1 s.
 */
export async function newConsolePage(browser: Browser, viewport = { width: 1280, height: 900 }, locale = 'en-US'): Promise<{ page: Page; errors: string[] }> {
  // The console shows the browser's language until the staff member chooses one: say which.
  const page = (await spareConsolePage(browser, locale, viewport)) ?? (await newContextPage(browser, viewport, locale));
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors };
}

/**
 * Ends a test's use of a page from `newConsolePage`: its other pages close, its listeners, routes
 * and emulated media go, it is parked on a small page of the same origin (the same renderer process
 * stays), and its cookies, permissions and the origin's local and session storage are cleared.
 * The next `newConsolePage` of the same browser and locale takes it. Any other page's context is closed.
 */
export async function closeConsolePage(page: Page): Promise<void> {
  const context = page.context();
  const url = page.isClosed() ? '' : page.url();
  if (!localeOf.has(context) || !/^https?:/.test(url)) return context.close();
  for (const other of context.pages()) if (other !== page) await other.close();
  for (const event of ['console', 'pageerror', 'dialog', 'download', 'popup', 'request', 'response'] as const) page.removeAllListeners(event);
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await context.unrouteAll({ behavior: 'ignoreErrors' });
  await page.emulateMedia({ media: null, colorScheme: null, reducedMotion: null, forcedColors: null });
  await page.goto(new URL('/health/live', url).href);
  await page.evaluate(() => {
    const storage = globalThis as unknown as { localStorage: { clear(): void }; sessionStorage: { clear(): void } };
    storage.localStorage.clear();
    storage.sessionStorage.clear();
  });
  await context.clearCookies();
  await context.clearPermissions();
  spares.add(context); // a set: handed back twice, still taken once
}

/** Contexts made by newConsolePage, with the locale they were made for. */
const localeOf = new WeakMap<BrowserContext, string>();
/** Contexts handed back by closeConsolePage, not yet taken again. */
const spares = new Set<BrowserContext>();

async function newContextPage(browser: Browser, viewport: { width: number; height: number }, locale: string): Promise<Page> {
  const context = await browser.newContext({ viewport, locale });
  localeOf.set(context, locale);
  return context.newPage();
}

async function spareConsolePage(browser: Browser, locale: string, viewport: { width: number; height: number }): Promise<Page | undefined> {
  const context = [...spares].find((spare) => spare.browser() === browser && localeOf.get(spare) === locale && spare.pages().length === 1);
  if (!context) return undefined;
  spares.delete(context);
  const [page] = context.pages();
  await page.setViewportSize(viewport);
  return page;
}

/** Chooses in a searchable picker (the USWDS combo box) by typing part of a name and clicking the match, as a person would. */
export async function pickFrom(scope: Page | Locator, label: string | RegExp, typed: string, option: string | RegExp): Promise<void> {
  const box = scope.getByRole('combobox', { name: label, exact: typeof label === 'string' });
  await box.fill(typed);
  await scope.getByRole('option', { name: option, exact: typeof option === 'string' }).click();
}
