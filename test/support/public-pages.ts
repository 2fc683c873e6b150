import type { Page } from 'playwright-core';
import { axeViolations } from './console';

// The project's TypeScript has no DOM types; these run in the page.
declare const document: any;
declare const getComputedStyle: (el: unknown) => any;

/** What the keyboard focus shows on one control: its ring's colour and width, what it sits on, and its size. */
export interface FocusStop {
  name: string;
  tag: string;
  /** Contrast of the ring (outline) with what is just outside it: its outer halo, else the background the control sits on. */
  ringContrast: number;
  /** Contrast of the ring with what is just inside it: its inner halo, else the background (or the control itself with no offset). */
  ringContrastInside: number;
  ringWidth: number;
  width: number;
  height: number;
  /** A link inside a sentence (WCAG 2.5.8 exempts it from the 24 × 24 px target size). */
  inline: boolean;
}

/**
 * Presses Tab through the whole page, as a keyboard user would, and reads at every stop the
 * focus ring Chromium draws (computed style) against the backgrounds it sits between.
 */
export async function focusStops(page: Page, limit = 80): Promise<FocusStop[]> {
  await page.evaluate(() => document.activeElement?.blur?.());
  await page.mouse.click(1, 1).catch(() => undefined);
  const stops: FocusStop[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const rgba = (value: string): number[] => {
        const parts = (value.match(/[\d.]+/g) ?? ['0', '0', '0', '0']).map(Number);
        return parts.length === 3 ? [...parts, 1] : parts;
      };
      const luminance = ([r, g, b]: number[]) =>
        [r, g, b].map((c) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4)).reduce((sum, c, n) => sum + c * [0.2126, 0.7152, 0.0722][n], 0);
      const contrast = (a: number[], b: number[]) => {
        const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
        return (hi + 0.05) / (lo + 0.05);
      };
      const backgroundOf = (start: any): number[] => {
        for (let node = start; node && node.nodeType === 1; node = node.parentElement) {
          const colour = rgba(getComputedStyle(node).backgroundColor);
          if (colour[3] > 0.5) return colour;
        }
        return [255, 255, 255, 1];
      };
      const style = getComputedStyle(el);
      const ring = rgba(style.outlineColor);
      const ringWidth = style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth);
      const offset = parseFloat(style.outlineOffset) || 0;
      // Halos drawn with box-shadow spreads: the colour just inside and just outside the ring is the
      // smallest halo reaching that far, else the background (inside, with no offset: the control's own).
      const halos = [...String(style.boxShadow).matchAll(/(rgba?\([^)]*\))\s+(-?[\d.]+)px\s+(-?[\d.]+)px\s+(-?[\d.]+)px\s+(-?[\d.]+)px/g)]
        .map((m) => ({ colour: rgba(m[1]), spread: Number(m[5]) }))
        .filter((h) => h.colour[3] > 0.5)
        .sort((a, b) => a.spread - b.spread);
      const haloAt = (distance: number) => halos.find((h) => h.spread >= distance)?.colour;
      const inside = offset > 0 ? (haloAt(offset) ?? backgroundOf(el.parentElement)) : backgroundOf(el);
      const outside = haloAt(offset + ringWidth + 1) ?? backgroundOf(el.parentElement);
      const box = el.getBoundingClientRect();
      const label = el.labels?.[0]?.innerText ?? el.getAttribute('aria-label') ?? '';
      const parentTag = el.parentElement?.tagName.toLowerCase();
      return {
        key: `${el.tagName}#${el.id}:${el.getAttribute('href') ?? ''}:${el.getAttribute('value') ?? ''}:${Math.round(box.top + (document.scrollingElement?.scrollTop ?? 0))}`,
        name: (label || el.innerText || el.getAttribute('name') || '').trim().slice(0, 60),
        tag: el.tagName.toLowerCase(),
        ringContrast: ringWidth ? contrast(ring, outside) : 0,
        ringContrastInside: ringWidth ? contrast(ring, inside) : 0,
        ringWidth,
        width: box.width,
        height: box.height,
        inline: el.tagName === 'A' && ['p', 'li', 'dd', 'td', 'small', 'span', 'strong'].includes(parentTag ?? '') && (el.parentElement.innerText ?? '').trim() !== (el.innerText ?? '').trim(),
      };
    });
    if (!stop || seen.has(stop.key)) break;
    seen.add(stop.key);
    const { key: _key, ...rest } = stop;
    stops.push(rest);
  }
  return stops;
}

/** Focus stops whose ring is under 3:1 against what it sits on, or thinner than 2 px. */
export function weakFocusRings(stops: FocusStop[]): FocusStop[] {
  return stops.filter((s) => s.ringWidth < 2 || s.ringContrast < 3 || s.ringContrastInside < 3);
}

/** Buttons and fields smaller than 24 × 24 px (WCAG 2.5.8); links are left to axe's `target-size` rule. */
export function smallTargets(stops: FocusStop[]): FocusStop[] {
  return stops.filter((s) => !s.inline && (s.width < 24 || s.height < 24) && s.tag !== 'a');
}

/** How far the page scrolls sideways at a 320 px wide viewport (0 when it reflows). */
export async function sidewaysScrollAt320(page: Page): Promise<number> {
  const before = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 640 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  if (before) await page.setViewportSize(before);
  return overflow;
}

/**
 * The checks every public page passes: axe's WCAG 2.2 AA rules with 0 violations, nothing
 * scrolling sideways at 320 px, a focus ring of at least 3:1 on every control reached by Tab,
 * and controls of at least 24 × 24 px. Returns the focus stops for further checks.
 */
export async function expectPublicPageAccessible(page: Page): Promise<FocusStop[]> {
  expect({ url: page.url(), violations: await axeViolations(page) }).toEqual({ url: page.url(), violations: [] });
  expect({ url: page.url(), sideways: await sidewaysScrollAt320(page) }).toEqual({ url: page.url(), sideways: 0 });
  const stops = await focusStops(page);
  expect(stops.length).toBeGreaterThan(0);
  expect({ url: page.url(), weak: weakFocusRings(stops) }).toEqual({ url: page.url(), weak: [] });
  expect({ url: page.url(), small: smallTargets(stops) }).toEqual({ url: page.url(), small: [] });
  return stops;
}
