interface PendingCall<I, O> {
  item: I;
  resolve: (output: O) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit for calls that can share one round trip: while a batch is in flight, new
 * calls queue, and go together as the next batch as soon as it returns. No timer: a lone
 * call goes at once, and under load one statement serves many callers.
 *
 * `run` gets the items and returns one output per item, in order. Every caller gets its own
 * outcome: when a batch fails, its items are run again one by one, so one bad item never
 * fails another's call.
 */
export class BatchedCalls<I, O> {
  private queue: PendingCall<I, O>[] = [];
  private inFlight = false;

  constructor(
    private readonly run: (items: I[]) => Promise<O[]>,
    private readonly maxBatch = 100,
  ) {}

  call(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.sendNext();
    });
  }

  private sendNext(): void {
    if (this.inFlight || this.queue.length === 0) return;
    this.inFlight = true;
    const batch = this.queue.splice(0, this.maxBatch);
    void this.send(batch).finally(() => {
      this.inFlight = false;
      this.sendNext();
    });
  }

  private async send(batch: PendingCall<I, O>[]): Promise<void> {
    try {
      const outputs = await this.run(batch.map((c) => c.item));
      batch.forEach((c, i) => c.resolve(outputs[i]));
    } catch (error) {
      if (batch.length === 1) return batch[0].reject(error);
      await Promise.all(batch.map((c) => this.run([c.item]).then(([output]) => c.resolve(output), c.reject)));
    }
  }
}
