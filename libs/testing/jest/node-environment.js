// The suite's test environment: Jest's Node environment, in a worker whose module compiles reuse
// V8's code cache from one test file to the next (code-cache.js).
const { TestEnvironment } = require('jest-environment-node');
require('./code-cache').install();

module.exports = TestEnvironment;
