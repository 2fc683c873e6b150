// Compiles the whole monorepo once into dist/ (keeping the tree), copies the non-code
// assets (mail templates) beside the compiled libs that read them, and meanwhile type-checks
// and builds the staff console into dist/console (served by the API at `/`). The two chains
// share no files, and tsc uses about one core, so they run side by side.
const { spawn } = require('node:child_process');
const { cpSync, existsSync, readdirSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
// Packages' own bin files (vite's package exports do not list its bin, so no require.resolve).
const run = (bin, args) =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'node_modules', bin), ...args], { stdio: 'inherit', cwd: root });
    child.on('error', reject);
    child.on('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`${bin} ${args.join(' ')} failed (${signal ?? `exit code ${code}`})`))));
  });

async function server() {
  await run(join('typescript', 'bin', 'tsc'), ['-p', join(root, 'tsconfig.json')]);
  for (const lib of readdirSync(join(root, 'libs'))) {
    const templates = join(root, 'libs', lib, 'templates');
    if (existsSync(templates)) cpSync(templates, join(root, 'dist', 'libs', lib, 'templates'), { recursive: true });
  }
}

async function staffConsole() {
  await run(join('typescript', 'bin', 'tsc'), ['-p', join(root, 'apps', 'console', 'tsconfig.json')]);
  await run(join('vite', 'bin', 'vite.js'), ['build', '--config', join(root, 'apps', 'console', 'vite.config.ts'), '--logLevel', 'warn']);
}

Promise.allSettled([server(), staffConsole()]).then((results) => {
  const failed = results.filter((r) => r.status === 'rejected');
  for (const { reason } of failed) console.error(reason.message);
  process.exitCode = failed.length ? 1 : 0;
});
