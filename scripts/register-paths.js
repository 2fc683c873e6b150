// Resolves the `@app/<lib>` imports of the compiled code (dist/) at run time,
// from the same `paths` map TypeScript uses at build time.
const { join } = require('node:path');
const { readFileSync } = require('node:fs');
const tsconfigPaths = require('tsconfig-paths');

const root = join(__dirname, '..');
const { compilerOptions } = JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8'));
tsconfigPaths.register({ baseUrl: join(root, 'dist'), paths: compilerOptions.paths });
