import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets the worker's heap grow past what a full collection left alive, in percent.
 * V8 picks the factor itself, and for a heap this size it picks 2 to 4 times: a worker sending a
 * fan-out keeps ~55 MB alive but grew to ~140 MB of garbage-filled heap between collections, and
 * peaked above 300 MB of RSS. At 50% it collects sooner and peaks near 200 MB, within the noise of
 * the CPU per message (docs/benchmarks.md, scale-out). `node --heap-growing-percent=N` on the command
 * line wins (0 is V8's own choice).
 */
const WORKER_HEAP_GROWING_PERCENT = 50;

export function limitHeapGrowth(): void {
  if (process.execArgv.some((arg) => arg.startsWith('--heap-growing-percent'))) return;
  setFlagsFromString(`--heap-growing-percent=${WORKER_HEAP_GROWING_PERCENT}`);
}
