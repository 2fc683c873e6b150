// Which files under node_modules Jest must hand to esm-packages.transform.js: only those that
// are ES modules. Every other .js file is left out of transforming (transformIgnorePatterns), so
// a test file loading the apps no longer hashes, looks up and caches ~2,000 CommonJS files that
// the transform would have passed through unchanged (and a cold run no longer writes them).
// The scan (about 20,000 files, a few seconds) is kept in the OS temp directory per lockfile
// and transform, so it runs once per install.
const { createHash } = require('node:crypto');
const { existsSync, readFileSync, readdirSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join, relative, sep } = require('node:path');
const { isEsModule } = require('./esm-packages.transform');

/** Directories (relative to node_modules, `/`-separated, ending in `/`) holding only ES modules, or single files. */
function scan(nodeModules) {
  const esm = [];
  const cjs = [];
  const walk = (dir) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && entry.name.endsWith('.js')) {
        // Named by what follows the path's last node_modules/: a nested copy of a package counts as the package.
        const name = relative(nodeModules, path).split(sep).join('/').split('node_modules/').pop();
        (isEsModule(path, readFileSync(path, 'utf8')) ? esm : cjs).push(name);
      }
    }
  };
  walk(nodeModules);
  // The shallowest directories with ES modules and no CommonJS file below them.
  const hasCjs = new Set();
  for (const file of cjs) {
    const parts = file.split('/');
    for (let i = 1; i < parts.length; i++) hasCjs.add(`${parts.slice(0, i).join('/')}/`);
  }
  const prefixes = new Set();
  for (const file of esm) {
    const parts = file.split('/');
    let prefix = file;
    for (let i = 1; i < parts.length; i++) {
      const dir = `${parts.slice(0, i).join('/')}/`;
      if (!hasCjs.has(dir)) {
        prefix = dir;
        break;
      }
    }
    prefixes.add(prefix);
  }
  return [...prefixes].sort();
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A transformIgnorePatterns entry: any node_modules file that is not (in) one of the ES-module paths. */
function esmOnlyIgnorePattern(rootDir) {
  const nodeModules = join(rootDir, 'node_modules');
  const lock = existsSync(join(rootDir, 'package-lock.json')) ? readFileSync(join(rootDir, 'package-lock.json')) : '';
  const key = createHash('sha256').update(lock).update(readFileSync(join(__dirname, 'esm-packages.transform.js'))).update(readFileSync(__filename)).digest('hex').slice(0, 16);
  const cache = join(tmpdir(), `liaison-jest-esm-files-${key}.json`);
  let prefixes;
  try {
    prefixes = JSON.parse(readFileSync(cache, 'utf8'));
  } catch {
    prefixes = scan(nodeModules);
    writeFileSync(cache, JSON.stringify(prefixes));
  }
  // The last node_modules/ in the path, followed by none of the ES-module paths.
  return `/node_modules/(?!.*/node_modules/)(?!(?:${prefixes.map(escape).join('|')}))`;
}

module.exports = { esmOnlyIgnorePattern };
