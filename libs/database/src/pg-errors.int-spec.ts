import { Client } from 'pg';
import { freePort } from '@app/devstack';
import { rejectionOf } from '@app/testing';
import { isDatabaseOutage } from './pg-errors';

/** The errors the real pg driver gives, against the run's PostgreSQL and against a port nothing listens on. */
describe('isDatabaseOutage', () => {
  const url = () => process.env.TEST_DATABASE_URL!;

  it('is true when no server answers the connection', async () => {
    const nowhere = new Client({ connectionString: `postgres://postgres@127.0.0.1:${await freePort()}/postgres` });
    expect(isDatabaseOutage(await rejectionOf(nowhere.connect()))).toBe(true);
  });

  it("is true when the server ends the session (as a restart does: 57P01), and for the driver's own words then", async () => {
    const doomed = new Client({ connectionString: url() });
    doomed.on('error', () => undefined);
    await doomed.connect();
    const [{ pid }] = (await doomed.query('SELECT pg_backend_pid() AS pid')).rows as { pid: number }[];
    const other = new Client({ connectionString: url() });
    await other.connect();
    try {
      await other.query('SELECT pg_terminate_backend($1)', [pid]);
    } finally {
      await other.end();
    }
    const ended = await rejectionOf(doomed.query('SELECT 1'));
    expect(isDatabaseOutage(ended)).toBe(true);
    expect(isDatabaseOutage(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseOutage({ driverError: new Error('timeout exceeded when trying to connect') })).toBe(true);
  });

  it('is false when the server refuses the query itself', async () => {
    const client = new Client({ connectionString: url() });
    await client.connect();
    try {
      expect(isDatabaseOutage(await rejectionOf(client.query('SELEC 1')))).toBe(false);
      expect(isDatabaseOutage(await rejectionOf(client.query('SELECT 1/0')))).toBe(false);
      expect(isDatabaseOutage(await rejectionOf(client.query('SELECT * FROM no_such_table')))).toBe(false);
    } finally {
      await client.end();
    }
    expect(isDatabaseOutage(new Error('Forum not found'))).toBe(false);
  });
});
