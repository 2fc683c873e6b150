/**
 * Coalesces concurrent single-key requests into one call for many keys, without a timer:
 * the first request runs at once; requests made while a call is in flight wait and go
 * together in the next one (at most `maxBatch` per call). At low load every request is its
 * own call (no added latency); under load N requests cost one round trip instead of N.
 * Each caller gets its own key's answer, or the call's error. An answer goes to one caller
 * only: a key requested twice in one call gets `missing` the second time (a row claimed
 * once is handed to one job, never two).
 */
export class Batcher<K, V> {
  private waiting: { key: K; resolve: (value: V) => void; reject: (error: unknown) => void }[] = [];
  private inFlight = 0;

  constructor(
    private readonly run: (keys: K[]) => Promise<Map<K, V>>,
    private readonly missing: V,
    private readonly maxBatch = 100,
    private readonly maxInFlight = 1,
  ) {}

  request(key: K): Promise<V> {
    return new Promise<V>((resolve, reject) => {
      this.waiting.push({ key, resolve, reject });
      this.next();
    });
  }

  private next(): void {
    if (this.inFlight >= this.maxInFlight || this.waiting.length === 0) return;
    const batch = this.waiting.splice(0, this.maxBatch);
    this.inFlight++;
    this.run(batch.map((w) => w.key)).then(
      (answers) => {
        for (const w of batch) {
          if (!answers.has(w.key)) {
            w.resolve(this.missing);
            continue;
          }
          w.resolve(answers.get(w.key)!);
          answers.delete(w.key);
        }
      },
      (error) => {
        for (const w of batch) w.reject(error);
      },
    ).finally(() => {
      this.inFlight--;
      this.next();
    });
  }
}
