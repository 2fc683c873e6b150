import Redis from 'ioredis';
import { MailTestStack, createMailTestStack } from '@app/testing';
import { inviteMany, tally } from './support/fan-out';
import { until } from './support/rsvp-helpers';

const CONCURRENCY = 5;
/** The mail worker runs two jobs per SMTP connection: that many messages can be in flight. */
const IN_FLIGHT = CONCURRENCY * 2;
const FAN_OUT = 300;

/**
 * Deletes this app's keys as an operator's script would (SCAN, then UNLINK batch by batch)
 * while the workers keep running, so keys are removed piecemeal, some are written again
 * between batches and some survive. Only this app's prefix: other files share the Redis.
 */
async function deleteKeysPiecemeal(redis: Redis, prefix: string, spare: (key: string) => boolean = () => false): Promise<number> {
  let cursor = '0';
  let deleted = 0;
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 20);
    cursor = next;
    const doomed = keys.filter((key) => !spare(key));
    if (doomed.length) deleted += await redis.unlink(...doomed);
  } while (cursor !== '0');
  return deleted;
}

describe('Redis losing keys mid-fan-out: every invitation is delivered, duplicates at most the in-flight count', () => {
  let stack: MailTestStack;
  let redis: Redis;

  beforeAll(async () => {
    stack = await createMailTestStack({ OUTBOX_SWEEP_SECONDS: '1', MAIL_CONCURRENCY: String(CONCURRENCY), MAIL_RATE_PER_SECOND: '200' });
    redis = new Redis(stack.t.config.REDIS_URL);
  });
  afterAll(async () => {
    redis.disconnect();
    await stack.close();
  });

  async function expectAllDeliveredOnce(addresses: string[]): Promise<void> {
    await until(async () => tally(stack.sink, addresses).lost === 0, 'every recipient to be mailed', 1_200);
    const result = tally(stack.sink, addresses);
    expect(result.lost).toBe(0);
    expect(result.duplicates).toBeLessThanOrEqual(IN_FLIGHT);
    // The sink sees a message a moment before the worker records it as sent.
    const owed = async () =>
      (await stack.t.dataSource.query(`SELECT count(*)::int AS n FROM outbound_emails WHERE to_address = ANY($1) AND status <> 'SENT'`, [addresses]))[0].n as number;
    await until(async () => (await owed()) === 0, 'every row to be recorded as sent');
    expect(await owed()).toBe(0);
  }

  it('keys deleted piecemeal while the workers run: lost 0', async () => {
    const addresses = await inviteMany(stack.t, FAN_OUT);
    await until(async () => tally(stack.sink, addresses).lost <= FAN_OUT - 30, 'sending to start');
    expect(await deleteKeysPiecemeal(redis, stack.t.config.REDIS_PREFIX)).toBeGreaterThan(0);
    await expectAllDeliveredOnce(addresses);
  });

  it('a partial flush that keeps the sweeps’ schedules but loses their next runs (the stranded-invitations defect): the schedules are repaired and nobody is left queued', async () => {
    const addresses = await inviteMany(stack.t, FAN_OUT);
    await until(async () => tally(stack.sink, addresses).lost <= FAN_OUT - 30, 'sending to start');
    const prefix = stack.t.config.REDIS_PREFIX;
    // BullMQ keeps a schedule under "<queue>:repeat" and its next run as an ordinary job.
    const isSchedule = (key: string) => /:repeat(:[^:]+)?$/.test(key);
    const schedules = (await redis.keys(`${prefix}:*`)).filter(isSchedule);
    expect(schedules.length).toBeGreaterThan(0);
    await deleteKeysPiecemeal(redis, prefix, isSchedule);
    await expectAllDeliveredOnce(addresses);
  });
});
