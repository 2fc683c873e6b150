import { checkBrandColour, contrastRatio } from './brand-colour';

describe('brand colour contrast', () => {
  it('measures WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fff', '#ffffff')).toBeCloseTo(1, 5);
    expect(contrastRatio('#1d4e89', '#ffffff')).toBeGreaterThan(8);
  });

  it('keeps a dark colour and refuses a pale or malformed one, naming the field', () => {
    expect(() => checkBrandColour('#1d4e89')).not.toThrow();
    expect(() => checkBrandColour('#ffcc00')).toThrow(/contrast of only 1\.\d:1/);
    // 4.5:1 on white but not on the public pages' grey background.
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(() => checkBrandColour('#767676')).toThrow(/at least 4\.5:1/);
    expect(() => checkBrandColour('blue')).toThrow(/#rrggbb/);
  });
});
