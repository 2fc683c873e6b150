// One Jest run for unit (*.spec.ts), integration (*.int-spec.ts) and end-to-end
// (test/*.e2e-spec.ts) suites, against real PostgreSQL and Redis found by the global setup.
const { compilerOptions } = require('./tsconfig.json');

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias}$`, `<rootDir>/${target.replace(/^\.\//, '')}`]),
);

module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  testRegex: '(apps|libs|test)/.*\\.(spec|int-spec|e2e-spec)\\.ts$',
  transform: {
    '^.+\\.js$': '<rootDir>/libs/testing/jest/esm-packages.transform.js',
    '^.+\\.ts$': ['ts-jest', { tsconfig: { ...compilerOptions, isolatedModules: true, module: 'commonjs', moduleResolution: 'node10', ignoreDeprecations: '6.0' } }],
  },
  // Every .js file, including node_modules: ES-module-only packages are converted, others pass through.
  transformIgnorePatterns: [],
  moduleNameMapper,
  globalSetup: '<rootDir>/libs/testing/src/global-setup.ts',
  globalTeardown: '<rootDir>/libs/testing/src/global-teardown.ts',
  testTimeout: 60_000,
  reporters: ['default', '<rootDir>/libs/testing/jest/summary-reporter.js'],
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/.data/'],
};
