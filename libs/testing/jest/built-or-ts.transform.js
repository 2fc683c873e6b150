// Our TypeScript in tests: `npm test` runs `npm run build` first, and tsc has then already compiled
// every file of apps/, libs/ and test/ into dist/ (CommonJS, decorator metadata, source maps).
// Jest takes that output instead of compiling each file again with ts-jest in every worker
// (on a cold cache, eight end-to-end files on two workers took 120 CPU-seconds, and 99 with this).
// A file whose dist/ output is missing, older than the source, or that keeps a real `import()`
// (tsc's nodenext output does; Jest's module runtime cannot run it) goes to ts-jest as before,
// so `npx jest` after editing a file without building still tests the edited source.
const { createHash } = require('node:crypto');
const { readFileSync, statSync } = require('node:fs');
const { join, relative, sep } = require('node:path');

const ROOT = join(__dirname, '..', '..', '..');
const DIST = join(ROOT, 'dist');
const DYNAMIC_IMPORT = /\bimport\(/;

const outputs = new Map();
/**
 * tsc's output for `filename` (code and where its source map is), or undefined when ts-jest must
 * compile it. Kept per worker: every test file asks again for each module it loads.
 */
function built(filename) {
  const path = relative(ROOT, filename);
  if (path.startsWith('..') || path.split(sep)[0] === 'node_modules' || !path.endsWith('.ts')) return undefined;
  const js = join(DIST, path.replace(/\.ts$/, '.js'));
  let jsTime;
  try {
    jsTime = statSync(js).mtimeMs;
    if (jsTime < statSync(filename).mtimeMs) return undefined;
  } catch {
    return undefined;
  }
  const known = outputs.get(js);
  if (known && known.jsTime === jsTime) return known.output;
  const code = readFileSync(js, 'utf8');
  const output = DYNAMIC_IMPORT.test(code)
    ? undefined
    : {
        code: code.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n'),
        mapPath: `${js}.map`,
        key: createHash('sha256').update('built-v1\0').update(filename).update('\0').update(code).digest('hex'),
      };
  outputs.set(js, { jsTime, output });
  return output;
}

/** The source map tsc wrote, naming the file itself (it names it relative to dist/) for Jest's stack traces. */
function sourceMap(output, filename) {
  try {
    const map = JSON.parse(readFileSync(output.mapPath, 'utf8'));
    map.sources = [filename];
    delete map.sourceRoot;
    return map;
  } catch {
    return undefined;
  }
}

module.exports = {
  createTransformer(tsJestOptions) {
    let tsJest;
    const fallback = () => (tsJest ??= require('ts-jest').default.createTransformer(tsJestOptions));
    return {
      canInstrument: false,
      getCacheKey(source, filename, options) {
        const output = built(filename);
        if (!output) return `ts-jest:${fallback().getCacheKey(source, filename, options)}`;
        return output.key;
      },
      process(source, filename, options) {
        const output = built(filename);
        return output ? { code: output.code, map: sourceMap(output, filename) } : fallback().process(source, filename, options);
      },
    };
  },
};
