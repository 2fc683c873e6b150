import { execFileSync } from 'node:child_process';
import type { Browser } from 'playwright-core';

/** The system Chromium (Debian's package), found on PATH or via CHROMIUM_PATH. */
export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('Chromium not found: apt-get install -y chromium (or set CHROMIUM_PATH). .ci/run installs it.');
  }
}

/**
 * Headless Chromium with no background networking (this machine's network is closed).
 *
 * For tests, V8 in the pages stops at its baseline compiler (`--max-opt=1`: no Maglev or TurboFan).
 * A page under test lives a few seconds, too short for optimised code to pay for its compiling: in the
 * console administration journey the renderers used 22–23 CPU-seconds instead of 28–31, with the same
 * wall time. Pages behave the same; only how fast their scripts run changes. `{ asShipped: true }` keeps
 * Chromium's own compilers, for measuring what a person's browser does (the console-load benchmark).
 */
export function launchBrowser(options: { asShipped?: boolean } = {}): Promise<Browser> {
  // Required here, not imported: playwright-core is 7 MB of code that every test file loading
  // @app/testing would otherwise compile, though only the browser suites launch Chromium.
  const { chromium } = require('playwright-core') as typeof import('playwright-core');
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...(options.asShipped ? [] : ['--js-flags=--max-opt=1']),
    ],
  });
}
