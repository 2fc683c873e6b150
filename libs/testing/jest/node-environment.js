// The suite's test environment: Jest's Node environment, in a worker whose module compiles reuse
// V8's code cache from one test file to the next (code-cache.js), and which lets go of each file's
// AsyncLocalStorage instances once the file is done (async-local-storages.js).
const { TestEnvironment } = require('jest-environment-node');
require('./code-cache').install();
const storages = require('./async-local-storages');
storages.install();

class LiaisonTestEnvironment extends TestEnvironment {
  async teardown() {
    storages.disableThoseEnabledSince();
    await super.teardown();
  }
}

module.exports = LiaisonTestEnvironment;
