import type { Page } from 'playwright-core';

// The project's TypeScript has no DOM types; these run in the page.
declare const document: any;
declare const getComputedStyle: (el: unknown) => { outlineStyle: string; outlineWidth: string; boxShadow: string };

/** What has the keyboard focus: its accessible-ish name and whether a focus outline is drawn. */
export async function focused(page: Page): Promise<{ name: string; tag: string; outlined: boolean }> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return { name: '', tag: '', outlined: false };
    const label = el.labels?.[0]?.innerText ?? el.getAttribute('aria-label') ?? '';
    const style = getComputedStyle(el);
    const outlined = (style.outlineStyle !== 'none' && style.outlineWidth !== '0px') || style.boxShadow !== 'none';
    return { name: (label || el.innerText || '').trim(), tag: el.tagName.toLowerCase(), outlined };
  });
}

/**
 * Presses Tab (or Shift+Tab) until the focused element's name matches, as a keyboard user
 * would, and checks that the focus is visible there. Fails after `limit` presses.
 */
export async function tabTo(page: Page, name: string | RegExp, options: { back?: boolean; limit?: number } = {}): Promise<void> {
  const matches = (text: string) => (typeof name === 'string' ? text === name : name.test(text));
  const visited: string[] = [];
  for (let i = 0; i < (options.limit ?? 40); i++) {
    await page.keyboard.press(options.back ? 'Shift+Tab' : 'Tab');
    const now = await focused(page);
    visited.push(now.name || `<${now.tag}>`);
    if (matches(now.name)) {
      expect({ name: now.name, outlined: now.outlined }).toEqual({ name: now.name, outlined: true });
      return;
    }
  }
  throw new Error(`focus never reached ${String(name)}; it went through: ${[...new Set(visited)].join(' | ')}`);
}
