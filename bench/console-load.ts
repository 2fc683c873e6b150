/**
 * The staff console's first load and GraphQL round trips, beside baselines from the same run.
 *
 *   npm run bench:console            # RUNS=3 by default
 *
 * - Size: the JavaScript and CSS a browser fetches for the shell (the entry chunk and its
 *   static imports, from Vite's manifest), gzipped, beside the floor any React app pays: a
 *   one-component React 19 app built by the same Vite with the same settings in this run.
 * - Round trips: for each screen, the GraphQL requests made before its first paint (a full page
 *   load, with the session restored from the cookie and the shell's one query), and when reached
 *   from the left-hand navigation (the shell already loaded). The aim is one per screen.
 *
 * Needs a built console (`npm run build`), PostgreSQL (BENCH_ADMIN_DATABASE_URL) and Redis (REDIS_URL).
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { PasswordHasher } from '@app/auth';
import { launchBrowser } from '@app/testing';
import { createApiApp } from '../apps/api/src/bootstrap';
import { benchActor, benchConfig, benchDatabase } from './survey-bench-env';
import { deleteRedisKeys } from './app-processes';

const RUNS = Number(process.env.RUNS ?? 3);
const ROOT = join(__dirname, '..', '..');
const CONSOLE_DIR = join(ROOT, 'dist', 'console');
const PASSWORD = 'bench-console-password-1';

interface ManifestChunk {
  file: string;
  css?: string[];
  imports?: string[];
  isEntry?: boolean;
}

const gz = (path: string) => gzipSync(readFileSync(path)).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The entry chunk and everything it imports statically: what loads before any route's own chunk. */
function shellSize(dir: string): { js: number; css: number; files: number } {
  const manifest = JSON.parse(readFileSync(join(dir, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    manifest[key].imports?.forEach(visit);
  };
  Object.entries(manifest).filter(([, c]) => c.isEntry).forEach(([key]) => visit(key));
  const chunks = [...seen].map((k) => manifest[k]);
  const js = chunks.reduce((sum, c) => sum + gz(join(dir, c.file)), 0);
  const css = [...new Set(chunks.flatMap((c) => c.css ?? []))].reduce((sum, f) => sum + gz(join(dir, f)), 0);
  return { js, css, files: chunks.length };
}

/** A one-component React app through the same Vite: the floor under any React console. */
async function reactFloor(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'react-floor-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><div id="root"></div><script type="module" src="/main.jsx"></script>');
  writeFileSync(join(dir, 'main.jsx'), "import { createRoot } from 'react-dom/client';\ncreateRoot(document.getElementById('root')).render(<h1>Hello</h1>);\n");
  const vite = await import('vite');
  const react = (await import('@vitejs/plugin-react')).default;
  await vite.build({ root: dir, logLevel: 'silent', plugins: [react()], resolve: { alias: { react: join(ROOT, 'node_modules', 'react'), 'react-dom': join(ROOT, 'node_modules', 'react-dom') } }, build: { outDir: join(dir, 'dist'), modulePreload: { polyfill: false } } });
  const assets = join(dir, 'dist', 'assets');
  return readdirSync(assets).filter((f) => f.endsWith('.js')).reduce((sum, f) => sum + gz(join(assets, f)), 0);
}

/** GraphQL POSTs the page makes while `action` runs and until the screen's h1 is shown and the network is quiet. */
async function countRoundTrips(page: Page, action: () => Promise<unknown>): Promise<number> {
  let count = 0;
  const onRequest = (request: { url(): string; method(): string }) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/graphql') count += 1;
  };
  page.on('request', onRequest);
  await action();
  await page.locator('main h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  page.off('request', onRequest);
  return count;
}

const SCREENS: [label: string, path: string, navLink?: string][] = [
  ['Home', '/', 'Home'],
  ['Forums', '/forums', 'Forums'],
  ['Calendar', '/forums/calendar', 'Calendar'],
  ['New forum', '/forums/new'],
  ['Series', '/series', 'Series'],
  ['New series', '/series/new'],
  ['Venues', '/venues', 'Venues'],
  ['Partners', '/partners', 'Partners'],
  ['Import partners', '/partners/import', 'Import partners'],
  ['Community concerns', '/concerns', 'Community concerns'],
];

async function main() {
  const shell = shellSize(CONSOLE_DIR);
  const floor = await reactFloor();
  const db = await benchDatabase();
  const config = benchConfig(db.url, { CONSOLE_DIR });
  const app = await createApiApp(config);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const { DataSource } = await import('typeorm');
  const dataSource = app.get(DataSource);
  const actor = await benchActor(dataSource);
  await dataSource.query(`UPDATE staff_users SET password_hash = $1 WHERE id = $2`, [await new PasswordHasher().hash(PASSWORD), actor.userId]);
  const browser = await launchBrowser({ asShipped: true });
  const results = new Map<string, { cold: number[]; nav: number[] }>();
  try {
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${url}/sign-in`);
      await page.getByLabel('Email address').fill(actor.email);
      await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('navigation', { name: 'Console sections' }).waitFor();
      for (const [label, path, navLink] of SCREENS) {
        const entry = results.get(label) ?? { cold: [], nav: [] };
        entry.cold.push(await countRoundTrips(page, () => page.goto(`${url}${path}`)));
        if (navLink) {
          // From another screen of the loaded console, as an officer moves between sections.
          await countRoundTrips(page, () => page.goto(`${url}${path === '/' ? '/venues' : '/'}`));
          const link = page.getByRole('navigation', { name: 'Console sections' }).getByRole('link', { name: navLink, exact: true });
          entry.nav.push(await countRoundTrips(page, () => link.click()));
        }
        results.set(label, entry);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await app.close();
    console.log(`Redis keys left under the run's prefix: ${await deleteRedisKeys(config.REDIS_URL, config.REDIS_PREFIX)}`);
    await db.drop();
  }

  const max = (values: number[]) => (values.length ? String(Math.max(...values)) : '–');
  console.log(`console first load (gzipped), ${new Date().toISOString()}, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  console.log(`  shell JS: ${kb(shell.js)} in ${shell.files} file(s)   shell CSS: ${kb(shell.css)}   baseline (one-component React app, same Vite): ${kb(floor)} JS`);
  console.log(`  shell JS beyond the React floor: ${kb(shell.js - floor)}   aim: ≤ 200 KB shell JS`);
  console.log(`GraphQL round trips before first paint (max of ${RUNS} runs; baseline: 1 per screen)`);
  console.log('  screen                 full load   from the navigation');
  for (const [label, { cold, nav }] of results) console.log(`  ${label.padEnd(22)} ${max(cold).padStart(9)}   ${max(nav).padStart(19)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
