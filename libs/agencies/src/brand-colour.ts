import { InputError, errorText } from '@app/common';

/** The public pages' background (cards are white): the brand colour is shown as text and buttons on both. */
const PAGE_BACKGROUNDS = ['#ffffff', '#f4f5f7'];
/** WCAG 2.2 AA for normal text; white button text on the colour needs the same. */
export const MIN_BRAND_CONTRAST = 4.5;

function luminance(hex: string): number {
  const full = hex.length === 4 ? hex.replace(/^#(.)(.)(.)$/, '#$1$1$2$2$3$3') : hex;
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(full.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two #rgb or #rrggbb colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * Refuses a brand colour that fails AA contrast where it is used (links, headings and white
 * button text on public pages and emails), naming the field and the ratio found.
 */
export function checkBrandColour(colour: string, field = 'input.branding.primaryColor'): void {
  if (!/^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(colour)) throw new InputError(field, errorText('Give the colour as #rrggbb, e.g. #1d4e89'), 'INVALID_COLOUR');
  const worst = Math.min(...PAGE_BACKGROUNDS.map((background) => contrastRatio(colour, background)));
  if (worst < MIN_BRAND_CONTRAST) {
    throw new InputError(
      field,
      errorText('The brand colour {colour} has a contrast of only {worst}:1 with the white pages and buttons it is used on; choose a darker colour (at least {minimum}:1)', { colour, worst: worst.toFixed(1), minimum: MIN_BRAND_CONTRAST }),
      'LOW_CONTRAST',
    );
  }
}
