import { eventually } from './eventually';

describe('eventually', () => {
  it('retries a failing check until it passes, and returns its result', async () => {
    let tries = 0;
    const result = await eventually(
      () => {
        tries++;
        expect(tries).toBeGreaterThanOrEqual(3);
        return 'ready';
      },
      { intervalMs: 1 },
    );
    expect(result).toBe('ready');
    expect(tries).toBe(3);
  });

  it('fails after the timeout with what was awaited and the last error', async () => {
    let tries = 0;
    const failure = eventually(
      () => {
        throw new Error(`still ${++tries}`);
      },
      { timeoutMs: 30, intervalMs: 5, what: 'the thing' },
    );
    await expect(failure).rejects.toThrow(/^Waiting for the thing: still failing after 30 ms \(\d+ tries\)\. Last error:\nstill \d+$/);
    await failure.catch((error: Error & { cause?: Error }) => expect(error.cause?.message).toBe(`still ${tries}`));
  });
});
