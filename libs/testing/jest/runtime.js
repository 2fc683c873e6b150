// The suite's Jest runtime: Jest's own, except that a worker keeps what it read, resolved and
// transformed from one test file to the next.
//
// Jest gives each test file a new runtime, with empty caches: for every file, a worker read each of the
// ~3,700 modules of an end-to-end file from disk again (and turned the bytes into a string), asked the
// file system for its modification time (the key of the transform cache it already holds in memory) and
// resolved every `require` again. A profile of eight end-to-end files in one process spent about 2.5 s
// of 28 CPU-seconds there. The modules themselves are still loaded and run afresh for each file, as
// Jest's isolation between files requires; only facts about files that do not change during a run are
// kept: the project's files (sources, tsc's output, node_modules) stay as they are while the suite runs.
const Runtime = require('jest-runtime').default;

/** filename → its text, for files under the project's root. */
const sources = new Map();
/** filename and the caller's module support → what the transformer made of it. */
const transforms = new Map();
/** `from\0to` → the resolved path of a CommonJS require. */
const resolutions = new Map();

/** A test file's map of sources, backed by the worker's for files under `root`. */
class WorkerSources extends Map {
  constructor(root, entries) {
    super();
    this.root = root;
    for (const [filename, source] of entries) this.set(filename, source);
  }

  get(filename) {
    return super.get(filename) ?? sources.get(filename);
  }

  set(filename, source) {
    if (filename.startsWith(this.root)) sources.set(filename, source);
    return super.set(filename, source);
  }
}

/** The transformer, with its results kept by filename instead of by filename and modification time. */
function keepingTransforms(transformer, root) {
  const transform = (filename, options, source) => {
    if (!filename.startsWith(root) || options.collectCoverage) return transformer.transform(filename, options, source);
    const key = `${filename}\0${options.supportsDynamicImport}${options.supportsExportNamespaceFrom}${options.supportsStaticESM}${options.supportsTopLevelAwait}`;
    let result = transforms.get(key);
    if (!result) {
      result = transformer.transform(filename, options, source);
      transforms.set(key, result);
    }
    return result;
  };
  return new Proxy(transformer, {
    get(target, property) {
      if (property === 'transform') return transform;
      const value = Reflect.get(target, property);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

class LiaisonRuntime extends Runtime {
  constructor(config, environment, resolver, transformer, cacheFS, ...rest) {
    const root = `${config.rootDir}/`;
    super(config, environment, resolver, keepingTransforms(transformer, root), new WorkerSources(root, cacheFS), ...rest);
    this._resolution.cjsCache = resolutions;
  }
}

module.exports = LiaisonRuntime;
