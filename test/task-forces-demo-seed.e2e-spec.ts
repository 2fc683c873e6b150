import { DEMO_PASSWORD, DemoSeedService } from '@app/setup';
import { DemoSeedStack, TestApp, createDemoSeedStack, signIn } from '@app/testing';

describe('The task forces in the demo seed', () => {
  let stack: DemoSeedStack;
  let setup: DemoSeedStack['setup'];
  let t: TestApp;

  beforeAll(async () => {
    stack = await createDemoSeedStack();
    ({ setup, t } = stack);
  });
  afterAll(() => stack.close());

  it('has two active task forces with members, SARA problems in different stages, trending indicators, items in every state, reported meetings and a town-hall concern taken up', async () => {
    const seeded = await setup.get(DemoSeedService).seed();
    const admin = seeded.logins.find((l) => l.role === 'ADMIN')!;
    const token = await signIn(t.graphql, admin.email, DEMO_PASSWORD);
    const { taskForces } = await t.graphql.data(`{ taskForces { edges { node { id name status members { leftOn } problems { stage } } } } }`, {}, token);
    const names = taskForces.edges.map((e: { node: { name: string } }) => e.node.name).sort();
    expect(names).toEqual(['Human Trafficking Joint Task Force', 'Youth Safety Partnership']);
    const stages = new Set(taskForces.edges.flatMap((e: { node: { problems: { stage: string }[] } }) => e.node.problems.map((p) => p.stage)));
    expect(stages.size).toBeGreaterThanOrEqual(3);
    expect(taskForces.edges.some((e: { node: { members: { leftOn: string | null }[] } }) => e.node.members.some((m) => m.leftOn !== null))).toBe(true);

    for (const edge of taskForces.edges) {
      const { taskForceReport: report } = await t.graphql.data(
        `query($id: ID!) { taskForceReport(taskForceId: $id) { indicators { measurements { value } progress { status } } actionItems { open inProgress blocked done overdue } meetingsHeld meetingsUpcoming participationRate } }`,
        { id: edge.node.id },
        token,
      );
      expect(report.indicators.length).toBeGreaterThanOrEqual(2);
      for (const indicator of report.indicators) expect(indicator.measurements.length).toBeGreaterThanOrEqual(4);
      expect(report.actionItems).toMatchObject({ open: expect.any(Number) });
      for (const key of ['open', 'inProgress', 'blocked', 'done', 'overdue']) expect(report.actionItems[key]).toBeGreaterThan(0);
      expect(report.meetingsHeld).toBeGreaterThanOrEqual(3);
      expect(report.meetingsUpcoming).toBe(1);
      expect(report.participationRate).toBeGreaterThan(0);
    }
    // A concern raised at a completed town hall was taken up by a task-force problem.
    const { communityConcerns } = await t.graphql.data(`{ communityConcerns(first: 50) { edges { node { description takenUpBy { title } } } } }`, {}, token);
    const takenUp = communityConcerns.edges.map((e: { node: { takenUpBy: { title: string }[] } }) => e.node).filter((c: { takenUpBy: unknown[] }) => c.takenUpBy.length > 0);
    expect(takenUp.length).toBeGreaterThanOrEqual(1);
    expect(takenUp[0].takenUpBy).toEqual([{ title: 'Unsafe walking routes to school' }]);

    const overview = await t.graphql.data(`{ taskForceOverview { indicatorsOnTrack indicatorsOffTrack } }`, {}, token);
    const totals = overview.taskForceOverview.reduce((sum: number[], r: { indicatorsOnTrack: number; indicatorsOffTrack: number }) => [sum[0] + r.indicatorsOnTrack, sum[1] + r.indicatorsOffTrack], [0, 0]);
    expect(totals[0]).toBeGreaterThan(0);
    expect(totals[1]).toBeGreaterThan(0);
  });
});
