// Compiles the whole monorepo once into dist/ (keeping the tree), copies the non-code
// assets (mail templates) beside the compiled libs that read them, then type-checks and
// builds the staff console into dist/console (served by the API at `/`).
const { execFileSync } = require('node:child_process');
const { cpSync, existsSync, readdirSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
// Packages' own bin files (vite's package exports do not list its bin, so no require.resolve).
const run = (bin, args) => execFileSync(process.execPath, [join(root, 'node_modules', bin), ...args], { stdio: 'inherit', cwd: root });

run(join('typescript', 'bin', 'tsc'), ['-p', join(root, 'tsconfig.json')]);
for (const lib of readdirSync(join(root, 'libs'))) {
  const templates = join(root, 'libs', lib, 'templates');
  if (existsSync(templates)) cpSync(templates, join(root, 'dist', 'libs', lib, 'templates'), { recursive: true });
}
run(join('typescript', 'bin', 'tsc'), ['-p', join(root, 'apps', 'console', 'tsconfig.json')]);
run(join('vite', 'bin', 'vite.js'), ['build', '--config', join(root, 'apps', 'console', 'vite.config.ts'), '--logLevel', 'warn']);
