import { AbstractLogger, LogLevel, LogMessage } from 'typeorm';
import { AsyncLocalStorage } from 'node:async_hooks';

interface Counter {
  count: number;
}

/**
 * Counts SQL statements issued inside `QueryCounter.measure`, per async context,
 * so a test can show that a page of 50 costs as many queries as a page of 5.
 * Errors are still reported through `console.error`; queries are not printed.
 */
class CountingLogger extends AbstractLogger {
  constructor(private readonly storage: AsyncLocalStorage<Counter>) {
    super();
  }

  override logQuery(): void {
    const counter = this.storage.getStore();
    if (counter) counter.count += 1;
  }

  protected writeLog(level: LogLevel, message: LogMessage | string | number | (LogMessage | string | number)[]): void {
    if (level === 'error' || level === 'warn') console.error(message);
  }
}

export class QueryCounter {
  private static readonly storage = new AsyncLocalStorage<Counter>();
  static readonly logger = new CountingLogger(QueryCounter.storage);

  static async measure<T>(work: () => Promise<T>): Promise<{ result: T; queries: number }> {
    const counter: Counter = { count: 0 };
    const result = await QueryCounter.storage.run(counter, work);
    return { result, queries: counter.count };
  }
}
