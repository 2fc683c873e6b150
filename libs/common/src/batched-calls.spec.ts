import { BatchedCalls } from './batched-calls';

/** A fake store: records each batch it is sent, refuses any batch holding a negative number. */
function doubler() {
  const batches: number[][] = [];
  const run = async (items: number[]) => {
    batches.push(items);
    await new Promise((resolve) => setImmediate(resolve));
    if (items.some((n) => n < 0)) throw new Error(`bad item in ${items.join(',')}`);
    return items.map((n) => n * 2);
  };
  return { batches, run };
}

describe('BatchedCalls', () => {
  it('sends a lone call at once, and the calls that arrive meanwhile together as the next batch', async () => {
    const store = doubler();
    const calls = new BatchedCalls(store.run);
    const outputs = await Promise.all([1, 2, 3, 4].map((n) => calls.call(n)));
    expect(outputs).toEqual([2, 4, 6, 8]);
    expect(store.batches).toEqual([[1], [2, 3, 4]]);
  });

  it('never sends more than maxBatch items in one batch', async () => {
    const store = doubler();
    const calls = new BatchedCalls(store.run, 2);
    await Promise.all([1, 2, 3, 4, 5, 6].map((n) => calls.call(n)));
    expect(store.batches).toEqual([[1], [2, 3], [4, 5], [6]]);
  });

  it('retries a failed batch one by one, so one bad item fails only its own call', async () => {
    const store = doubler();
    const calls = new BatchedCalls(store.run);
    const outcomes = await Promise.allSettled([1, 2, -3, 4].map((n) => calls.call(n)));
    expect(outcomes.map((o) => (o.status === 'fulfilled' ? o.value : 'rejected'))).toEqual([2, 4, 'rejected', 8]);
    expect((outcomes[2] as PromiseRejectedResult).reason.message).toBe('bad item in -3');
    expect(store.batches).toEqual([[1], [2, -3, 4], [2], [-3], [4]]);
  });

  it('keeps serving calls after a failure', async () => {
    const store = doubler();
    const calls = new BatchedCalls(store.run);
    await expect(calls.call(-1)).rejects.toThrow('bad item in -1');
    await expect(calls.call(5)).resolves.toBe(10);
  });
});
