import { Batcher } from './batcher';

describe('Batcher', () => {
  it('runs the first request at once and coalesces those made while it is in flight into one call', async () => {
    const calls: string[][] = [];
    const batcher = new Batcher<string, string | null>(async (keys) => {
      calls.push(keys);
      await new Promise((resolve) => setTimeout(resolve, 5));
      return new Map(keys.map((k) => [k, k.toUpperCase()]));
    }, null);
    const answers = await Promise.all(['a', 'b', 'c', 'd'].map((k) => batcher.request(k)));
    expect(answers).toEqual(['A', 'B', 'C', 'D']);
    expect(calls).toEqual([['a'], ['b', 'c', 'd']]);
  });

  it('hands a key answered once to one caller only, and the missing value to keys without an answer', async () => {
    const batcher = new Batcher<string, string | null>(async (keys) => new Map(keys.filter((k) => k !== 'gone').map((k) => [k, `row ${k}`])), null);
    const first = batcher.request('x'); // runs alone
    const answers = await Promise.all([first, batcher.request('y'), batcher.request('y'), batcher.request('gone')]);
    expect(answers).toEqual(['row x', 'row y', null, null]);
  });

  it('rejects every caller of a failed call, and the next call still runs', async () => {
    let fail = true;
    const batcher = new Batcher<number, number>(async (keys) => {
      if (fail) throw new Error('database down');
      return new Map(keys.map((k) => [k, k * 2]));
    }, 0);
    await expect(batcher.request(1)).rejects.toThrow('database down');
    fail = false;
    await expect(batcher.request(2)).resolves.toBe(4);
  });

  it('puts at most maxBatch keys in one call', async () => {
    const sizes: number[] = [];
    const batcher = new Batcher<number, number>(async (keys) => {
      sizes.push(keys.length);
      return new Map(keys.map((k) => [k, k]));
    }, -1, 3);
    await Promise.all(Array.from({ length: 8 }, (_, i) => batcher.request(i)));
    expect(sizes).toEqual([1, 3, 3, 1]);
  });
});
