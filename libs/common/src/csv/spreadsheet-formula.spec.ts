import { guardFormula, unguardFormula } from './spreadsheet-formula';

describe('Formula guard (CSV injection)', () => {
  it('prefixes cells a spreadsheet would run as a formula and leaves phone numbers and text alone', () => {
    expect(guardFormula('=HYPERLINK("http://evil")')).toBe(`'=HYPERLINK("http://evil")`);
    expect(guardFormula('@SUM(A1)')).toBe(`'@SUM(A1)`);
    expect(guardFormula('-2+3+cmd|x')).toBe(`'-2+3+cmd|x`);
    expect(guardFormula('-5 stars')).toBe(`'-5 stars`);
    expect(guardFormula('\t=1+1')).toBe(`'\t=1+1`);
    expect(guardFormula('+1 (555) 010-2000')).toBe('+1 (555) 010-2000');
    expect(guardFormula('Plain text')).toBe('Plain text');
  });

  it('is undone on import, so a round trip keeps the value', () => {
    for (const value of ['=1+1', '@x', '+cmd', "'quoted already", "'=looks guarded", 'Plain']) expect(unguardFormula(guardFormula(value))).toBe(value);
  });
});
