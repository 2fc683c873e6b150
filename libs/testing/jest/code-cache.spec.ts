import * as vm from 'node:vm';

// The suite runs in node-environment.js, so the worker's vm.compileFunction is already the cached one.
const { install } = require('./code-cache') as { install(): void };

describe('V8 code cache for module compiles (code-cache.js)', () => {
  beforeAll(() => install());

  it('compiles the same code a second time from the cache, and the function still runs', () => {
    const options = { filename: '/cache-probe/same.js', parsingContext: vm.createContext({}) };
    const first = vm.compileFunction('return a + 1;', ['a'], options) as ((a: number) => number) & { cachedDataRejected?: boolean };
    const second = vm.compileFunction('return a + 1;', ['a'], { ...options, parsingContext: vm.createContext({}) }) as typeof first;
    expect(first.cachedDataRejected).toBeUndefined();
    expect(second.cachedDataRejected).toBe(false);
    expect(second(41)).toBe(42);
  });

  it('never runs the old code when a file changed but kept its length (V8 checks only the length)', () => {
    const options = { filename: '/cache-probe/changed.js', parsingContext: vm.createContext({}) };
    const before = vm.compileFunction('return 2;', [], options) as () => number;
    const after = vm.compileFunction('return 3;', [], options) as () => number;
    expect([before(), after()]).toEqual([2, 3]);
  });

  it('installs once however often it is asked', () => {
    const wrapped = vm.compileFunction;
    install();
    expect(vm.compileFunction).toBe(wrapped);
  });
});
