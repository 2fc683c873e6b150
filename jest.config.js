// One Jest run for unit (*.spec.ts), integration (*.int-spec.ts) and end-to-end
// (test/*.e2e-spec.ts) suites, against real PostgreSQL and Redis found by the global setup.
// Files run in parallel workers, each with its own database and Redis key prefix.
const { availableParallelism } = require('node:os');
const { compilerOptions } = require('./tsconfig.json');
const { esmOnlyIgnorePattern } = require('./libs/testing/jest/esm-files');

// One worker more than there are cores, at most 4: much of an end-to-end file is spent waiting
// on queues, SMTP and the browser, so a third worker on 2 cores keeps both busy (measured in
// README, Tests). At most 4 because each boots apps with their own connection pools and
// PostgreSQL allows 100 connections by default. `npm test -- --maxWorkers=N` or TEST_WORKERS=N.
const workers = Number(process.env.TEST_WORKERS) || Math.min(4, availableParallelism() + 1);

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias}$`, `<rootDir>/${target.replace(/^\.\//, '')}`]),
);

module.exports = {
  rootDir: __dirname,
  // Node's, with V8's code cache kept from one test file to the next in a worker (code-cache.js).
  testEnvironment: '<rootDir>/libs/testing/jest/node-environment.js',
  // Jest's runtime, keeping what a worker read, resolved and transformed between test files (runtime.js).
  runtime: '<rootDir>/libs/testing/jest/runtime.js',
  testRegex: '(apps|libs|test)/.*\\.(spec|int-spec|e2e-spec)\\.ts$',
  transform: {
    '^.+\\.js$': '<rootDir>/libs/testing/jest/esm-packages.transform.js',
    // tsc's output from `npm run build` where it is current, else ts-jest (built-or-ts.transform.js).
    '^.+\\.ts$': [
      '<rootDir>/libs/testing/jest/built-or-ts.transform.js',
      { tsconfig: { ...compilerOptions, isolatedModules: true, module: 'commonjs', moduleResolution: 'node10', ignoreDeprecations: '6.0' } },
    ],
  },
  // Of node_modules, only the ES modules are converted; CommonJS files skip the transform (esm-files.js).
  transformIgnorePatterns: [esmOnlyIgnorePattern(__dirname)],
  moduleNameMapper,
  globalSetup: '<rootDir>/libs/testing/src/global-setup.ts',
  globalTeardown: '<rootDir>/libs/testing/src/global-teardown.ts',
  setupFiles: ['<rootDir>/libs/testing/src/worker-env.ts', '<rootDir>/test/support/app-bootstraps.ts'],
  maxWorkers: workers,
  // A worker whose heap has grown past this after a file is replaced before the next one.
  workerIdleMemoryLimit: '1500MB',
  testTimeout: 60_000,
  // Longest files first, from the cache's times or, on a cold run, the committed ones (test-durations.json).
  testSequencer: '<rootDir>/libs/testing/jest/sequencer.js',
  reporters: ['default', '<rootDir>/libs/testing/jest/summary-reporter.js'],
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/.data/'],
};
