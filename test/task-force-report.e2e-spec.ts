import { Browser } from 'playwright-core';
import { parse } from 'csv-parse/sync';
import { StaffRole } from '@app/common';
import { ForumType } from '@app/forums';
import { signReportLink, todayIn } from '@app/task-forces';
import {
  TestApp,
  createAgency,
  createForum,
  createContact,
  createOrganisation,
  createSignedInStaff,
  createTestApp,
  launchBrowser,
  testConfig,
} from '@app/testing';
import { CATALOG_FILES } from '@app/i18n';
import { expectAccessible } from './support/console';

// The test run's ES-module transform breaks axe.js; the minified build is the same axe.
jest.mock('axe-core', () => jest.requireActual('axe-core/axe.min.js'));

const DAY = 86_400_000;

describe('The task force effectiveness report', () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    t = await createTestApp(testConfig());
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
    await t.close();
  });

  async function taskForceWithHistory() {
    const agency = await createAgency(t.dataSource, { timeZone: 'America/Chicago' });
    const officer = await createSignedInStaff(t.dataSource, t.graphql, agency.id, StaffRole.LIAISON_OFFICER);
    const gql = (q: string, v: Record<string, unknown>) => t.graphql.data(q, v, officer.token);
    const tf = (
      await gql(`mutation($input: CreateTaskForceInput!) { createTaskForce(input: $input) { id } }`, {
        input: { name: `Youth Safety Partnership ${Math.random()}`, focusIssue: 'YOUTH_SAFETY', leadOfficerId: officer.user.id, startsOn: '2026-01-05' },
      })
    ).createTaskForce;
    const schools = await createOrganisation(t.dataSource, agency.id, { name: 'Eastbrook Schools' });
    const club = await createOrganisation(t.dataSource, agency.id, { name: 'Boys & Girls Club' });
    const teacher = await createContact(t.dataSource, schools);
    const JOIN = `mutation($tf: ID!, $input: AddTaskForceOrganisationInput!) { addTaskForceOrganisation(taskForceId: $tf, input: $input) { id } }`;
    await gql(JOIN, { tf: tf.id, input: { organisationId: schools.id, role: 'LEAD_PARTNER', contactIds: [teacher.id], joinedOn: '2026-01-05' } });
    await gql(JOIN, { tf: tf.id, input: { organisationId: club.id, role: 'MEMBER', joinedOn: todayIn('America/Chicago', new Date(Date.now() - 10 * DAY)) } });

    const problem = (await gql(`mutation($tf: ID!) { createTaskForceProblem(taskForceId: $tf, input: { title: "After-school fights" }) { id } }`, { tf: tf.id })).createTaskForceProblem;
    const objective = (
      await gql(`mutation($tf: ID!, $p: ID!) { createTaskForceObjective(taskForceId: $tf, input: { problemId: $p, title: "Fewer fights" }) { id } }`, { tf: tf.id, p: problem.id })
    ).createTaskForceObjective;
    const indicator = (
      await gql(`mutation($o: ID!, $input: AddIndicatorInput!) { addObjectiveIndicator(objectiveId: $o, input: $input) { id } }`, {
        o: objective.id,
        input: { metricName: 'Fights reported near schools', unit: 'incidents', baselineValue: 30, baselineOn: '2026-01-01', targetValue: 10, targetOn: '2026-07-01', direction: 'DOWN_IS_BETTER' },
      })
    ).addObjectiveIndicator;
    for (const [measuredOn, value] of [['2026-02-01', 28], ['2026-03-01', 24], ['2026-04-01', 19]] as const) {
      await gql(`mutation($tf: ID!, $input: RecordMeasurementInput!) { recordIndicatorMeasurement(taskForceId: $tf, input: $input) { id } }`, {
        tf: tf.id,
        input: { indicatorId: indicator.id, measuredOn, value },
      });
    }

    const ITEM = `mutation($tf: ID!, $input: CreateActionItemInput!) { createActionItem(taskForceId: $tf, input: $input) { id } }`;
    const STATUS = `mutation($id: ID!, $s: ActionItemStatus!) { changeActionItemStatus(id: $id, status: $s) { id } }`;
    const item = async (title: string, dueOn: string, status?: string) => {
      const { id } = (await gql(ITEM, { tf: tf.id, input: { title, ownerStaffId: officer.user.id, dueOn } })).createActionItem;
      if (status) await gql(STATUS, { id, s: status });
    };
    await item('Hire two youth workers', '2099-01-31', 'DONE');
    await item('Walking school bus', '2026-01-20', 'DONE');
    await item('Survey parents', '2026-02-01');
    await item('Camera at the bus stop', '2099-06-30', 'BLOCKED');

    const LINK = `mutation($tf: ID!, $f: ID!) { linkTaskForceMeeting(taskForceId: $tf, forumId: $f) { forumId } }`;
    // Attendance is the meeting forum's completion report: organisations represented.
    const COMPLETE = `mutation($id: ID!, $input: CompleteForumInput!) { completeForum(id: $id, input: $input) { status } }`;
    const first = await createForum(t.dataSource, agency.id, { type: ForumType.TASK_FORCE_MEETING, title: 'January meeting', startsAt: new Date(Date.now() - 14 * DAY) });
    const second = await createForum(t.dataSource, agency.id, { type: ForumType.TASK_FORCE_MEETING, title: 'February meeting', startsAt: new Date(Date.now() - 7 * DAY) });
    const unreported = await createForum(t.dataSource, agency.id, { type: ForumType.TASK_FORCE_MEETING, title: 'Extra meeting', startsAt: new Date(Date.now() - 3 * DAY) });
    const next = await createForum(t.dataSource, agency.id, { type: ForumType.TASK_FORCE_MEETING, title: 'March meeting', startsAt: new Date(Date.now() + 7 * DAY) });
    for (const forum of [first, second, unreported, next]) await gql(LINK, { tf: tf.id, f: forum.id });
    await gql(COMPLETE, { id: first.id, input: { attendanceCount: 12, organisationIds: [schools.id] } });
    await gql(COMPLETE, { id: second.id, input: { attendanceCount: 9, organisationIds: [schools.id] } });
    return { agency, officer, tf, schools, club };
  }

  it('reports indicator trends, items done on time / late / overdue / blocked, meetings and participation by organisation from the meetings’ completion reports', async () => {
    const { officer, tf, schools, club } = await taskForceWithHistory();
    const { taskForceReport: report } = await t.graphql.data(
      `query($id: ID!) { taskForceReport(taskForceId: $id) {
        indicators { indicator { metricName } measurements { measuredOn value } progress { progress status latestValue } changeFromBaseline trend }
        actionItems { total open inProgress blocked done doneOnTime doneLate overdue }
        overdueItems { title }
        meetingsHeld meetingsUpcoming meetingsAwaitingReport participationRate
        attendance { organisationId name expected attended rate }
      } }`,
      { id: tf.id },
      officer.token,
    );
    expect(report.indicators).toHaveLength(1);
    expect(report.indicators[0].measurements.map((m: { value: number }) => m.value)).toEqual([28, 24, 19]);
    expect(report.indicators[0].progress).toMatchObject({ latestValue: 19, status: 'ON_TRACK' });
    expect(report.indicators[0].progress.progress).toBeCloseTo(11 / 20);
    expect(report.indicators[0]).toMatchObject({ changeFromBaseline: -11, trend: 'IMPROVING' });
    expect(report.actionItems).toEqual({ total: 4, open: 1, inProgress: 0, blocked: 1, done: 2, doneOnTime: 1, doneLate: 1, overdue: 1 });
    expect(report.overdueItems).toEqual([{ title: 'Survey parents' }]);
    expect(report.meetingsHeld).toBe(2);
    expect(report.meetingsUpcoming).toBe(1);
    // Ended without a completion report: attendance unknown, so it counts for nobody yet.
    expect(report.meetingsAwaitingReport).toBe(1);
    // The club joined after the first meeting: only the second counts for it, and the report does not name it.
    expect(report.attendance).toEqual([
      { organisationId: club.id, name: 'Boys & Girls Club', expected: 1, attended: 0, rate: 0 },
      { organisationId: schools.id, name: 'Eastbrook Schools', expected: 2, attended: 2, rate: 1 },
    ]);
    expect(report.participationRate).toBeCloseTo(2 / 3);

    const overview = await t.graphql.data(`{ taskForceOverview { taskForce { id status } overdueItems blockedItems indicatorsOnTrack indicatorsOffTrack nextMeetingAt } }`, {}, officer.token);
    expect(overview.taskForceOverview).toEqual([
      expect.objectContaining({ taskForce: { id: tf.id, status: 'FORMING' }, overdueItems: 1, blockedItems: 1, indicatorsOnTrack: 1, indicatorsOffTrack: 0 }),
    ]);
    expect(overview.taskForceOverview[0].nextMeetingAt).not.toBeNull();
  });

  it('serves a printable page with SVG line and bar charts, and a CSV export, from a short-lived signed link', async () => {
    const { officer, tf } = await taskForceWithHistory();
    const { createTaskForceReportLink: link } = await t.graphql.data(
      `mutation($id: ID!) { createTaskForceReportLink(taskForceId: $id) { url csvUrl expiresAt } }`,
      { id: tf.id },
      officer.token,
    );
    const path = new URL(link.url).pathname;
    const [audit] = await t.dataSource.query(`SELECT actor_id FROM audit_log WHERE entity_id = $1 AND action = 'taskForce.report.link'`, [tf.id]);
    expect(audit.actor_id).toBe(officer.user.id);
    const res = await fetch(`${t.url}${path}`);
    expect(res.status).toBe(200);
    const body = await res.text();
    expect(body).toContain('Fights reported near schools');
    expect(body).toContain('class="chart line-chart"');
    expect(body).toContain('class="chart bar-chart"');
    expect(body).toContain('Boys &amp; Girls Club');

    const page = await browser.newPage();
    await page.goto(`${t.url}${path}`);
    expect(await page.locator('svg.line-chart path.measurements').count()).toBe(1);
    expect(await page.locator('svg.line-chart circle').count()).toBe(3);
    expect(await page.locator('svg.bar-chart').count()).toBe(2);
    expect(await page.getByRole('img', { name: /Fights reported near schools: baseline 30/ }).count()).toBe(1);
    // The chart's text equivalent: every organisation's full name and figures.
    const attendance = page.getByRole('table', { name: 'Attendance by organisation' });
    expect(await attendance.getByRole('row').allInnerTexts()).toEqual([
      'Organisation\tMeetings attended\tMeetings held during membership\tRate',
      'Boys & Girls Club\t0\t1\t0%',
      'Eastbrook Schools\t2\t2\t100%',
    ]);
    await page.close();

    const csv = await fetch(`${t.url}${new URL(link.csvUrl).pathname}`);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toContain('attachment');
    const rows = parse(await csv.text(), { columns: true }) as Record<string, string>[];
    expect(rows.filter((r) => r.section === 'measurement').map((r) => [r.date, r.value])).toEqual([
      ['2026-02-01', '28'],
      ['2026-03-01', '24'],
      ['2026-04-01', '19'],
    ]);
    expect(rows.find((r) => r.section === 'action_items' && r.name === 'overdue')?.value).toBe('1');
    expect(rows.filter((r) => r.section === 'meetings').map((r) => [r.name, r.value])).toEqual([['held', '2'], ['upcoming', '1'], ['awaiting_report', '1']]);
    expect(rows.filter((r) => r.section === 'attendance').map((r) => [r.name, r.value, r.target])).toEqual([['Boys & Girls Club', '0', '1'], ['Eastbrook Schools', '2', '2']]);
  });

  it('speaks the language the console asks for (?lang=), else the browser’s: Spanish, Arabic right to left and passing axe; the CSV link stays as it was', async () => {
    const { officer, tf } = await taskForceWithHistory();
    const { createTaskForceReportLink: link } = await t.graphql.data(`mutation($id: ID!) { createTaskForceReportLink(taskForceId: $id) { url csvUrl } }`, { id: tf.id }, officer.token);
    const path = new URL(link.url).pathname;
    const es = CATALOG_FILES.es;

    const spanish = await (await fetch(`${t.url}${path}?lang=es`)).text();
    expect(spanish).toContain('<html lang="es" dir="ltr">');
    expect(spanish).toContain(`<h2>${es['page.taskForceReport.meetingsHeading']}</h2>`);
    expect(spanish).toContain(`<caption>${es['page.taskForceReport.attendanceTitle']}</caption>`);
    expect(spanish).toContain('Reuniones celebradas durante la membresía');
    expect(spanish).not.toContain('Meetings and attendance');
    expect(spanish).toContain(`href="${new URL(link.csvUrl).pathname}"`);
    // The browser's language when the link does not name one; the link's choice over the browser's.
    expect(await (await fetch(`${t.url}${path}`, { headers: { 'Accept-Language': 'es-MX,es;q=0.9' } })).text()).toContain('<html lang="es"');
    const english = await (await fetch(`${t.url}${path}?lang=en`, { headers: { 'Accept-Language': 'es' } })).text();
    expect(english).toContain('<html lang="en" dir="ltr">');
    expect(english).toContain('<h2>Meetings and attendance</h2>');

    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${t.url}${path}?lang=ar`);
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('html').getAttribute('lang')).toBe('ar');
    await page.getByRole('heading', { level: 2, name: CATALOG_FILES.ar['page.taskForceReport.meetingsHeading'] as string }).waitFor();
    expect(await page.getByRole('table', { name: CATALOG_FILES.ar['page.taskForceReport.attendanceTitle'] as string }).getByRole('row').count()).toBe(3);
    await expectAccessible(page);
    await page.goto(`${t.url}${path}`);
    await expectAccessible(page);
    await context.close();
  });

  it('names an invalid or expired report link in the reader’s language', async () => {
    const { tf } = await taskForceWithHistory();
    const forged = await fetch(`${t.url}/reports/task-forces/${Buffer.from(`${tf.id}.x.9999999999`).toString('base64url')}.AAAA`, { headers: { 'Accept-Language': 'es' } });
    expect(forged.status).toBe(404);
    const body = await forged.text();
    expect(body).toContain('<html lang="es" dir="ltr">');
    expect(body).toContain(CATALOG_FILES.es['page.taskForceReport.linkError.notValidHeading']);
    expect(body).toContain(CATALOG_FILES.es['page.taskForceReport.linkError.openAgain']);
    expect(body).not.toContain('not valid');

    const { agency, tf: other } = await taskForceWithHistory();
    const stale = signReportLink(t.config.LINK_SECRET, { taskForceId: other.id, agencyId: agency.id, expiresAt: new Date(Date.now() - 60_000) });
    const expired = await fetch(`${t.url}/reports/task-forces/${stale}`, { headers: { 'Accept-Language': 'es' } });
    expect(expired.status).toBe(410);
    expect(await expired.text()).toContain(`<h1>${CATALOG_FILES.es['page.taskForceReport.linkError.expiredHeading']}</h1>`);
    const englishExpired = await (await fetch(`${t.url}/reports/task-forces/${stale}`)).text();
    expect(englishExpired).toContain('This report link has expired');
  });

  it('refuses a tampered report link and another agency’s task force', async () => {
    const { tf } = await taskForceWithHistory();
    const forged = await fetch(`${t.url}/reports/task-forces/${Buffer.from(`${tf.id}.x.9999999999`).toString('base64url')}.AAAA`);
    expect(forged.status).toBe(404);
    expect(await forged.text()).toContain('not valid');
    const elsewhere = await createAgency(t.dataSource);
    const outsider = await createSignedInStaff(t.dataSource, t.graphql, elsewhere.id, StaffRole.ANALYST);
    const res = await t.graphql.request(`mutation($id: ID!) { createTaskForceReportLink(taskForceId: $id) { url } }`, { id: tf.id }, { token: outsider.token });
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
