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

/** Headless Chromium with no background networking (this machine's network is closed). */
export function launchBrowser(): Promise<Browser> {
  // Required here, not imported: playwright-core is 7 MB of code that every test file loading
  // @app/testing would otherwise compile, though only the browser suites launch Chromium.
  const { chromium } = require('playwright-core') as typeof import('playwright-core');
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
