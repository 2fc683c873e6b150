// Rewrites libs/testing/jest/test-durations.json (what the test sequencer orders a cold run by)
// from a run's `npx jest --json --outputFile=FILE`: node scripts/test-durations.js FILE.
// Each file's seconds, from its start to its end in that run.
const { readFileSync, writeFileSync } = require('node:fs');
const { join, relative } = require('node:path');

const ROOT = join(__dirname, '..');
const [input] = process.argv.slice(2);
if (!input) throw new Error('usage: node scripts/test-durations.js <jest --json output>');
const run = JSON.parse(readFileSync(input, 'utf8'));
const seconds = Object.fromEntries(
  run.testResults
    .map((r) => [relative(ROOT, r.name).split('\\').join('/'), Math.max(1, Math.round((r.endTime - r.startTime) / 1000))])
    .sort(([a], [b]) => (a < b ? -1 : 1)),
);
const out = join(ROOT, 'libs', 'testing', 'jest', 'test-durations.json');
writeFileSync(out, `${JSON.stringify({ measured: new Date(run.startTime).toISOString().slice(0, 10), seconds }, null, 2)}\n`);
console.log(`${Object.keys(seconds).length} files written to ${relative(ROOT, out)}`);
