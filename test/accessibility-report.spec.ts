import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every WCAG 2.2 success criterion at levels A and AA (4.1.1 Parsing is obsolete in 2.2). */
const WCAG_22 = {
  A: [
    '1.1.1', '1.2.1', '1.2.2', '1.2.3', '1.3.1', '1.3.2', '1.3.3', '1.4.1', '1.4.2', '2.1.1', '2.1.2', '2.1.4', '2.2.1', '2.2.2', '2.3.1', '2.4.1',
    '2.4.2', '2.4.3', '2.4.4', '2.5.1', '2.5.2', '2.5.3', '2.5.4', '3.1.1', '3.2.1', '3.2.2', '3.2.6', '3.3.1', '3.3.2', '3.3.7', '4.1.2',
  ],
  AA: [
    '1.2.4', '1.2.5', '1.3.4', '1.3.5', '1.4.3', '1.4.4', '1.4.5', '1.4.10', '1.4.11', '1.4.12', '1.4.13', '2.4.5', '2.4.6', '2.4.7', '2.4.11',
    '2.5.7', '2.5.8', '3.1.2', '3.2.3', '3.2.4', '3.3.3', '3.3.4', '3.3.8', '4.1.3',
  ],
};

const CONFORMANCE = ['Supports', 'Partially supports', 'Does not support', 'Not applicable'];
const ROOT = join(__dirname, '..');
const REPORT = readFileSync(join(ROOT, 'docs', 'accessibility.md'), 'utf8');

interface Row {
  id: string;
  level: string;
  conformance: string;
  remark: string;
}

/** The report's table rows: `| 1.1.1 Name (Level A) | Supports | remark |`. */
function rows(): Row[] {
  return REPORT.split('\n')
    .map((line) => /^\| (\d\.\d\.\d+) [^|]*\(Level (A{1,2})\) \| ([^|]+) \| (.+) \|$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ id: m[1], level: m[2], conformance: m[3].trim(), remark: m[4] }));
}

describe('The accessibility conformance report (docs/accessibility.md) cannot drift from the suite', () => {
  it('lists every WCAG 2.2 A and AA criterion once, at its level, with one of the VPAT conformance terms', () => {
    const found = rows();
    const listed = (level: 'A' | 'AA') => found.filter((r) => r.level === level).map((r) => r.id);
    expect(listed('A')).toEqual(WCAG_22.A);
    expect(listed('AA')).toEqual(WCAG_22.AA);
    expect(found.filter((r) => !CONFORMANCE.includes(r.conformance))).toEqual([]);
  });

  it('says how each criterion that applies is checked: a test file of this repository, or "Reviewed by hand"', () => {
    const unchecked = rows().filter((r) => r.conformance !== 'Not applicable' && !/`[^`]+\.(spec|e2e-spec|int-spec)\.ts`|`test\/support\/[^`]+\.ts`/.test(r.remark) && !r.remark.includes('Reviewed by hand'));
    expect(unchecked.map((r) => r.id)).toEqual([]);
  });

  it('names only test files that exist', () => {
    const named = [...new Set([...REPORT.matchAll(/`((?:test|libs|apps)\/[^`]+\.ts)`/g)].map((m) => m[1]))];
    expect(named.length).toBeGreaterThan(5);
    expect(named.filter((file) => !existsSync(join(ROOT, file)))).toEqual([]);
  });

  it('every public-page browser test it names runs the shared checks (axe, 320 px, focus ring, target size)', () => {
    const pageTests = [...new Set([...REPORT.matchAll(/`(test\/(?!console-)[^`]+\.browser\.e2e-spec\.ts)`/g)].map((m) => m[1]))].filter(
      (file) => !/svg-charts|email-accessibility/.test(file),
    );
    expect(pageTests.length).toBeGreaterThan(4);
    expect(pageTests.filter((file) => !readFileSync(join(ROOT, file), 'utf8').includes('expectPublicPageAccessible('))).toEqual([]);
  });
});
