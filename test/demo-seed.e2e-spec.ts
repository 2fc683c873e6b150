import { DataSource } from 'typeorm';
import { DEMO_AGENCY_SLUG, DEMO_PASSWORD, DemoSeedService } from '@app/setup';
import { DemoSeedStack, TestApp, createDemoSeedStack, signIn } from '@app/testing';

describe('The demo seed', () => {
  let stack: DemoSeedStack;
  let setup: DemoSeedStack['setup'];
  let t: TestApp;

  beforeAll(async () => {
    stack = await createDemoSeedStack();
    ({ setup, t } = stack);
  });
  afterAll(() => stack.close());

  it('loads a realistic department once, and a second run changes nothing', async () => {
    const dataSource = setup.get(DataSource);
    const first = await setup.get(DemoSeedService).seed();
    const second = await setup.get(DemoSeedService).seed();
    expect(second.created).toBe(false);
    expect(second.agency.id).toBe(first.agency.id);
    const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM staff_users WHERE agency_id = $1`, [first.agency.id]);
    expect(count).toBe(first.logins.length);
    expect(first.agency.neighbourhoods.length).toBeGreaterThanOrEqual(6);
    const admin = first.logins.find((l) => l.role === 'ADMIN')!;
    const token = await signIn(t.graphql, admin.email, DEMO_PASSWORD);
    expect((await t.graphql.data(`{ agency { slug timeZone } }`, {}, token)).agency).toEqual({ slug: DEMO_AGENCY_SLUG, timeZone: 'America/Chicago' });
  });
});
