// V8's code cache for the modules a Jest worker compiles again for every test file.
//
// Jest gives each test file its own module registry, so a worker compiles the same modules (the
// whole API and worker for an end-to-end file) once per file with vm.compileFunction. A profile of
// eight end-to-end files in one process spent 5.6 s of 48 s there; with V8's code cache reused from
// the first compile, 2.5 s. Jest offers no option for it, so this wraps vm.compileFunction in the
// worker process (installed by node-environment.js, the test environment, before any test runs).
//
// V8 checks a cache only against the source's length, so a module whose code changed but kept its
// length could run stale code: the cache is used only when the code is the very same string.
const vm = require('node:vm');

const INSTALLED = Symbol.for('liaison.jest.codeCache');

function install() {
  if (vm.compileFunction[INSTALLED]) return;
  const compile = vm.compileFunction;
  /** filename → the code compiled and V8's cache for it */
  const cache = new Map();
  const cachedCompile = function compileFunction(code, params, options) {
    if (!options?.filename || options.cachedData || options.produceCachedData) return compile.call(this, code, params, options);
    const known = cache.get(options.filename);
    if (known && known.code === code) {
      const fn = compile.call(this, code, params, { ...options, cachedData: known.data });
      if (!fn.cachedDataRejected) return fn;
    }
    const fn = compile.call(this, code, params, { ...options, produceCachedData: true });
    if (fn.cachedData) cache.set(options.filename, { code, data: fn.cachedData });
    return fn;
  };
  cachedCompile[INSTALLED] = true;
  vm.compileFunction = cachedCompile;
}

module.exports = { install };
