// Longest files first, also on a cold run. Jest's own sequencer orders by the time each file took
// last run (its cache); with no cache (a fresh clone, CI) it orders by file size alone, which can let a
// long browser or fault file start late and run alone at the end while the other workers idle.
// Here a file with no cached time takes the one measured in test-durations.json (a whole run,
// committed; refresh with scripts/test-durations.js), else a guess from its kind and size.
const { readFileSync } = require('node:fs');
const { join, relative } = require('node:path');
const Sequencer = require('@jest/test-sequencer').default;

const ROOT = join(__dirname, '..', '..', '..');
const MEASURED = JSON.parse(readFileSync(join(__dirname, 'test-durations.json'), 'utf8')).seconds;

// Files that start child processes (the built API or worker) or restart services: long for their size.
const CHILD_PROCESS_FILES = /(faults|restart|launcher|scale-out|worker-health|worker-shutdown|operator-command|sweep-ownership)[^/]*\.e2e-spec\.ts$/;

/** Seconds per kilobyte of test file, roughly as a shared 2-core machine ran them (December 2026). */
function secondsPerKilobyte(path) {
  if (path.endsWith('.browser.e2e-spec.ts') || CHILD_PROCESS_FILES.test(path)) return 4;
  if (path.endsWith('.e2e-spec.ts')) return 2;
  if (path.endsWith('.int-spec.ts')) return 1;
  return 0.2;
}

class LongestFirstSequencer extends Sequencer {
  /** Milliseconds, as Jest's cache keeps them: the cached time, else the committed one, else the guess. */
  time(test) {
    const cached = super.time(test);
    if (cached != null) return cached;
    const path = relative(ROOT, test.path).split('\\').join('/');
    if (MEASURED[path] != null) return MEASURED[path] * 1000;
    const kilobytes = (test.context.hasteFS.getSize(test.path) ?? 0) / 1024;
    return Math.round(kilobytes * secondsPerKilobyte(path) * 1000);
  }
}

module.exports = LongestFirstSequencer;
