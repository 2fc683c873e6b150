// Every test file makes AsyncLocalStorage instances of its own (its copies of jest-circus, nestjs-pino,
// @app/common's request context, the query counter…), because Jest loads the modules again for each
// file. Once used, an instance is listed in Node's async_hooks module, which the whole worker shares,
// until someone calls disable(); nobody does, so the list grew by two or three a file. Node visits every
// listed instance each time an async resource (a promise, a socket, a timer) is created, so each file ran
// slower than the one before it in the same worker: 25 listed after ten files. With this, sixteen
// end-to-end files in one worker used about 3% less CPU (README: Tests).
//
// A file's instances are disabled when the file is torn down (the environment's teardown); an instance
// used again later is listed again by Node, as after any disable().
const { AsyncLocalStorage } = require('node:async_hooks');

const INSTALLED = Symbol.for('liaison.jest.asyncLocalStorages');
/** Instances Node has listed since the last teardown. */
const enabledSince = new Set();

function install() {
  const proto = AsyncLocalStorage.prototype;
  if (proto[INSTALLED]) return;
  // Node 20's AsyncLocalStorage lists an instance in _enable(), from run() and enterWith().
  if (typeof proto._enable !== 'function') return;
  const enable = proto._enable;
  proto._enable = function _enable() {
    if (!this.enabled) enabledSince.add(this);
    return enable.call(this);
  };
  proto[INSTALLED] = true;
}

function disableThoseEnabledSince() {
  for (const storage of enabledSince) storage.disable();
  enabledSince.clear();
}

module.exports = { install, disableThoseEnabledSince };
