// Compiles the whole monorepo once into dist/ (keeping the tree) and copies the
// non-code assets (mail templates) beside the compiled libs that read them.
const { execFileSync } = require('node:child_process');
const { cpSync, existsSync, readdirSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', join(root, 'tsconfig.json')], { stdio: 'inherit' });
for (const lib of readdirSync(join(root, 'libs'))) {
  const templates = join(root, 'libs', lib, 'templates');
  if (existsSync(templates)) cpSync(templates, join(root, 'dist', 'libs', lib, 'templates'), { recursive: true });
}
