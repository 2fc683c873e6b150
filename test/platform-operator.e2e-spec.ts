import { StaffRole } from '@app/common';
import { translate } from '@app/i18n';
import { StatusLinkSigner } from '@app/task-forces';
import {
  MailTestStack,
  TEST_PASSWORD,
  TestApp,
  createAgency,
  createContact,
  createForum,
  createMailTestStack,
  createOperator,
  createOrganisation,
  createPublishedSurvey,
  createSignedInOperator,
  createSignedInStaff,
  createStaff,
  everyTypeSurveyInput,
  signIn,
} from '@app/testing';
import { INVITE, tokenOf } from './support/rsvp-helpers';

const LOGIN = `mutation($email: String!, $password: String!) {
  login(input: { email: $email, password: $password }) { accessToken refreshToken accountKind user { id } operator { email name } }
}`;
const CREATE_AGENCY = `mutation($input: CreateAgencyInput!) {
  createAgency(input: $input) { id name slug timeZone suspendedAt activeStaff invitedStaff lastStaffSignInAt emailsPending emailsFailed }
}`;
const SUSPEND = `mutation($id: ID!, $reason: String!) { suspendAgency(id: $id, input: { reason: $reason }) { suspendedAt suspensionReason } }`;
const REINSTATE = `mutation($id: ID!) { reinstateAgency(id: $id) { suspendedAt suspensionReason } }`;

interface ListedAgency {
  id: string;
  name: string;
  activeStaff: number;
  invitedStaff: number;
  lastStaffSignInAt: string | null;
}

describe('The platform operator', () => {
  let stack: MailTestStack;
  let t: TestApp;

  beforeAll(async () => {
    stack = await createMailTestStack();
    t = stack.t;
  });
  afterAll(() => stack.close());

  /** Every agency in the operator's list, page by page (it also holds the agencies other tests made). */
  async function listedAgencies(token: string): Promise<ListedAgency[]> {
    const nodes: ListedAgency[] = [];
    for (let after: string | null = null; ; ) {
      const data: { platformAgencies: { edges: { node: ListedAgency }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } = await t.graphql.data(
        `query($after: String) { platformAgencies(first: 100, after: $after) { edges { node { id name activeStaff invitedStaff lastStaffSignInAt } } pageInfo { hasNextPage endCursor } } }`,
        { after },
        token,
      );
      nodes.push(...data.platformAgencies.edges.map((e) => e.node));
      if (!data.platformAgencies.pageInfo.hasNextPage) return nodes;
      after = data.platformAgencies.pageInfo.endCursor;
    }
  }

  function newAgencyInput(overrides: Record<string, string> = {}) {
    const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6)}`;
    return { name: `Lakeside PD ${suffix}`, slug: `lakeside-${suffix}`, timeZone: 'America/Denver', adminName: 'Robin Chief', adminEmail: `chief-${suffix}@lakeside.example`, ...overrides };
  }

  it('signs in with the same login as staff, refreshes and signs out, and is no staff member', async () => {
    const operator = await createOperator(t.dataSource, { name: 'County IT' });
    const session = (await t.graphql.data(LOGIN, { email: operator.email.toUpperCase(), password: TEST_PASSWORD })).login;
    expect(session).toMatchObject({ accountKind: 'OPERATOR', user: null, operator: { email: operator.email, name: 'County IT' } });
    expect((await t.graphql.data(`{ currentOperator { email } }`, {}, session.accessToken)).currentOperator.email).toBe(operator.email);
    const me = await t.graphql.request(`{ me { id } }`, {}, { token: session.accessToken });
    expect(me.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'AGENCY_STAFF_ONLY' });

    const refreshed = (await t.graphql.data(`mutation($r: String!) { refreshSession(refreshToken: $r) { accessToken accountKind operator { email } } }`, { r: session.refreshToken })).refreshSession;
    expect(refreshed).toMatchObject({ accountKind: 'OPERATOR', operator: { email: operator.email } });
    expect(await t.graphql.data(`mutation { logout }`, {}, refreshed.accessToken)).toEqual({ logout: true });
    const after = await t.graphql.request(`{ currentOperator { email } }`, {}, { token: refreshed.accessToken });
    expect(after.errors?.[0].extensions?.reason).toBe('SESSION_ENDED');
  });

  it("creates an agency whose first admin is emailed an invitation, sets a password and sees only that agency's data", async () => {
    const { operator, token } = await createSignedInOperator(t.dataSource, t.graphql);
    const input = newAgencyInput();
    const created = (await t.graphql.data(CREATE_AGENCY, { input }, token)).createAgency;
    expect(created).toMatchObject({ name: input.name, slug: input.slug, timeZone: 'America/Denver', suspendedAt: null, activeStaff: 0, invitedStaff: 1, lastStaffSignInAt: null });

    const [mail] = await stack.sink.waitFor(input.adminEmail);
    expect(mail.parsed.text).toContain(`invited you to join ${input.name} on Liaison as an administrator`);
    const path = new URL(/https?:\/\/\S+\/staff\/invitation\/\S+/.exec(mail.parsed.text ?? '')![0]).pathname;
    const password = 'a-brand-new-chief-password';
    const accepted = await fetch(`${t.url}${path}`, { method: 'POST', body: new URLSearchParams({ password, confirm: password }) });
    expect(await accepted.text()).toContain('Your account is active');

    const admin = await signIn(t.graphql, input.adminEmail, password);
    expect((await t.graphql.data(`{ agency { id name } }`, {}, admin)).agency).toEqual({ id: created.id, name: input.name });
    const staff = await t.graphql.data(`{ staffUsers { totalCount edges { node { email role } } } }`, {}, admin);
    expect(staff.staffUsers.edges.map((e: { node: unknown }) => e.node)).toEqual([{ email: input.adminEmail, role: 'ADMIN' }]);
    // The agency's audit log says the platform operator created it and invited its admin.
    const audit = await t.graphql.data(`{ auditLog { edges { node { action actorType actorLabel } } } }`, {}, admin);
    const byOperator = audit.auditLog.edges.map((e: { node: { action: string; actorType: string; actorLabel: string } }) => e.node).filter((n: { actorType: string }) => n.actorType === 'OPERATOR');
    expect(byOperator.map((n: { action: string; actorLabel: string }) => [n.action, n.actorLabel]).sort()).toEqual([
      ['agency.create', operator.email],
      ['staff.invite', operator.email],
    ]);

    const row = (await listedAgencies(token)).find((node) => node.id === created.id);
    expect(row).toMatchObject({ activeStaff: 1, invitedStaff: 0 });
    expect(row?.lastStaffSignInAt).not.toBeNull();
  });

  it('sends the first admin their invitation in the language the operator chose, which becomes their console language', async () => {
    const { operator, token } = await createSignedInOperator(t.dataSource, t.graphql);
    const input = newAgencyInput({ adminPreferredLanguage: 'vi' });
    await t.graphql.data(CREATE_AGENCY, { input }, token);
    const [mail] = await stack.sink.waitFor(input.adminEmail);
    expect(mail.parsed.subject).toBe(translate('vi', 'mail.staffInvitation.subject', { inviter: operator.name, agency: input.name }));
    expect(String(mail.parsed.html)).toContain('lang="vi"');
    const [{ preferred_language }] = await t.dataSource.query(`SELECT preferred_language FROM staff_users WHERE email = $1`, [input.adminEmail]);
    expect(preferred_language).toBe('vi');
  });

  it('lists the agencies alphabetically by name, whatever order they were created in', async () => {
    const { token } = await createSignedInOperator(t.dataSource, t.graphql);
    const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6)}`;
    const zulu = (await t.graphql.data(CREATE_AGENCY, { input: newAgencyInput({ name: `Zulu Valley PD ${suffix}` }) }, token)).createAgency;
    const alpha = (await t.graphql.data(CREATE_AGENCY, { input: newAgencyInput({ name: `Alpine Ridge PD ${suffix}` }) }, token)).createAgency;
    const ids = (await listedAgencies(token)).map((node) => node.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.indexOf(alpha.id)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(alpha.id)).toBeLessThan(ids.indexOf(zulu.id));
  });

  it('sees counts and health, never the agencies\' data: the type it reads has nothing else', async () => {
    const res = await t.graphql.data(`{ __type(name: "PlatformAgency") { fields { name } } }`);
    expect(res.__type.fields.map((f: { name: string }) => f.name).sort()).toEqual(
      ['activeStaff', 'createdAt', 'emailsFailed', 'emailsPending', 'id', 'invitedStaff', 'lastStaffSignInAt', 'name', 'slug', 'suspendedAt', 'suspensionReason', 'timeZone'].sort(),
    );
  });

  it('names the field at fault when an agency cannot be created', async () => {
    const { token } = await createSignedInOperator(t.dataSource, t.graphql);
    const existing = await createAgency(t.dataSource);
    const staffer = await createStaff(t.dataSource, existing.id, StaffRole.ANALYST);
    const otherOperator = await createOperator(t.dataSource);
    const cases: [Record<string, string>, string, string][] = [
      [{ slug: 'Not A Slug' }, 'BAD_USER_INPUT', 'input.slug'],
      [{ slug: existing.slug }, 'CONFLICT', 'input.slug'],
      [{ timeZone: 'Mars/Olympus_Mons' }, 'BAD_USER_INPUT', 'input.timeZone'],
      [{ adminEmail: staffer.email }, 'CONFLICT', 'input.adminEmail'],
      [{ adminEmail: otherOperator.email }, 'CONFLICT', 'input.adminEmail'],
      [{ adminPreferredLanguage: 'xx' }, 'BAD_USER_INPUT', 'input.adminPreferredLanguage'],
    ];
    for (const [overrides, code, field] of cases) {
      const input = newAgencyInput(overrides);
      const res = await t.graphql.request(CREATE_AGENCY, { input }, { token });
      expect({ overrides, code: res.errors?.[0].extensions?.code, field: res.errors?.[0].extensions?.field }).toEqual({ overrides, code, field });
      // Nothing half-made: no agency with that name.
      expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM agencies WHERE name = $1`, [input.name])).toEqual([{ n: 0 }]);
    }
  });

  it("suspending an agency stops its staff's sign-in, sessions, refresh tokens and links, and hides its public pages; reinstating restores them", async () => {
    const { token: operatorToken } = await createSignedInOperator(t.dataSource, t.graphql);
    const agency = await createAgency(t.dataSource, { name: 'Suspended PD' });
    const officer = await createStaff(t.dataSource, agency.id, StaffRole.LIAISON_OFFICER);
    const session = (await t.graphql.data(LOGIN, { email: officer.email, password: TEST_PASSWORD })).login;
    const admin = await createSignedInStaff(t.dataSource, t.graphql, agency.id, StaffRole.ADMIN);

    // Things that work before: the calendar, a survey, an RSVP link, an action-item link, a staff invitation.
    const forum = await createForum(t.dataSource, agency.id);
    const survey = await createPublishedSurvey(t.graphql, admin.token, everyTypeSurveyInput());
    const contact = await createContact(t.dataSource, await createOrganisation(t.dataSource, agency.id));
    await t.graphql.data(INVITE, { forumId: forum.id, input: { contactIds: [contact.id] } }, admin.token);
    const rsvpPath = `/rsvp/${tokenOf((await stack.sink.waitFor(contact.email))[0])}`;
    const actionItemPath = new URL(t.app.get(StatusLinkSigner).linkFor(await actionItemFor(admin.token, contact.id), contact.id)).pathname;
    const invitee = `invitee-${Date.now()}@test.example`;
    await t.graphql.data(`mutation($e: String!) { inviteStaff(input: { name: "Ivy", email: $e, role: ANALYST }) { id } }`, { e: invitee }, admin.token);
    const invitationPath = new URL(/https?:\/\/\S+\/staff\/invitation\/\S+/.exec((await stack.sink.waitFor(invitee))[0].parsed.text ?? '')![0]).pathname;
    const pages = [`/calendar/${agency.slug}`, `/calendar/${agency.slug}.ics`, `/s/${survey.slug}`, rsvpPath, actionItemPath];
    for (const page of pages) expect({ page, status: (await fetch(`${t.url}${page}`)).status }).toEqual({ page, status: 200 });

    const suspended = (await t.graphql.data(SUSPEND, { id: agency.id, reason: 'Contract ended' }, operatorToken)).suspendAgency;
    expect(suspended.suspensionReason).toBe('Contract ended');
    expect(suspended.suspendedAt).not.toBeNull();

    const signIn = await t.graphql.request(LOGIN, { email: officer.email, password: TEST_PASSWORD });
    expect(signIn.errors?.[0].extensions?.reason).toBe('AGENCY_SUSPENDED');
    const wrong = await t.graphql.request(LOGIN, { email: officer.email, password: 'not-the-password' });
    expect(wrong.errors?.[0].extensions?.reason).toBe('INVALID_CREDENTIALS');
    const open = await t.graphql.request(`{ me { id } }`, {}, { token: session.accessToken });
    expect(open.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'AGENCY_SUSPENDED' });
    const refresh = await t.graphql.request(`mutation($r: String!) { refreshSession(refreshToken: $r) { accessToken } }`, { r: session.refreshToken });
    expect(refresh.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    for (const page of pages) expect({ page, status: (await fetch(`${t.url}${page}`)).status }).toEqual({ page, status: 404 });
    const rsvpPost = await fetch(`${t.url}${rsvpPath}`, { method: 'POST', body: new URLSearchParams({ answer: 'attending' }) });
    expect(rsvpPost.status).toBe(404);
    const accept = await fetch(`${t.url}${invitationPath}`, { method: 'POST', body: new URLSearchParams({ password: 'ivy-new-password-1', confirm: 'ivy-new-password-1' }) });
    expect(await accept.text()).toContain('This invitation link is invalid');
    // Opting out of its mail keeps working.
    expect((await fetch(`${t.url}${rsvpPath}/unsubscribe`)).status).toBe(200);
    expect((await t.dataSource.query(`SELECT response FROM invitations WHERE contact_id = $1`, [contact.id]))[0].response).not.toBe('ATTENDING');

    await t.graphql.data(REINSTATE, { id: agency.id }, operatorToken);
    expect((await t.graphql.data(LOGIN, { email: officer.email, password: TEST_PASSWORD })).login.accountKind).toBe('STAFF');
    for (const page of pages) expect({ page, status: (await fetch(`${t.url}${page}`)).status }).toEqual({ page, status: 200 });
  });

  async function actionItemFor(token: string, contactId: string): Promise<string> {
    const officer = (await t.graphql.data(`{ me { id } }`, {}, token)).me;
    const [{ organisation_id: organisationId }] = await t.dataSource.query(`SELECT organisation_id FROM contacts WHERE id = $1`, [contactId]);
    const tf = (await t.graphql.data(`mutation($input: CreateTaskForceInput!) { createTaskForce(input: $input) { id } }`, { input: { name: `JTF ${Math.random()}`, focusIssue: 'HUMAN_TRAFFICKING', leadOfficerId: officer.id, startsOn: '2026-01-05' } }, token)).createTaskForce;
    await t.graphql.data(`mutation($tf: ID!, $input: AddTaskForceOrganisationInput!) { addTaskForceOrganisation(taskForceId: $tf, input: $input) { id } }`, { tf: tf.id, input: { organisationId, role: 'MEMBER', contactIds: [contactId], joinedOn: '2026-01-05' } }, token);
    return (await t.graphql.data(`mutation($tf: ID!, $input: CreateActionItemInput!) { createActionItem(taskForceId: $tf, input: $input) { id } }`, { tf: tf.id, input: { title: 'Walk the block', ownerContactId: contactId, dueOn: '2030-06-30' } }, token)).createActionItem.id;
  }
});
