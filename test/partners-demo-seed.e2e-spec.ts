import { DEMO_SEED_MODULES } from '../scripts/demo-seed-modules';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { DemoSeedService, SetupModule } from '@app/setup';
import { OrganisationType } from '@app/partners';
import { testConfig } from '@app/testing';

describe('The demo partner directory', () => {
  let setup: INestApplicationContext;

  beforeAll(async () => {
    setup = await NestFactory.createApplicationContext(SetupModule.forRoot(testConfig(), {}, DEMO_SEED_MODULES), { logger: false });
  });
  afterAll(() => setup.close());

  it('has 30 organisations of every type with 1 to 3 contacts each, Spanish speakers, one opted-out contact and only the agency neighbourhoods', async () => {
    const { agency } = await setup.get(DemoSeedService).seed();
    const db = setup.get(DataSource);
    const orgs: { type: string; focus_areas: string[]; neighbourhoods: string[]; contacts: number }[] = await db.query(
      `SELECT o.type, o.focus_areas, o.neighbourhoods, (SELECT count(*)::int FROM contacts c WHERE c.organisation_id = o.id) AS contacts
         FROM organisations o WHERE o.agency_id = $1`,
      [agency.id],
    );
    expect(orgs).toHaveLength(30);
    expect(new Set(orgs.map((o) => o.type))).toEqual(new Set(Object.values(OrganisationType)));
    for (const o of orgs) {
      expect(o.contacts).toBeGreaterThanOrEqual(1);
      expect(o.contacts).toBeLessThanOrEqual(3);
      for (const n of o.neighbourhoods) expect(agency.neighbourhoods).toContain(n);
    }
    const focus = new Set(orgs.flatMap((o) => o.focus_areas));
    for (const area of ['mental health', 'hate crime', 'human trafficking', 'youth safety', 'gangs', 'drugs', 'traffic safety', 'domestic violence']) {
      expect(focus).toContain(area);
    }
    const [{ spanish, opted_out }] = await db.query(
      `SELECT count(*) FILTER (WHERE preferred_language = 'es')::int AS spanish, count(*) FILTER (WHERE opted_out_at IS NOT NULL)::int AS opted_out
         FROM contacts WHERE agency_id = $1`,
      [agency.id],
    );
    expect(spanish).toBeGreaterThanOrEqual(2);
    expect(opted_out).toBe(1);
  });
});
