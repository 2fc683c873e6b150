import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { DemoSeedService, SetupModule } from '@app/setup';
import { testConfig } from '@app/testing';
import { DEMO_SEED_MODULES } from '../scripts/demo-seed-modules';

describe('The demo invitations', () => {
  let setup: INestApplicationContext;

  beforeAll(async () => {
    setup = await NestFactory.createApplicationContext(SetupModule.forRoot(testConfig(), {}, DEMO_SEED_MODULES), { logger: false });
  });
  afterAll(() => setup.close());

  it('invite partner contacts to three upcoming forums with every kind of answer, needs and a waitlist, never past capacity, mails recorded as sent and none pending', async () => {
    const { agency } = await setup.get(DemoSeedService).seed();
    const db = setup.get(DataSource);
    const forums: { forum_id: string; capacity: number; seats: number; waitlisted: number }[] = await db.query(
      `SELECT i.forum_id, COALESCE(f.capacity_override, v.capacity) AS capacity,
              COALESCE(sum(i.party_size) FILTER (WHERE i.response = 'ATTENDING'), 0)::int AS seats,
              count(*) FILTER (WHERE i.response = 'WAITLISTED')::int AS waitlisted
         FROM invitations i JOIN forums f ON f.id = i.forum_id LEFT JOIN venues v ON v.id = f.venue_id
        WHERE i.agency_id = $1 AND f.status = 'PUBLISHED' AND f.starts_at > now() GROUP BY 1, 2`,
      [agency.id],
    );
    expect(forums).toHaveLength(3);
    for (const f of forums) expect(f.seats).toBeLessThanOrEqual(Number(f.capacity));
    expect(forums.some((f) => f.waitlisted > 0)).toBe(true);

    // What the funnel counts: every answer, needs, and delivery recorded as sent (or skipped for the opted-out).
    const [counts] = await db.query(
      `SELECT count(*) FILTER (WHERE response = 'ATTENDING')::int AS attending, count(*) FILTER (WHERE response = 'MAYBE')::int AS maybe,
              count(*) FILTER (WHERE response = 'DECLINED')::int AS declined, count(*) FILTER (WHERE response = 'WAITLISTED')::int AS waitlisted,
              count(*) FILTER (WHERE response IS NULL AND skipped_reason IS NULL)::int AS "noReply",
              count(*) FILTER (WHERE skipped_reason = 'OPTED_OUT')::int AS skipped,
              count(*) FILTER (WHERE e.status = 'SENT')::int AS sent, count(*) FILTER (WHERE skipped_reason IS NULL AND e.status IS DISTINCT FROM 'SENT')::int AS unsent,
              count(*) FILTER (WHERE step_free_access)::int AS "stepFree", count(*) FILTER (WHERE interpretation_language IS NOT NULL)::int AS interpretation
         FROM invitations i LEFT JOIN outbound_emails e ON e.id = i.email_id WHERE i.agency_id = $1`,
      [agency.id],
    );
    for (const key of ['attending', 'maybe', 'declined', 'waitlisted', 'noReply', 'skipped', 'sent', 'stepFree', 'interpretation']) expect(counts[key]).toBeGreaterThan(0);
    expect(counts.unsent).toBe(0);
    const [{ pending }] = await db.query(`SELECT count(*)::int AS pending FROM outbound_emails WHERE agency_id = $1 AND status = 'PENDING'`, [agency.id]);
    expect(pending).toBe(0);
  });
});
