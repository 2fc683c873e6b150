import { Client } from 'pg';
import { retrying } from '@app/common';
import { rejectionOf } from '@app/testing';
import { isTransactionConflict } from './transaction-conflict';

/**
 * A real conflict: a REPEATABLE READ transaction reads a row, another connection changes and
 * commits it, and the first then updates it (PostgreSQL: "could not serialize access").
 */
describe('isTransactionConflict with retrying (real PostgreSQL)', () => {
  let a: Client;
  let b: Client;

  beforeAll(async () => {
    a = new Client({ connectionString: process.env.TEST_DATABASE_URL });
    b = new Client({ connectionString: process.env.TEST_DATABASE_URL });
    await Promise.all([a.connect(), b.connect()]);
  });
  afterAll(async () => {
    await Promise.all([a.end(), b.end()]);
  });

  /** One run of the transaction; while `interfere` says so, b changes the row between a's read and write. */
  async function transaction(table: string, interfere: () => boolean): Promise<number> {
    await a.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
    try {
      const [{ n }] = (await a.query(`SELECT n FROM ${table} WHERE id = 1`)).rows as { n: number }[];
      if (interfere()) await b.query(`UPDATE ${table} SET n = n + 100 WHERE id = 1`);
      await a.query(`UPDATE ${table} SET n = $1 WHERE id = 1`, [n + 1]);
      await a.query('COMMIT');
      return n + 1;
    } catch (error) {
      await a.query('ROLLBACK');
      throw error;
    }
  }

  async function freshTable(): Promise<string> {
    const table = `conflict_${Math.random().toString(36).slice(2, 10)}`;
    // A real table (b must see it), dropped at the end of the test.
    await a.query(`CREATE TABLE ${table} (id int PRIMARY KEY, n int)`);
    await a.query(`INSERT INTO ${table} VALUES (1, 0)`);
    return table;
  }

  it("runs the transaction again after a conflict, and the second run sees the other's change", async () => {
    const table = await freshTable();
    try {
      let runs = 0;
      const result = await retrying(() => transaction(table, () => ++runs === 1), (error, attempt) => isTransactionConflict(error) && attempt < 3);
      expect(runs).toBe(2);
      expect(result).toBe(101);
    } finally {
      await a.query(`DROP TABLE ${table}`);
    }
  });

  it('throws the conflict when every run meets one, and any other error at once', async () => {
    const table = await freshTable();
    try {
      let runs = 0;
      const conflict = await rejectionOf(retrying(() => transaction(table, () => (++runs, true)), (error, attempt) => isTransactionConflict(error) && attempt < 3));
      expect(isTransactionConflict(conflict)).toBe(true);
      expect(runs).toBe(3);
      let tries = 0;
      const other = await rejectionOf(retrying(() => (++tries, a.query('SELECT * FROM no_such_table')), (error, attempt) => isTransactionConflict(error) && attempt < 3));
      expect(isTransactionConflict(other)).toBe(false);
      expect(tries).toBe(1);
    } finally {
      await a.query(`DROP TABLE ${table}`);
    }
  });
});
