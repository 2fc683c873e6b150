import { csvSafe } from './survey-export.service';

describe('CSV cells', () => {
  it('neutralises text a spreadsheet would run as a formula', () => {
    expect(csvSafe('=HYPERLINK("http://x")')).toBe(`'=HYPERLINK("http://x")`);
    expect(csvSafe('-5 stars')).toBe(`'-5 stars`);
    expect(csvSafe('Fine')).toBe('Fine');
  });
});
