export interface EventuallyOptions {
  /** Give up after this long (default 30 s: generous, since two busy cores run several suites at once). */
  timeoutMs?: number;
  /** Pause between tries (default 50 ms). */
  intervalMs?: number;
  /** What is awaited, for the failure message. */
  what?: string;
}

/**
 * Runs `check` until it stops throwing (an `expect` that fails, or an error of its own) and
 * returns its result. When the time is up it fails with the last error, so the message says
 * what was still wrong rather than only that time ran out. A check returning `false` passes:
 * to wait for a value, throw while it is not there (or use the `what` of `until` helpers).
 */
export async function eventually<T>(check: () => T | Promise<T>, options: EventuallyOptions | string = {}): Promise<T> {
  const { timeoutMs = 30_000, intervalMs = 50, what } = typeof options === 'string' ? { what: options } : options;
  const deadline = Date.now() + timeoutMs;
  for (let tries = 1; ; tries++) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() >= deadline) {
        const last = error instanceof Error ? error.message : String(error);
        const failure = new Error(`${what ? `Waiting for ${what}` : 'Condition'}: still failing after ${timeoutMs} ms (${tries} tries). Last error:\n${last}`);
        (failure as Error & { cause?: unknown }).cause = error;
        throw failure;
      }
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}
