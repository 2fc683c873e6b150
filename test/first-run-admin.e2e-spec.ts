import { randomBytes } from 'node:crypto';
import { StaffRole } from '@app/common';
import { FirstRunService } from '@app/setup';
import { DemoSeedStack, createAgency, createDemoSeedStack, createStaff, signIn } from '@app/testing';

/**
 * The admin `npm start -- --demo` makes from ADMIN_EMAIL: an admin of the agency it is given
 * (the demo's), once; an address that already has an account stays where it is, and that
 * agency is what gets reported. (A test agency stands in for the demo one, which other
 * suites of the run share.)
 */
describe('The ADMIN_EMAIL admin of the demo agency', () => {
  const email = `newcomer-${randomBytes(4).toString('hex')}@example.org`;
  let stack: DemoSeedStack;
  let firstRun: FirstRunService;

  beforeAll(async () => {
    stack = await createDemoSeedStack({ ADMIN_EMAIL: ` ${email.toUpperCase()} `, ADMIN_PASSWORD: 'a-chosen-admin-password' });
    firstRun = stack.setup.get(FirstRunService);
  });
  afterAll(() => stack.close());

  it('is created an admin of the given agency, signs in to it, and is created only once', async () => {
    const agency = await createAgency(stack.t.dataSource, { name: 'Demo stand-in PD' });
    expect(await firstRun.ensureAdminOf(agency)).toEqual({ agency, email });
    const token = await signIn(stack.t.graphql, email, 'a-chosen-admin-password');
    const { me, agency: signedIn } = await stack.t.graphql.data(`{ me { role } agency { id } }`, {}, token);
    expect(me.role).toBe('ADMIN');
    expect(signedIn.id).toBe(agency.id);

    const again = await firstRun.ensureAdminOf(agency);
    expect(again).toMatchObject({ email, existing: true, agency: { id: agency.id } });
    const [{ n }] = await stack.t.dataSource.query(`SELECT count(*)::int AS n FROM staff_users WHERE email = $1`, [email]);
    expect(n).toBe(1);
  });

  it('reports the agency an existing account belongs to, and creates nothing', async () => {
    const own = await createAgency(stack.t.dataSource, { name: 'Lakeside Police' });
    const other = await createAgency(stack.t.dataSource);
    const elsewhere = await createDemoSeedStack({ ADMIN_EMAIL: (await createStaff(stack.t.dataSource, own.id, StaffRole.ADMIN)).email });
    try {
      const found = await elsewhere.setup.get(FirstRunService).ensureAdminOf(other);
      expect(found).toMatchObject({ existing: true, agency: { id: own.id, name: 'Lakeside Police' } });
      expect(found?.generatedPassword).toBeUndefined();
    } finally {
      await elsewhere.close();
    }
  });

  it('without ADMIN_EMAIL creates nothing (the demo accounts sign in)', async () => {
    const bare = await createDemoSeedStack();
    try {
      expect(await bare.setup.get(FirstRunService).ensureAdminOf(await createAgency(bare.t.dataSource))).toBeNull();
    } finally {
      await bare.close();
    }
  });
});
